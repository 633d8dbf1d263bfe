import AllyCore
import AllyTerminal

/// The trainer's run loop: backend events → update → commands run → render → draw.
///
/// Generic over the backend so tests drive it with ``InMemoryBackend``; the executable hands
/// it the ncurses backend. Restoring the terminal is the caller's job (it must happen on
/// every exit path, including a thrown error), so this type never calls `restore()`.
public final class TrainerLoop {
    /// Where frames go and events come from.
    let backend: any TerminalBackend
    /// Where the trainee's profile and decisions go.
    let persistence: any TrainerPersistence
    /// Seconds on a monotonic clock.
    let clock: () -> Double
    /// The model as it stands.
    public private(set) var model: AppModel
    /// The tick interval while a countdown runs, else nil.
    private var tick: Double?
    /// Slow start-up work (opening the store, reading the library), done in order right after the
    /// first frame, with a frame after each step; its events are applied before any key is handled.
    private var afterFirstFrame: [() -> [AppEvent]]
    /// The signal that ended the loop (SIGTERM, SIGHUP, ...), if one did; the exit status tells it.
    public private(set) var terminatingSignal: Int32?
    /// Changes the persistence said to save later (``SaveDelayed``), oldest first; each save
    /// tries these first, so the store receives them in order.
    private var unsaved: [Command] = []
    /// Why the last try to save them failed.
    private var lastDelay: SaveDelayed?
    /// When to try them again without waiting for the next save.
    private var retryAt: Double?

    /// How long changes unsaved for a full disk wait before the next try.
    public static let retryInterval = 2.0

    /// Creates a loop; the model's size is taken from the backend.
    ///
    /// With `afterFirstFrame`, the first frame (the welcome screen, which needs no scenarios)
    /// is drawn before the slow work runs: the trainee sees the trainer at once, and keys typed
    /// meanwhile wait in the terminal until the work is done. Each step's result is drawn
    /// before the next step starts (a remembered name need not wait for the library).
    public init(
        backend: any TerminalBackend, persistence: any TrainerPersistence, model: AppModel,
        afterFirstFrame: [() -> [AppEvent]] = [], clock: @escaping () -> Double
    ) {
        self.backend = backend
        self.afterFirstFrame = afterFirstFrame
        self.persistence = persistence
        self.clock = clock
        var model = model
        model.size = backend.size
        model.now = clock()
        self.model = model
    }

    /// Runs until the trainee quits or the process is told to stop; rethrows persistence errors,
    /// except a ``SaveDelayed``: the play goes on and the change is saved later. Changes still
    /// unsaved when the loop ends are reported as ``UnsavedChanges``.
    public func run() throws {
        var buffer = ScreenBuffer(size: model.size)
        draw(&buffer)
        var skipped = 0
        let steps = afterFirstFrame
        afterFirstFrame = []
        for step in steps {
            for event in step() { model = App.update(model, event, now: clock()).0 }
            draw(&buffer)
        }
        while true {
            let event = backend.nextEvent(timeout: nextTimeout())
            if case .terminate(let signal) = event { terminatingSignal = signal }
            var pending: [AppEvent] = [.input(event)]
            var quit = false
            while !pending.isEmpty {
                let (next, commands) = App.update(model, pending.removeFirst(), now: clock())
                model = next
                for command in commands {
                    switch try execute(command) {
                    case .none: break
                    case .quit: quit = true
                    case .event(let event): pending.append(event)
                    }
                }
            }
            if quit { return try finishSaving() }
            if let retryAt, clock() >= retryAt { try saveWhatWaits() }
            // A paste is one key per character: drawing each made 100,000 characters take 19 s.
            // Frames in between are left out while input waits, but never more than 500 in a row,
            // so a flood of input still shows its progress.
            if backend.hasPendingInput && skipped < 500 {
                skipped += 1
            } else {
                draw(&buffer)
                skipped = 0
            }
        }
    }

