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
        let l = state.source.scenario.language
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
        let item = decisions[state.index]
        let step = item.step
        out.append(DocumentScreen.heading(t(Strings.replayStep(item.stepNumber, step.phase.name(in: l)))))
        out += DocumentScreen.wrap([
            Span(state.source.scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + step.say + "”"),
        ], width)
        if !step.cues.isEmpty {
            out += DocumentScreen.wrap(Layout.cues(step.cues, m), width)
        }
        out.append([])
        let judgementRole = item.feedback.judgement.role
        let labelWidth = max(t(Strings.replayYou).displayWidth, t(Strings.ideal).displayWidth) + 2
        out += DocumentScreen.wrap([
            Span(item.feedback.judgement.mark + " ", style: Style(judgementRole, .bold)),
            Span(TextLayout.pad(t(Strings.replayYou) + ":", width: labelWidth), style: Style(.title, .bold)),
            Span(item.chosen, style: Style(judgementRole)),
            Span("  (" + t(Strings.seconds(item.timed.seconds)) + ")", style: Style(.muted)),
        ], width)
        if AttemptReplay.showsIdeal(item), let ideal = item.ideal {
            out += DocumentScreen.wrap([
                Span("  "), Span(TextLayout.pad(t(Strings.ideal) + ":", width: labelWidth), style: Style(.title, .bold)),
                Span(ideal, style: Style(.correct)),
            ], width)
        }
        out.append([])
        out += DocumentScreen.wrap([Span(item.feedback.message)], width)
        if let change = item.feedback.typeChange {
            out += DocumentScreen.wrap([Span("⇄ " + t(Strings.typeChange(state.source.scenario.customer.name, to: change.to.name(in: l), from: change.from.name(in: l))), style: Style(.warning, .bold))], width)
        }
        if let closing = item.feedback.closing {
            out.append([])
            if let narration = closing.narration { out += DocumentScreen.wrap([Span(narration)], width) }
            out += DocumentScreen.wrap([
                Span(state.source.scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + closing.say + "”"),
            ], width)
        }
        if state.index + 1 == decisions.count {
            if let index = state.replay.misfitIndex {
                out.append([])
                out += DocumentScreen.wrap([Span(t(Strings.misfit(index + 1)), style: Style(.warning))], width)
            }
            let final = state.replay.final
            if let score = Score(final, in: state.source.scenario, weights: m.library.weights) {
                let outcome = score.outcome.name(in: m.language)
                out.append([])
                out.append([Span(t(Strings.finalScore(score.total, outcome)), style: Style(.accent, .bold))])
            }
        }
        return out
    }
}
