import AllyCore
import AllyTerminal

/// The screens of the trainer, by name (what tests and screenshots list).
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
    /// A live class run.
    case live
}

/// The screen showing, with its own state: a play always has its session, a debrief its attempt,
/// so the states that cannot happen cannot be written down.
public enum Screen: Sendable, Equatable {
    /// The welcome form.
    case welcome(WelcomeForm)
    /// The main menu.
    case menu(MenuState)
    /// The scenario browser.
    case browser(BrowserState)
    /// The course list.
    case courses(CoursesState)
    /// A scenario being played.
    case play(PlaySession)
    /// The debrief of a finished (or given up) attempt.
    case debrief(DebriefState)
    /// Progress across attempts, and a replay over it.
    case progress(ProgressState)
    /// The drill; nil while its history loads.
    case drill(DrillState?)
    /// The help page.
    case help(HelpPageState)
    /// A live class run, led by the instructor.
    case live(LiveState)

    /// The screen's name.
    public var id: ScreenID {
        switch self {
        case .welcome: .welcome
        case .menu: .menu
        case .browser: .browser
        case .courses: .courses
        case .play: .play
        case .debrief: .debrief
        case .progress: .progress
        case .drill: .drill
        case .help: .help
        case .live: .live
        }
    }

    /// The screen as a component: its update, view, key hints and help, bound to its state.
    var mounted: MountedScreen {
        switch self {
        case .welcome(let state): WelcomeScreen.mount(state)
        case .menu(let state): MenuScreen.mount(state)
        case .browser(let state): BrowserScreen.mount(state)
        case .courses(let state): CoursesScreen.mount(state)
        case .play(let state): PlayScreen.mount(state)
        case .debrief(let state): DebriefScreen.mount(state)
        case .progress(let state): ProgressScreen.mount(state)
        case .drill(let state): DrillComponent.mount(state)
        case .help(let state): HelpScreen.mount(state)
        case .live(let state): LiveScreen.mount(state)
        }
    }
}

extension Screen {
    /// The welcome form, when it shows.
    public var welcome: WelcomeForm? { if case .welcome(let state) = self { state } else { nil } }
    /// The main menu, when it shows.
    public var menu: MenuState? { if case .menu(let state) = self { state } else { nil } }
    /// The browser, when it shows.
    public var browser: BrowserState? { if case .browser(let state) = self { state } else { nil } }
    /// The course list, when it shows.
    public var courses: CoursesState? { if case .courses(let state) = self { state } else { nil } }
    /// The scenario being played, when it shows.
    public var play: PlaySession? { if case .play(let state) = self { state } else { nil } }
    /// The debrief, when it shows.
    public var debrief: DebriefState? { if case .debrief(let state) = self { state } else { nil } }
    /// The progress screen, when it shows.
    public var progress: ProgressState? { if case .progress(let state) = self { state } else { nil } }
    /// The drill, when it shows and has loaded.
    public var drill: DrillState? { if case .drill(let state) = self { state } else { nil } }
    /// The replay over the progress screen, when it shows.
    public var replay: ReplayState? { progress?.replay }
    /// The help page, when it shows.
    public var help: HelpPageState? { if case .help(let state) = self { state } else { nil } }
    /// The live class run, when it shows.
    public var live: LiveState? { if case .live(let state) = self { state } else { nil } }
}

/// One screen of the trainer: its state, how an intent changes it, how it is drawn, its key
/// hints and its help, together in its folder under `Screens/`.
///
/// The Elm architecture, per screen: `update` changes only the screen's own state and the
/// shared context, asks for effects by appending ``Command`` values, and names the next screen
/// by returning it; `render` is pure over the buffer.
protocol ScreenComponent {
    /// What the screen remembers while it shows.
    associatedtype State: Sendable, Equatable

    /// The screen showing `state`.
    static func embed(_ state: State) -> Screen
    /// Applies `intent`; returns the screen to go to, or nil to stay on this one.
    static func update(_ state: inout State, _ intent: Intent, _ app: inout TrainerContext, _ commands: inout [Command]) -> Screen?
    /// Draws the screen into `area` (the window without its hint row). Pure.
    static func render(_ state: State, _ app: TrainerContext, _ area: Rect, _ canvas: inout Canvas)
    /// The key hints at the bottom.
    static func hints(_ state: State, _ app: TrainerContext) -> [KeyHint]
    /// The screen's keys, as the help page lists them.
    static var helpSection: HelpKeys.Section { get }
    /// The keys the `?` overlay lists for this screen, under the general ones.
    static func help(_ state: State) -> [HelpKeys.Section]
}

extension ScreenComponent {
    /// The screen's own section, whatever it shows.
    static func help(_ state: State) -> [HelpKeys.Section] { [helpSection] }

    /// The component bound to `state`, as the app dispatches to it.
    static func mount(_ state: State) -> MountedScreen {
        MountedScreen(
            update: { intent, app, commands in
                var next = state
                return update(&next, intent, &app, &commands) ?? embed(next)
            },
            render: { app, area, canvas in render(state, app, area, &canvas) },
            hints: { app in hints(state, app) },
            help: help(state))
    }
}

/// A screen bound to its state: what the app calls, whichever screen shows.
struct MountedScreen {
    /// The screen after an intent.
    let update: (Intent, inout TrainerContext, inout [Command]) -> Screen
    /// Draws the screen.
    let render: (TrainerContext, Rect, inout Canvas) -> Void
    /// Its key hints.
    let hints: (TrainerContext) -> [KeyHint]
    /// Its sections of the `?` overlay.
    let help: [HelpKeys.Section]
}
