import AllyCore
import AllyTerminal

/// The progress screen's state: the data once loaded, the selected attempt, the scroll, and a replay over it.
public struct ProgressState: Sendable, Equatable {
    /// Progress data, once loaded.
    public var data: ProgressData?
    /// The selected recent attempt.
    public var selected = 0
    /// Rows of the page scrolled away.
    public var scroll = 0
    /// The attempt being replayed over the page, if any.
    public var replay: ReplayState?
    /// Whether the page says the selected attempt cannot be replayed.
    public var replayUnavailable = false
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


/// The progress screen: choose a recent attempt, replay it step by step.
enum ProgressScreen: ScreenComponent {
    static func embed(_ state: ProgressState) -> Screen { .progress(state) }

    static func update(_ state: inout ProgressState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        if var replay = state.replay {
            state.replay = updateReplay(&replay, intent, m) ? replay : nil
            return nil
        }
        let recent = state.data?.report.recent ?? []
        switch intent {
        case .up, .down:
            // Past the first or last attempt the arrows scroll the page (to the matrix below, say).
            let atEdge = intent == .up ? state.selected <= 0 : state.selected >= recent.count - 1
            guard !recent.isEmpty, !atEdge else { return scrollOrLeave(&state, intent, m) }
            state.selected = App.move(state.selected, by: intent == .up ? -1 : 1, count: recent.count)
            state.replayUnavailable = false
            reveal(state.selected, &state, m)
        default:
            if let index = App.listChoice(intent, selected: &state.selected, count: recent.count) {
                state.replayUnavailable = false
                reveal(state.selected, &state, m)
                commands.append(.loadReplay(attemptID: recent[index].id))
            } else {
                return scrollOrLeave(&state, intent, m)
            }
        }
        return nil
    }

    /// The page's own keys: scrolling, and back to the menu.
    static func scrollOrLeave(_ state: inout ProgressState, _ intent: Intent, _ m: TrainerContext) -> Screen? {
        if let scroll = DocumentScreen.scrolled(state.scroll, intent, lineCount: ProgressPage.lines(state, m, width: DocumentScreen.textWidth(m.size.columns)).count, m) {
            state.scroll = scroll
            return nil
        }
        return intent == .confirm || intent == .back ? .menu(MenuState(selecting: .progress, m)) : nil
    }

    /// Shows the replay that arrived, or says it cannot be shown.
    static func replayLoaded(_ source: ReplaySource?, _ state: inout ProgressState) {
        if let source {
            state.replay = ReplayState(source: source)
        } else {
            state.replayUnavailable = true
        }
    }

    /// Scrolls so the line of recent attempt `index` shows.
    static func reveal(_ index: Int, _ state: inout ProgressState, _ m: TrainerContext) {
        let layout = ProgressPage.layout(state, m, width: DocumentScreen.textWidth(m.size.columns))
        guard let start = layout.attemptStart else { return }
        let line = start + index
        let view = DocumentScreen.viewHeight(m)
        if line < state.scroll { state.scroll = line }
        if line >= state.scroll + view { state.scroll = line - view + 1 }
        state.scroll = max(0, min(state.scroll, max(0, layout.lines.count - view)))
    }

    /// Steps through the replay and scrolls a long decision; false when back closes it.
    static func updateReplay(_ replay: inout ReplayState, _ intent: Intent, _ m: TrainerContext) -> Bool {
        let count = replay.replay.decisions.count
        let maxScroll = ReplayScreen.maxScroll(replay, m)
        let page = max(1, ReplayScreen.viewHeight(m))
        switch intent {
        case .right, .no, .confirm:
            replay.index = App.move(replay.index, by: 1, count: count)
            replay.scroll = 0
        case .left, .previous:
            replay.index = App.move(replay.index, by: -1, count: count)
            replay.scroll = 0
        case .up, .down, .pageUp, .pageDown, .first, .last:
            replay.scroll = App.scroll(replay.scroll, intent, page: page, maxScroll: maxScroll)
        case .back:
            return false
        default:
            break
        }
        return true
    }

    static func render(_ state: ProgressState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        if let replay = state.replay { return ReplayScreen.draw(replay, m, area, &canvas) }
        Layout.standardTitle(m, m.t(Strings.progress), area, &canvas)
        let layout = ProgressPage.layout(state, m, width: DocumentScreen.textWidth(m.size.columns))
        let (view, scroll) = DocumentScreen.draw(layout.lines, scroll: state.scroll, area, &canvas)
        if let start = layout.attemptStart {
            for index in 0..<(state.data?.report.recent.count ?? 0) where (scroll..<scroll + view.height).contains(start + index) {
                canvas.hit(view.row(start + index - scroll), .pick(index))
            }
        }
    }

    static func hints(_ state: ProgressState, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        if state.replay != nil {
            return [
                KeyHint("←→ n p", t(Strings.keyStep)), KeyHint("↑↓", t(Strings.keyScroll)),
                KeyHint("?", t(Strings.keyHelp)), KeyHint("Esc", t(Strings.keyBack)),
            ]
        }
        if !(state.data?.report.recent.isEmpty ?? true) {
            return [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint("Enter", t(Strings.keyReplay)),
                KeyHint("PgUp PgDn", t(Strings.keyScroll)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
            ]
        }
        return [KeyHint("↑↓", t(Strings.keyScroll)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack))]
    }

    /// The progress page's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpProgress, lines: Strings.helpProgressKeys)
    /// The replay's keys.
    static let replaySection = HelpKeys.Section(heading: Strings.helpReplay, lines: Strings.helpReplayKeys)

    static func help(_ state: ProgressState) -> [HelpKeys.Section] { [state.replay == nil ? helpSection : replaySection] }
}
