import AllyCore

/// The progress screen's behaviour: choose a recent attempt, replay it step by step.
enum ProgressScreenBehaviour {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        if m.replay != nil {
            handleReplay(intent, &m)
            return
        }
        let recent = m.progress?.report.recent ?? []
        switch intent {
        case .up, .down:
            // Past the first or last attempt the arrows scroll the page (to the matrix below, say).
            let atEdge = intent == .up ? m.progressSelected <= 0 : m.progressSelected >= recent.count - 1
            guard !recent.isEmpty, !atEdge else { return Document.handle(intent, &m, &commands) }
            m.progressSelected = App.move(m.progressSelected, by: intent == .up ? -1 : 1, count: recent.count)
            m.replayUnavailable = false
            reveal(m.progressSelected, &m)
        default:
            if let index = App.listChoice(intent, selected: &m.progressSelected, count: recent.count) {
                open(recent[index], &m, &commands)
            } else {
                Document.handle(intent, &m, &commands)
            }
        }
    }

    /// Asks for the attempt's event log and stored scenario.
    static func open(_ attempt: AttemptSummary, _ m: inout AppModel, _ commands: inout [Command]) {
        m.replayUnavailable = false
        reveal(m.progressSelected, &m)
        commands.append(.loadReplay(attemptID: attempt.id))
    }

    /// Shows the replay that arrived, or says it cannot be shown.
    static func replayLoaded(_ source: ReplaySource?, _ m: inout AppModel) {
        guard m.screen == .progress else { return }
        if let source {
            m.replay = ReplayState(source: source)
        } else {
            m.replayUnavailable = true
        }
    }

    /// Scrolls so the line of recent attempt `index` shows.
    static func reveal(_ index: Int, _ m: inout AppModel) {
        let layout = ProgressPage.layout(m, width: DocumentScreen.textWidth(m.size.columns))
        guard let start = layout.attemptStart else { return }
        let line = start + index
        let view = Layout.documentViewHeight(m)
        if line < m.scroll { m.scroll = line }
        if line >= m.scroll + view { m.scroll = line - view + 1 }
        m.scroll = max(0, min(m.scroll, max(0, layout.lines.count - view)))
    }

    /// Steps through the replay and scrolls a long decision; back closes it.
    static func handleReplay(_ intent: Intent, _ m: inout AppModel) {
        guard var replay = m.replay else { return }
        let count = replay.replay.decisions.count
        let maxScroll = ReplayScreen.maxScroll(m)
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
            m.replay = nil
            return
        default:
            return
        }
        m.replay = replay
    }
}
