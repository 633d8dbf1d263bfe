import AllyCore
import AllyTerminal

/// The drill: a customer's opening line and cues, the type question, then the strategy
/// question, the round's feedback, and at the end what improved.
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
        var lines: [[Span]] = []
        if let step = round.scenario.step(round.scenario.start) {
            lines += DocumentScreen.wrap([Span(round.scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + step.say + "”")], width)
            if !step.cues.isEmpty {
                lines += DocumentScreen.wrap(Layout.cues(step.cues, m), width)
            }
        }
        lines.append([])
        let options: [String]
        switch drill.stage {
        case .type:
            lines.append(DocumentScreen.heading(t(Strings.askIdentify)))
            options = CustomerType.allCases.map { $0.name(in: m.language) }
        case .family(let named):
            lines.append([Span("✓ ", style: Style(.muted)), Span(named.name(in: m.language), style: Style(.muted))])
            lines.append(DocumentScreen.heading(t(Strings.askStrategy)))
            options = StrategyFamily.allCases.map { $0.name(in: m.language) }
        case .feedback(let named, let chosen):
            let identify = Answer.identify(named, truth: round.truth, time: 0)
            let strategy = Answer.strategy(chosen, truth: round.truth, time: 0)
            for (answer, text) in [(identify, DrillText.identifyFeedback(named: named, truth: round.truth, m.language)),
                                   (strategy, DrillText.strategyFeedback(chosen: chosen, truth: round.truth, m.language))] {
                lines += DocumentScreen.wrap([Span(t(answer.judgement.verdict) + "  ", style: Style(answer.judgement.role, .bold)), Span(text)], width)
            }
            options = []
        case .done:
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
        let t = m.t
        if drill.rounds.isEmpty { return [[Span(t(Strings.noOpenings), style: Style(.warning))]] }
        let pairs = stride(from: 0, to: drill.added.count - 1, by: 2).map { (drill.added[$0], drill.added[$0 + 1]) }
        let right = pairs.filter { $0.0.judgement == .right && $0.1.judgement == .right }.count
        var out: [[Span]] = [DocumentScreen.heading(t(Strings.drillDone(pairs.count, right))), []]
        let changes = Mastery.changes(from: Mastery.byType(drill.before), to: Mastery.byType(drill.before + drill.added))
        let improved = changes.filter { $0.after > ($0.before ?? 0) }
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        if improved.isEmpty {
            out += DocumentScreen.wrap([Span(t(Strings.nothingImproved), style: Style(.muted))], width)
        } else {
            out.append([Span(t(Strings.improved), style: Style(.title, .bold))])
            for change in improved {
                out.append([Span("  " + change.type.name(in: m.language) + ": "),
                            Span(change.before.map(percent) ?? t(Strings.new), style: Style(.muted)),
                            Span(" → " + percent(change.after), style: Style(.correct, .bold))])
            }
        }
        for change in changes where change.after < (change.before ?? 0) {
            out.append([Span("  " + t(Strings.slipped) + ": " + change.type.name(in: m.language) + " ", style: Style(.warning)),
                        Span(percent(change.before ?? 0) + " → " + percent(change.after), style: Style(.wrong))])
        }
        return out
    }
}
