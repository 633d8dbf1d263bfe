import AllyCore
import AllyTerminal

/// A recorded attempt, one decision at a time: the customer's words and cues, what was chosen,
/// what was ideal, and the feedback; a strip of marks shows where in the attempt it is.
enum ReplayScreen {
    static func draw(_ state: ReplayState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        let t = m.t
        let decisions = state.replay.decisions
        let summary = state.source.summary
        let counter = decisions.isEmpty ? "" : t(Strings.decision(state.index + 1, of: decisions.count))
        Layout.titleBar("Ally · " + t(Strings.replay) + " · #\(summary.id) " + state.source.scenario.title, right: counter, area, &canvas)
        let (content, navRow) = parts(area)
        let text = lines(m, state, width: textWidth(m, content))
        let maxScroll = max(0, text.count - content.height)
        let scroll = min(state.scroll, maxScroll)
        canvas.lines(text, from: scroll, in: content)
        canvas.scrollMarks(x: area.maxX - 1, rows: content, above: scroll > 0, below: scroll < maxScroll)
        // Previous and next, clickable.
        if !decisions.isEmpty {
            let previous = t(Strings.previous)
            let next = t(Strings.next)
            let atStart = state.index == 0
            let atEnd = state.index + 1 >= decisions.count
            canvas.write(previous, x: navRow.x, y: navRow.y, style: Style(atStart ? .muted : .accent), clip: navRow)
            canvas.hit(Rect(x: navRow.x, y: navRow.y, width: previous.displayWidth, height: 1), .left)
            let nextX = navRow.maxX - next.displayWidth
            canvas.write(next, x: nextX, y: navRow.y, style: Style(atEnd ? .muted : .accent), clip: navRow)
            canvas.hit(Rect(x: nextX, y: navRow.y, width: next.displayWidth, height: 1), .right)
        }
    }

    /// The text's rows and the row of previous and next, within the area under the hint bar's row.
    static func parts(_ area: Rect) -> (content: Rect, nav: Rect) {
        let (content, nav) = area.inset(top: 1).inset(left: 1, right: 1).splitBottom(1)
        return (content, nav)
    }

    /// The width the text is wrapped to.
    static func textWidth(_ m: TrainerContext, _ content: Rect) -> Int {
        max(1, min(content.width, DocumentScreen.textWidth(m.size.columns)))
    }

    /// The text's rows for the model's terminal size.
    static func content(_ m: TrainerContext) -> Rect {
        parts(Layout.screenArea(m)).content
    }

    /// How many rows of the decision show at once (a page).
    static func viewHeight(_ m: TrainerContext) -> Int { content(m).height }

    /// How far the decision showing can scroll: its lines beyond the rows it gets.
    static func maxScroll(_ state: ReplayState, _ m: TrainerContext) -> Int {
        let content = content(m)
        return max(0, lines(m, state, width: textWidth(m, content)).count - content.height)
    }

    /// The lines of the decision showing.
    static func lines(_ m: TrainerContext, _ state: ReplayState, width: Int) -> [[Span]] {
        let t = m.t
        let decisions = state.replay.decisions
        var out: [[Span]] = []
        // Where in the attempt: one mark per decision, the current one reversed.
        var strip: [Span] = []
        for (index, item) in decisions.enumerated() {
            let role = item.feedback.judgement.role
            let mark = item.feedback.judgement.mark
            strip.append(Span(index == state.index ? "[" + mark + "]" : " " + mark + " ",
                              style: index == state.index ? Style(role, [.reverse, .bold]) : Style(role)))
        }
        out += TextLayout.wrap(strip, width: width)
        out.append([])
        guard decisions.indices.contains(state.index) else {
            out.append([Span(t(Strings.noDecisions), style: Style(.muted))])
            return out
        }
        out += ReplayDocument.decision(decisions[state.index], of: state.source.scenario, language: m.language, showingStep: true, width: width)
        if state.index + 1 == decisions.count {
            out += ReplayDocument.ending(state.replay, language: m.language, weights: m.library.weights, width: width)
        }
        return out
    }
}
