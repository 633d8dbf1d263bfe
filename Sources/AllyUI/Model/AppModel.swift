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

/// The screens of the trainer.
public enum ScreenID: String, Sendable, Equatable, CaseIterable {
    /// The trainee's name and the interface language.
    case welcome
    /// The main menu.
    case menu
    /// The scenario browser.
    case browser
    /// The course list.
    case courses
    /// A scenario being played.
    case play
    /// The debrief of a finished attempt.
    case debrief
    /// Progress across attempts.
    case progress
    /// Quick rounds: name the type, then the strategy family.
    case drill
    /// The help page.
    case help
}

/// The welcome screen's form.
public struct WelcomeForm: Sendable, Equatable {
    /// The fields of the form.
    public enum Field: Sendable, Equatable {
        /// The trainee's name.
        case name
        /// The interface language.
        case language
    }

    /// The name typed so far.
    public var name: String
    /// The field with the focus.
    public var focus: Field = .name
    /// Whether to point out that a name is needed.
    public var nameMissing = false
}

/// The scenario browser's filters and selection. There is deliberately no filter on the
/// customer's type: that would give the answer away.
public struct BrowserState: Sendable, Equatable {
    /// Only scenarios in this language (nil: all).
    public var language: Language?
    /// Only scenarios in this setting (nil: all).
    public var setting: String?
    /// Only scenarios of this difficulty (nil: all).
    public var difficulty: Int?
    /// The selected row of the filtered list.
    public var selected = 0
    /// The first visible row (kept so the list scrolls only when it must).
    public var offset = 0
}

extension BrowserState {
    /// The browser for an interface in `language`: its scenarios, or all when it has none (a catalogue-only language).
    init(language: Language, in library: TrainingLibrary) {
        self.init(language: library.scenarios.contains { $0.language == language } ? language : nil)
    }
}

/// A course being played: which one and where in it the trainee is.
public struct CourseRun: Sendable, Equatable {
    /// The course.
    public var course: Course
    /// The scenarios of the course that exist in the library, in order.
    public var scenarioIDs: [String]
    /// The index of the scenario being played.
    public var index: Int
}

/// Feedback being shown after a decision, with what it refers to.
public struct ShownFeedback: Sendable, Equatable {
    /// The engine's feedback.
    public var feedback: Feedback
    /// What the trainee chose, as shown.
    public var chosen: String
    /// The step the decision was made at (its words stay on screen while feedback shows).
    public var stepID: String
}

/// A scenario being played.
public struct PlaySession: Sendable, Equatable {
    /// The scenario.
    public var scenario: Scenario
    /// The engine's state: the fold of `decisions`.
    public var state: PlayState
    /// Every decision so far, timed; what the store records.
    public var decisions: [TimedDecision]
    /// The highlighted option; nil until the trainee moves or picks, so a stray Enter answers nothing.
    public var selected: Int?
    /// The first visible option.
    public var offset = 0
    /// Lines of the customer's words scrolled away.
    public var sayScroll = 0
    /// Feedback on the last decision, while it shows.
    public var feedback: ShownFeedback?
    /// Lines of long feedback scrolled away.
    public var feedbackScroll = 0
    /// When the current prompt appeared (seconds on the run loop's clock; pauses excluded).
    public var promptShownAt: Double
    /// When a timed step runs out (pauses excluded), or nil for an untimed step.
    public var deadline: Double?
    /// Whether the "leave this scenario?" question (stop for now, give up, cancel) is showing.
    public var confirmingLeave = false
    /// The course this scenario is part of, if any.
    public var course: CourseRun?
    /// How this attempt is played: its reply order and whether time limits are off.
    public var play = PlaySettings()
    /// A note shown first in the header (the preview's "not saved"), if any.
    public var headerNote: String?
}

/// A finished (or abandoned) attempt whose debrief shows.
public struct DebriefState: Sendable, Equatable {
    /// The scenario.
    public var scenario: Scenario
    /// The final state.
    public var state: PlayState
    /// The debrief, nil when the attempt was left before an ending.
    public var debrief: Debrief?
    /// The course, to offer its next scenario.
    public var course: CourseRun?
    /// How the attempt was played (the debrief says when time limits were off).
    public var play = PlaySettings()
}

/// An attempt being replayed from the progress screen, decision by decision.
public struct ReplayState: Sendable, Equatable {
    /// The attempt, its stored scenario and its event log.
    public var source: ReplaySource
    /// The attempt folded decision by decision.
    public var replay: AttemptReplay
    /// The decision showing (0-based).
    public var index = 0
    /// Lines of the decision showing scrolled away (it can be longer than the window).
    public var scroll = 0

    /// Creates the replay of `source`, at its first decision.
    public init(source: ReplaySource) {
        self.source = source
        replay = AttemptReplay(scenario: source.scenario, decisions: source.decisions)
    }
}