    /// How long the backend may wait for input: until the next countdown tick or save retry.
    private func nextTimeout() -> Duration? {
        let retryIn = retryAt.map { max(0, $0 - clock()) }
        guard let seconds = [tick, retryIn].compactMap({ $0 }).min() else { return nil }
        return .milliseconds(Int(seconds * 1000))
    }

    /// Hands a change to the persistence after those still waiting.
    private func save(_ command: Command) throws {
        unsaved.append(command)
        try saveWhatWaits()
    }

    /// Saves the waiting changes in order, stopping at the first that must wait longer; the
    /// hint row says whether any are left.
    private func saveWhatWaits() throws {
        let before = model.saveDelayed
        var reason: SaveDelayed.Reason?
        while let first = unsaved.first {
            do {
                try write(first)
                unsaved.removeFirst()
            } catch let delay as SaveDelayed {
                lastDelay = delay
                reason = delay.reason
                break
            }
        }
        // A full disk is retried on a timer, as space may come back any moment. A busy store is
        // retried only with the next save: each try waits out the store's busy timeout, which
        // would freeze the screen again and again.
        retryAt = reason == .diskFull ? clock() + Self.retryInterval : nil
        if reason != before { model = App.update(model, .saveStatus(reason), now: clock()).0 }
    }

    /// One last try for what is unsaved when the loop ends; what stays unsaved is an error.
    private func finishSaving() throws {
        guard !unsaved.isEmpty else { return }
        try saveWhatWaits()
        if let lastDelay, !unsaved.isEmpty { throw UnsavedChanges(count: unsaved.count, cause: lastDelay) }
    }

    /// Writes one change to the persistence.
    private func write(_ command: Command) throws {
        switch command {
        case .saveProfile(let profile):
            try persistence.saveProfile(profile)
        case .recordDecision(let decision, let index, let scenarioID, let play):
            guard let scenario = model.library.scenario(id: scenarioID) else { return }
            try persistence.recordDecision(decision, index: index, scenario: scenario, play: play, trainee: model.traineeName)
        case .finishAttempt(let scenarioID, let state):
            guard let scenario = model.library.scenario(id: scenarioID) else { return }
            try persistence.finishAttempt(state, of: scenario, weights: model.library.weights, trainee: model.traineeName)
        case .recordDrill(let answers, let scenarioID):
            try persistence.recordDrill(answers, scenarioID: scenarioID, trainee: model.traineeName)
        case .recordConceptDrill(let answers, let scenarioID):
            try persistence.recordConceptDrill(answers, scenarioID: scenarioID, trainee: model.traineeName)
        default:
            break
        }
    }

    /// What running a command asks of the loop.
    private enum Outcome {
        case none, quit
        case event(AppEvent)
    }

    /// Runs one command. Decisions are stored before the next frame is drawn.
    private func execute(_ command: Command) throws -> Outcome {
        switch command {
        case .quit:
            return .quit
        case .saveProfile, .recordDecision, .finishAttempt, .recordDrill, .recordConceptDrill:
            try save(command)
        case .loadProgress:
            return .event(.progressLoaded(try persistence.progress(trainee: model.traineeName)))
        case .loadReplay(let id):
            // A replay that cannot be read is said on screen; it never ends the trainer.
            return .event(.replayLoaded((try? persistence.replaySource(attempt: id)) ?? nil))
        case .loadDrill:
            return .event(.drillLoaded(try persistence.drillHistory(trainee: model.traineeName)))
        case .loadUnfinished:
            return .event(.unfinishedLoaded(try persistence.unfinishedAttempt(trainee: model.traineeName)))
        case .loadBestScores:
            return .event(.bestScoresLoaded(try persistence.bestScores(trainee: model.traineeName)))
        case .startTimer(let interval):
            tick = interval
        case .stopTimer:
            tick = nil
        }
        return .none
    }

    /// Renders the model and hands the frame to the backend; the buffer is reused while the size holds.
    private func draw(_ buffer: inout ScreenBuffer) {
        if buffer.size != model.size { buffer = ScreenBuffer(size: model.size) }
        App.render(model, into: &buffer)
        backend.draw(buffer)
    }
}
