import AllyCore
import AllyTerminal

/// The drill: a customer's opening line and cues, the type question, then the strategy
/// question; or a step that asks a concept question, and that question; the round's feedback,
/// and at the end what improved.
enum DrillScreen {
    static func draw(_ m: DrillHost, _ area: Rect, _ canvas: inout Canvas) {
        let t = m.t
        let counter = m.drill.flatMap { drill in drill.round.map { _ in t(Strings.round(drill.index + 1, of: drill.rounds.count)) } } ?? ""
        Layout.titleBar("Ally · " + t(Strings.drill), right: counter, area, &canvas)
        let body = area.inset(top: 2).inset(left: 1, right: 1)
        let width = max(1, min(body.width, DocumentScreen.textWidth(m.size.columns)))
        guard let drill = m.drill else {
            canvas.write("…", x: body.x, y: body.y, style: Style(.muted), clip: body)
            return
        }
        guard let round = drill.round else {
            canvas.lines(summary(m, drill, width: width), in: body)
            return
        }
        var lines = DrillDocument.evidence(round, language: m.language, width: width)
        lines.append([])
        let options: [String]
        switch (drill.stage, round.card) {
        case (.type, _):
            lines.append(DocumentScreen.heading(t(Strings.askIdentify)))
            options = CustomerType.allCases.map { $0.name(in: m.language) }
        case (.family(let named), _):
            lines.append([Span("✓ ", style: Style(.muted)), Span(named.name(in: m.language), style: Style(.muted))])
            lines.append(DocumentScreen.heading(t(Strings.askStrategy)))
            options = StrategyFamily.allCases.map { $0.name(in: m.language) }
        case (.feedback(let named, let chosen), .type(let truth)):
            let identify = Answer.identify(named, truth: truth, time: 0)
            let strategy = Answer.strategy(chosen, truth: truth, time: 0)
            lines += DrillDocument.feedback(identify.judgement, DrillText.identifyFeedback(named: named, truth: truth, m.language), language: m.language, width: width)
            lines += DrillDocument.feedback(strategy.judgement, DrillText.strategyFeedback(chosen: chosen, truth: truth, m.language), language: m.language, width: width)
            options = []
        case (.concept, .concept(let kind, _)):
            lines.append(DocumentScreen.heading(kind.question(in: m.language)))
            // Names with their reminders, as in play: the set is learnt with its meanings.
            let nameWidth = kind.answers.map { kind.name(of: $0, in: m.language).displayWidth }.max() ?? 0
            options = kind.answers.map { answer in
                TextLayout.pad(kind.name(of: answer, in: m.language), width: nameWidth) + "  " + kind.reminder(of: answer, in: m.language)
            }
        case (.conceptFeedback(let chosen), .concept(let kind, let truth)):
            let answer = ConceptAnswer.drill(kind, chosen: chosen, truth: truth, time: 0)
            let text = DrillText.conceptFeedback(kind: kind, chosen: chosen, truth: truth, step: round.step ?? round.scenario.steps[0], m.language)
            lines += DrillDocument.feedback(answer.judgement, text, language: m.language, width: width)
            options = []
        default:
            options = []
        }
        let top = body.y + canvas.lines(lines, in: body)
        for (index, option) in options.enumerated() where top + index < body.maxY {
            let selected = index == drill.selected
            let row = Rect(x: body.x, y: top + index, width: body.width, height: 1)
            canvas.write([Span(selected ? "› " : "  ", style: Style(.accent, .bold)), Span("\(index + 1). ", style: Style(.muted)),
                          Span(option, style: selected ? Style(.selected, .reverse) : .normal)], x: row.x, y: row.y, clip: row)
            canvas.hit(row, .pick(index))
        }
    }

    /// The drill's end: rounds played, fully right, and the mastery that changed.
    static func summary(_ m: DrillHost, _ drill: DrillState, width: Int) -> [[Span]] {
        if drill.rounds.isEmpty { return [[Span(m.t(Strings.noOpenings), style: Style(.warning))]] }
        let after = AnswerHistory(answers: drill.before.answers + drill.added.answers,
                                  conceptAnswers: drill.before.conceptAnswers + drill.added.conceptAnswers)
        return DrillDocument.summary(played: drill.played, right: drill.right, before: drill.before, after: after, language: m.language, width: width)
    }
}