/// All of the trainer's state: what `render` draws and `update` changes.
public struct AppModel: Sendable, Equatable {
    /// The interface language.
    public var language: Language
    /// The trainee's name (empty until the welcome screen is done).
    public var traineeName: String
    /// The screen showing.
    public var screen: ScreenID
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
    /// Whether this is `ally preview`, where r reloads and q leaves at once: the help says so.
    public var isPreview = false
    /// The scenarios and courses on offer.
    public var library: TrainingLibrary
    /// The welcome form.
    public var welcome: WelcomeForm
    /// The selected main-menu item.
    public var menuSelected = 0
    /// The browser.
    public var browser: BrowserState
    /// The selected course.
    public var courseSelected = 0
    /// The scenario being played.
    public var session: PlaySession?
    /// The debrief showing.
    public var debrief: DebriefState?
    /// Progress data, once loaded.
    public var progress: ProgressData?
    /// An attempt to resume from the menu.
    public var unfinished: UnfinishedAttempt?
    /// The clock when ``unfinished`` was read: its step's time limit has run on since.
    public var unfinishedReadAt: Double = 0
    /// The selected recent attempt on the progress screen.
    public var progressSelected = 0
    /// The attempt being replayed over the progress screen, if any.
    public var replay: ReplayState?
    /// The drill running, once its history has loaded.
    public var drill: DrillState?
    /// The trainee's best total of every scenario finished, by id: the lists mark them ✓ with it,
    /// and a course goes on at its first scenario without one.
    public var bestScores: [String: Int] = [:]
    /// Whether the progress screen says the selected attempt cannot be replayed.
    public var replayUnavailable = false
    /// Rows scrolled on the current scrollable screen (help, debrief, progress).
    public var scroll = 0
    /// Why changes wait to be saved (the hint row says so), or nil when everything is saved.
    public var saveDelayed: SaveDelayed.Reason?
    /// Whether the progress store could not be opened, so nothing is kept: the hint row says so
    /// on every screen from the start, not only on the progress screen and at exit.
    public var progressNotSaved = false

    /// The smallest terminal the trainer draws in.
    public static let minimumSize = TerminalSize(columns: 80, rows: 24)

    /// The model at start-up: the welcome screen, with a remembered profile filled in.
    public init(
        library: TrainingLibrary, language: Language, profile: TraineeProfile? = nil,
        unfinished: UnfinishedAttempt? = nil, size: TerminalSize = AppModel.minimumSize, now: Double = 0
    ) {
        self.library = library
        self.language = profile?.language ?? language
        traineeName = profile?.name ?? ""
        screen = .welcome
        self.size = size
        self.now = now
        welcome = WelcomeForm(name: profile?.name ?? "")
        browser = BrowserState(language: profile?.language ?? language, in: library)
        takeUnfinished(unfinished)
    }

    /// Offers `attempt`, just read from the persistence, for resuming, unless its scenario is gone.
    mutating func takeUnfinished(_ attempt: UnfinishedAttempt?) {
        // Kept even when the library is not loaded yet; ``AppEvent/libraryLoaded(_:)`` drops it if its scenario is gone.
        unfinished = attempt.flatMap { library.scenarios.isEmpty || library.scenario(id: $0.scenarioID) != nil ? $0 : nil }
        unfinishedReadAt = now
        selectResume()
    }

    /// Selects the resume item, when there is one and the trainee has not moved in the menu yet:
    /// it is last (so no other item's digit moves) and Enter should still resume.
    mutating func selectResume() {
        if unfinished != nil, menuSelected == 0 { menuSelected = menuItems.count - 1 }
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
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// Whether a running clock is stopped: time spent here counts for no decision.
    var isPaused: Bool {
        guard let session else { return true }
        return isTooSmall || showHelp || session.confirmingLeave || session.feedback != nil || screen != .play
    }

    /// Whether the run loop should send ticks: a timed step is counting down.
    public var needsClock: Bool {
        screen == .play && session?.deadline != nil && session?.feedback == nil
    }

    /// Seconds left on a timed step, rounded up, for the header.
    public var secondsLeft: Int? {
        guard let deadline = session?.deadline else { return nil }
        return max(0, Int((deadline - now).rounded(.up)))
    }

    /// The interface text `text` in the current language.
    func t(_ text: Localized) -> String { text(language) }
}

/// The main menu's items.
public enum MenuItem: Sendable, Equatable, CaseIterable {
    /// Resume the unfinished attempt.
    case resume
    /// Open the scenario browser.
    case playScenario
    /// Open the course list.
    case playCourse
    /// Open the progress screen.
    case progress
    /// Start a drill.
    case drill
    /// Turn time limits off or on (remembered, like the name).
    case timeLimits
    /// Open the help page.
    case help
    /// Quit.
    case quit
}

extension AppModel {
    /// The main menu's items, with resume last when there is something to resume: the others
    /// keep their digits whether or not it shows.
    public var menuItems: [MenuItem] {
        [.playScenario, .playCourse, .progress, .drill, .timeLimits, .help, .quit] + (unfinished == nil ? [] : [.resume])
    }

    /// The scenarios the browser lists with its current filters, sorted by title.
    public var filteredScenarios: [Scenario] {
        library.scenarios.filter { scenario in
            (browser.language == nil || scenario.language == browser.language)
                && (browser.setting == nil || scenario.setting == browser.setting)
                && (browser.difficulty == nil || scenario.difficulty == browser.difficulty)
        }
        .sorted { ($0.difficulty, $0.title, $0.id) < ($1.difficulty, $1.title, $1.id) }
    }

    /// The settings the setting filter cycles through (those of the language filtered for).
    public var availableSettings: [String] {
        let pool = library.scenarios.filter { browser.language == nil || $0.language == browser.language }
        return Array(Set(pool.map(\.setting))).sorted()
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
