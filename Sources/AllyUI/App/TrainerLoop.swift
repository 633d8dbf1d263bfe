import AllyClassLink
import AllyCore
import AllyTerminal

/// The trainer's run loop: the one ``RunLoop``, driven by the trainer's effects.
public typealias TrainerLoop = RunLoop<TrainerEffects>

/// The trainer's end of the class link as the run loop reads it: a descriptor waited on together
/// with the keyboard, and the server's live-run messages that arrived on it.
public protocol LiveInbox: AnyObject {
    /// The descriptor to wait on; nil once the link has closed (a closed socket reads as ready for
    /// ever, and would wake the loop again and again).
    var descriptor: Int32? { get }
    /// The messages that arrived, without waiting for any.
    func messages() -> [LiveServerMessage]
}

extension RunLoop where Driver == TrainerEffects {
    /// Creates the trainer's loop; the model's size is taken from the backend.
    ///
    /// With `afterFirstFrame`, the first frame (the welcome screen, which needs no scenarios)
    /// is drawn before the slow work runs: the trainee sees the trainer at once, and keys typed
    /// meanwhile wait in the terminal until the work is done. Each step's result is drawn
    /// before the next step starts (a remembered name need not wait for the library).
    public convenience init(
        backend: any TerminalBackend, persistence: any TrainerPersistence, model: AppModel,
        afterFirstFrame: [() -> [AppEvent]] = [], liveInbox: (any LiveInbox)? = nil, clock: @escaping () -> Double
    ) {
        let effects = TrainerEffects(persistence: persistence, afterFirstFrame: afterFirstFrame, liveInbox: liveInbox, clock: clock)
        self.init(backend: backend, driver: effects, model: model, clock: clock)
    }
}

/// Runs the trainer's commands: the persistence, the countdown's ticks, and saves that wait.
///
/// Rethrows persistence errors, except a ``SaveDelayed``: the play goes on and the change is
/// saved later. Changes still unsaved when the loop ends are reported as ``UnsavedChanges``.
public final class TrainerEffects: RunLoopDriver {
    /// What the persistence throws.
    public typealias Failure = any Error
    /// Where the trainee's profile and decisions go.
    let persistence: any TrainerPersistence
    /// Seconds on a monotonic clock.
    let clock: () -> Double
    /// Slow start-up work (opening the store, reading the library), done in order right after the first frame.
    private let startUp: [() -> [AppEvent]]
    /// The tick interval while a countdown runs, else nil.
    private var tick: Double?
    /// Changes the persistence said to save later (``SaveDelayed``), oldest first; each save
    /// tries these first, so the store receives them in order.
    private var unsaved: [Command] = []
    /// Why the last try to save them failed.
    private var lastDelay: SaveDelayed?
    /// When to try them again without waiting for the next save.
    private var retryAt: Double?

    /// The class link (nil: not in a class): waited on with the keyboard, read without blocking.
    private let liveInbox: (any LiveInbox)?

    /// How long changes unsaved for a full disk wait before the next try.
    public static let retryInterval = 2.0

    /// Creates the trainer's effects over `persistence`.
    init(persistence: any TrainerPersistence, afterFirstFrame: [() -> [AppEvent]], liveInbox: (any LiveInbox)? = nil,
         clock: @escaping () -> Double) {
        self.persistence = persistence
        startUp = afterFirstFrame
        self.liveInbox = liveInbox
        self.clock = clock
    }

    /// The trainer's update.
    public static func update(_ model: AppModel, _ event: AppEvent, now: Double) -> (AppModel, [Command]) {
        App.update(model, event, now: now)
    }

    /// The trainer's render.
    public static func render(_ model: AppModel, into buffer: inout ScreenBuffer) { App.render(model, into: &buffer) }

    /// The same frame: nothing but the clock moved, and no countdown shows it.
    public static func sameFrame(_ old: AppModel, _ new: AppModel) -> Bool {
        guard !new.needsClock, old.secondsLeft == new.secondsLeft else { return false }
        var old = old
        old.context.now = new.context.now
        return old == new
    }

    /// The size the trainer draws for.
    public static func size(of model: AppModel) -> TerminalSize { model.size }

