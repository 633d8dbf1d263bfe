import AllyCore
import AllyTerminal

/// The scenarios and courses the trainer offers, with the scoring weights to use.
public struct TrainingLibrary: Sendable, Equatable {
    /// Every scenario, in both languages.
    public var scenarios: [Scenario]
    /// Every course.
    public var courses: [Course]
    /// The weights of the score's parts.
    public var weights: ScoringWeights

    /// Creates a library.
    public init(scenarios: [Scenario], courses: [Course] = [], weights: ScoringWeights = .standard) {
        self.scenarios = scenarios
        self.courses = courses
        self.weights = weights
    }

    /// The scenario with `id`, if any.
    public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }
}

/// What every screen shares: who is training, in which language, on which library, in which
/// window. Each screen's own state lives in its case of ``Screen``, not here.
public struct TrainerContext: Sendable, Equatable {
    /// The interface language.
    public var language: Language
    /// The trainee's name (empty until the welcome screen is done).
    public var traineeName: String
    /// The terminal's size.
    public var size: TerminalSize
    /// The clock at the last event, in seconds.
    public var now: Double = 0
    /// Whether the types and families show their one-line reminders.
    public var showReminders = true
    /// Whether timed steps run without their time limit (a preference for trainees who read slowly).
    public var timersOff = false
    /// The seed of the next new attempt's reply order (each attempt takes it, and the next one
    /// follows from it); nil shows replies in the file's order (previews and tests). The
    /// executable sets it at random, so every attempt differs.
    public var nextReplyOrder: UInt64?
    /// Whether the help overlay shows.
    public var showHelp = false
    /// The scenarios and courses on offer.
    public var library: TrainingLibrary
    /// An attempt to resume from the menu.
    public var unfinished: UnfinishedAttempt?
    /// The clock when ``unfinished`` was read: its step's time limit has run on since.
    public var unfinishedReadAt: Double = 0
    /// The browser as the trainee left it, so it opens again with the same filters and selection
    /// (nil: not opened yet, or the interface language changed since).
    public var lastBrowser: BrowserState?
    /// The trainee's best total of every scenario finished, by id: the lists mark them ✓ with it,
    /// and a course goes on at its first scenario without one.
    public var bestScores: [String: Int] = [:]
    /// Why changes wait to be saved (the hint row says so), or nil when everything is saved.
    public var saveDelayed: SaveDelayed.Reason?
    /// Whether the progress store could not be opened, so nothing is kept: the hint row says so
    /// on every screen from the start, not only on the progress screen and at exit.
    public var progressNotSaved = false

    /// Creates the context of a trainer that has just started.
    public init(library: TrainingLibrary, language: Language, traineeName: String = "", size: TerminalSize, now: Double) {
        self.library = library
        self.language = language
        self.traineeName = traineeName
        self.size = size
        self.now = now
    }

    /// Offers `attempt`, just read from the persistence, for resuming, unless its scenario is gone.
    mutating func takeUnfinished(_ attempt: UnfinishedAttempt?) {
        // Kept even when the library is not loaded yet; ``AppEvent/libraryLoaded(_:)`` drops it if its scenario is gone.
        unfinished = attempt.flatMap { library.scenarios.isEmpty || library.scenario(id: $0.scenarioID) != nil ? $0 : nil }
        unfinishedReadAt = now
    }

    /// The reply order for a new attempt (0: the file's order), moving on to the next seed.
    mutating func takeReplyOrder() -> UInt64 {
        guard let seed = nextReplyOrder else { return 0 }
        var generator = SeededGenerator(seed: seed)
        nextReplyOrder = generator.next() | 1  // never 0, which would mean the file's order
        return seed
    }

    /// Whether the terminal is smaller than the trainer needs.
    public var isTooSmall: Bool {
        size.columns < AppModel.minimumSize.columns || size.rows < AppModel.minimumSize.rows
    }

    /// The interface text `text` in the current language.
    func t(_ text: Localized) -> String { text(language) }

    /// The main menu's items, with resume last when there is something to resume: the others
    /// keep their digits whether or not it shows.
    public var menuItems: [MenuItem] {
        [.playScenario, .playCourse, .progress, .drill, .timeLimits, .help, .quit] + (unfinished == nil ? [] : [.resume])
    }

    /// Where a course of the scenarios `ids` goes on: its first scenario not finished yet, or the
    /// start when every one is.
    func courseResumeIndex(_ ids: [String]) -> Int {
        ids.firstIndex { bestScores[$0] == nil } ?? 0
    }

    /// The courses listed, those in the interface language first.
    public var listedCourses: [Course] {
        library.courses.sorted { ($0.language != language ? 1 : 0, $0.title) < ($1.language != language ? 1 : 0, $1.title) }
    }
}

/// All of the trainer's state: what every screen shares, and the screen showing with its own state.
///
/// The shared fields read through to ``context`` (`model.language`), so the screen showing is
/// the only thing that differs between two screens' models.
@dynamicMemberLookup
public struct AppModel: Sendable, Equatable {
    /// What every screen shares.
    public var context: TrainerContext
    /// The screen showing, with its state.
    public var screen: Screen

    /// The smallest terminal the trainer draws in.
    public static let minimumSize = TerminalSize(columns: 80, rows: 24)

    /// The model at start-up: the welcome screen, with a remembered profile filled in.
    public init(
        library: TrainingLibrary, language: Language, profile: TraineeProfile? = nil,
        unfinished: UnfinishedAttempt? = nil, size: TerminalSize = AppModel.minimumSize, now: Double = 0
    ) {
        context = TrainerContext(
            library: library, language: profile?.language ?? language, traineeName: profile?.name ?? "", size: size, now: now)
        screen = .welcome(WelcomeForm(name: profile?.name ?? ""))
        context.takeUnfinished(unfinished)
    }

    /// A shared field, read or written through the context.
    public subscript<T>(dynamicMember keyPath: WritableKeyPath<TrainerContext, T>) -> T {
        get { context[keyPath: keyPath] }
        set { context[keyPath: keyPath] = newValue }
    }

    /// A derived shared value, read through the context.
    public subscript<T>(dynamicMember keyPath: KeyPath<TrainerContext, T>) -> T {
        context[keyPath: keyPath]
    }

    /// The interface text `text` in the current language.
    func t(_ text: Localized) -> String { context.t(text) }

    /// Whether a running clock is stopped: time spent here counts for no decision.
    var isPaused: Bool {
        guard case .play(let session) = screen else { return true }
        return context.isTooSmall || context.showHelp || session.confirmingLeave || session.feedback != nil
    }

    /// Whether the run loop should send ticks: a timed step is counting down.
    public var needsClock: Bool {
        guard case .play(let session) = screen else { return false }
        return session.deadline != nil && session.feedback == nil
    }

    /// Seconds left on a timed step or a live question, rounded up, as the screen shows them.
    public var secondsLeft: Int? { screen.play?.secondsLeft(now: context.now) ?? screen.live?.secondsLeft(now: context.now) }

    /// When the screen next changes by the clock alone, after `now`: a live question's countdown
    /// shows another second. (A timed step ticks through ``needsClock`` instead.)
    public func clockChange(after now: Double) -> Double? {
        screen.live?.countdownChange(after: now)
    }

    /// The scenarios the browser lists: with its filters while it shows, else with its first ones.
    public var filteredScenarios: [Scenario] {
        (screen.browser ?? BrowserState(language: context.language, in: context.library)).scenarios(in: context.library)
    }
}
