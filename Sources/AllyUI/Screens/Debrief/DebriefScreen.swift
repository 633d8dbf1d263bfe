import AllyCore
import AllyTerminal

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
    /// Rows of the debrief scrolled away.
    public var scroll = 0

    /// The debrief of `state`, an attempt at `scenario` played with `play` (scored with `weights`), outside a course.
    public init(scenario: Scenario, state: PlayState, weights: ScoringWeights, play: PlaySettings = PlaySettings()) {
        self.init(scenario: scenario, state: state, debrief: Debrief(state, in: scenario, weights: weights), course: nil, play: play)
    }

    /// The debrief of an attempt, as the trainer shows it at the end of a play.
    init(scenario: Scenario, state: PlayState, debrief: Debrief?, course: CourseRun?, play: PlaySettings) {
        self.scenario = scenario
        self.state = state
        self.debrief = debrief
        self.course = course
        self.play = play
    }
}

/// The debrief screen: how the attempt went, and on to the next scenario, again, or the menu.
enum DebriefScreen: ScreenComponent {
    static func embed(_ state: DebriefState) -> Screen { .debrief(state) }

    /// The debrief of `session`'s attempt; a finished attempt's score counts as the scenario's best when it is.
    static func enter(_ session: PlaySession, _ m: inout TrainerContext) -> DebriefState {
        let debrief = Debrief(session.state, in: session.scenario, weights: m.library.weights)
        if let total = debrief?.score.total {
            m.bestScores[session.scenario.id] = max(total, m.bestScores[session.scenario.id] ?? total)
        }
        return DebriefState(
            scenario: session.scenario, state: session.state, debrief: debrief, course: session.course, play: session.play)
    }

    static func update(_ state: inout DebriefState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        if let scroll = DocumentScreen.scrolled(state.scroll, intent, lineCount: lines(state, m).count, m) {
            state.scroll = scroll
            return nil
        }
        let menu = Screen.menu(MenuState(selecting: state.course == nil ? .playScenario : .playCourse, m))
        switch intent {
        case .confirm:
            guard let run = state.course, run.index + 1 < run.scenarioIDs.count,
                  let next = m.library.scenario(id: run.scenarioIDs[run.index + 1]) else { return menu }
            var nextRun = run
            nextRun.index += 1
            return .play(PlayScreen.start(next, course: nextRun, &m))
        case .again:
            // The same scenario from its start, a fresh attempt in a fresh reply order; a course goes on from here.
            guard let scenario = m.library.scenario(id: state.scenario.id) else { return nil }
            return .play(PlayScreen.start(scenario, course: state.course, &m))
        case .back:
            return menu
        default:
            return nil
        }
    }

    /// The page's lines at the model's width.
    static func lines(_ state: DebriefState, _ m: TrainerContext) -> [[Span]] {
        DebriefDocument.lines(state, language: m.language, width: DocumentScreen.textWidth(m.size.columns))
    }

    static func render(_ state: DebriefState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        let title = m.t(Strings.debrief) + " · " + state.scenario.title
        let score = state.debrief.map { m.t(Strings.total($0.score.total)) } ?? ""
        Layout.titleBar(title, right: score, area, &canvas)
        DocumentScreen.draw(lines(state, m), scroll: state.scroll, area, &canvas)
    }

    static func hints(_ state: DebriefState, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        let next = state.course.map { $0.index + 1 < $0.scenarioIDs.count } ?? false
        return [
            KeyHint("↑↓", t(Strings.keyScroll)), KeyHint("Enter", t(next ? Strings.nextScenario : Strings.toMenu)),
            KeyHint("a", t(Strings.playAgain)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
        ]
    }

    /// The keys of the scrolling pages.
    static var helpSection: HelpKeys.Section { HelpScreen.pagesSection }
}