    /// The model sized for the terminal and set to the clock.
    public static func starting(_ model: AppModel, size: TerminalSize, now: Double) -> AppModel {
        var model = model
        model.size = size
        model.now = now
        return model
    }

    /// A backend event as the trainer's event.
    public static func input(_ event: InputEvent) -> AppEvent { .input(event) }

    /// Opening the store and reading the library, after the first frame.
    public func afterFirstFrame() -> [() -> [AppEvent]] { startUp }

    /// Until the next countdown tick or second, or save retry; without any, the loop waits for a
    /// key or the class link and costs nothing meanwhile.
    public func timeout(for model: AppModel) -> Duration? {
        let now = clock()
        let retryIn = retryAt.map { max(0, $0 - now) }
        let second = model.clockChange(after: now).map { max(0, $0 - now) }
        guard let seconds = [tick, retryIn, second].compactMap({ $0 }).min() else { return nil }
        return .justAfter(seconds: seconds)
    }

    /// The class link, while it is open.
    public func watchedDescriptor() -> Int32? { liveInbox?.descriptor }

    /// Runs one command. Decisions are stored before the next frame is drawn.
    public func perform(_ command: Command, for model: AppModel) throws -> LoopAction<AppEvent> {
        switch command {
        case .quit:
            return .quit
        case .saveProfile, .recordDecision, .finishAttempt, .recordDrill, .recordConceptDrill:
            unsaved.append(command)
            return .events(try saveWhatWaits(model))
        case .loadProgress:
            return .events([.progressLoaded(try persistence.progress(trainee: model.traineeName))])
        case .loadReplay(let id):
            // A replay that cannot be read is said on screen; it never ends the trainer.
            return .events([.replayLoaded((try? persistence.replaySource(attempt: id)) ?? nil)])
        case .loadDrill:
            return .events([.drillLoaded(try persistence.drillHistory(trainee: model.traineeName))])
        case .loadUnfinished:
            return .events([.unfinishedLoaded(try persistence.unfinishedAttempt(trainee: model.traineeName))])
        case .loadBestScores:
            return .events([.bestScoresLoaded(try persistence.bestScores(trainee: model.traineeName))])
        case .startTimer(let interval):
            tick = interval
        case .stopTimer:
            tick = nil
        case .recordLiveAnswer(let answer, let run, let scenarioID):
            // Durable before the server hears of it: the persistence stores, then sends. One that
            // cannot be stored is not sent, and the screen asks for it again; the trainer goes on.
            do {
                try persistence.recordLiveAnswer(answer, run: run, scenarioID: scenarioID)
            } catch {
                return .events([.liveAnswerNotSaved(answer.decision)])
            }
        case .settleLiveAnswer(let answer, let run, let mirror):
            // Not settled now, it stays on record unsettled: the class report still has it.
            try? persistence.settleLiveAnswer(answer, run: run, mirror: mirror)
        }
        return .none
    }

    /// Tries the waiting changes again once a full disk's retry is due.
    public func idle(_ model: AppModel) throws -> [AppEvent] {
        let live = (liveInbox?.messages() ?? []).map(AppEvent.live)
        guard let retryAt, clock() >= retryAt else { return live }
        return try live + saveWhatWaits(model)
    }

    /// One last try for what is unsaved when the loop ends; what stays unsaved is an error.
    public func finish(_ model: AppModel) throws {
        guard !unsaved.isEmpty else { return }
        _ = try saveWhatWaits(model)
        if let lastDelay, !unsaved.isEmpty { throw UnsavedChanges(count: unsaved.count, cause: lastDelay) }
    }

    /// Saves the waiting changes in order, stopping at the first that must wait longer; answers
    /// the new save status when it changed, so the hint row says whether any are left.
    private func saveWhatWaits(_ model: AppModel) throws -> [AppEvent] {
        var reason: SaveDelayed.Reason?
        while let first = unsaved.first {
            do {
                try write(first, model)
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
        return reason != model.saveDelayed ? [.saveStatus(reason)] : []
    }

    /// Writes one change to the persistence.
    private func write(_ command: Command, _ model: AppModel) throws {
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
}
