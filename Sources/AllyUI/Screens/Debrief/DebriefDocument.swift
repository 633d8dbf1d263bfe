import AllyCore
import AllyReporting
import AllyTerminal

/// The debrief: score bars, your path beside the ideal one, the feedback of every wrong
/// decision, SERVQUAL, the outcome and the time per decision.
public enum DebriefDocument {
    /// The debrief of `state` in `language`, laid out for `width` columns.
    public static func build(_ state: DebriefState, language: Language, width: Int) -> Document {
        Document(lines(state, language: language, width: width))
    }

    static func lines(_ state: DebriefState, language: Language, width: Int) -> [[Span]] {
        let t = { (text: Localized) in text(language) }
        var out: [[Span]] = []
        guard let debrief = state.debrief else {
            out += DocumentScreen.wrap([Span(t(Strings.attemptLeft), style: Style(.warning))], width)
            return out
        }
        // Score per part, as bars.
        out.append(DocumentScreen.heading(t(Strings.scoreSection)))
        let labelWidth = ScorePart.allCases.map { $0.name(in: language).displayWidth }.max()! + 3
        let barWidth = max(10, min(40, width - labelWidth - 16))
        for part in debrief.score.shownParts {
            var line = [Span("  " + TextLayout.pad(part.part.name(in: language), width: labelWidth - 2))]
            guard let value = part.value else {
                line.append(Span(t(Strings.notTested), style: Style(.muted)))
                out.append(line)
                continue
            }
            let fraction = part.maximum > 0 ? max(0, part.points) / part.maximum : 0
            let (filled, empty) = Gauge.bar(fraction: fraction, width: barWidth)
            let role: Role = value >= 1 ? .meterGood : (value > 0.4 ? .meterMid : .meterBad)
            line.append(Span(filled, style: Style(role)))
            line.append(Span(empty, style: Style(.muted)))
            line.append(Span("  \(Int(part.points.rounded()))/\(Int(part.maximum.rounded()))"))
            out.append(line)
        }
        out.append([Span(String(repeating: " ", count: labelWidth)),
                    Span(t(Strings.total(debrief.score.total)), style: Style(.accent, .bold))])
        out.append([])
        // The outcome on the satisfaction framework.
        out += DocumentScreen.wrap([
            Span(t(Strings.outcome) + ": ", style: Style(.title, .bold)),
            Span(debrief.outcome.name(in: language), style: Style(debrief.outcome.isLoyal ? .correct : .wrong, .bold)),
            Span(state.scenario.closing(of: state.state).map { "  “" + $0.say + "”" } ?? ""),
        ], width)
        if !debrief.outcome.isLoyal {
            out += DocumentScreen.wrap([Span(t(Strings.customerLost), style: Style(.wrong))], width)
        }
        if state.play.untimed {
            out += DocumentScreen.wrap([Span(t(Strings.playedUntimed), style: Style(.muted))], width)
        }
        // The customer turning into another type is the debrief's best lesson: name it, with the reply that did it.
        let scenario = state.scenario
        for verdict in state.state.record {
            guard let change = verdict.typeChange, let step = scenario.step(verdict.stepID) else { continue }
            var spans = [
                Span("⇄ ", style: Style(.warning, .bold)),
                Span(t(Strings.typeChange(scenario.customer.name, to: change.to.name(in: scenario.language),
                                          from: change.from.name(in: scenario.language))), style: Style(.warning, .bold)),
            ]
            if case .reply(let index) = verdict.kind, step.choices.indices.contains(index) {
                spans.append(Span("\n  " + t(Strings.afterReply) + ": ", style: Style(.muted)))
                spans.append(Span("“" + step.choices[index].text + "”"))
            }
            out += DocumentScreen.wrap(spans, width, indent: 2)
        }
        out.append([])
        // Your path beside the ideal one.
        let timeWidth = 8
        let column = max(10, (width - 2 - timeWidth - 2) / 2)
        out.append([Span("  " + TextLayout.pad(t(Strings.yourPath), width: column + 1), style: Style(.title, .bold)),
                    Span(TextLayout.pad(t(Strings.idealPath), width: column + 1), style: Style(.title, .bold)),
                    Span(TextLayout.pad(t(Strings.time), width: timeWidth, alignment: .right), style: Style(.muted))])
        for line in debrief.lines {
            let mark = Span(line.judgement.mark + " ", style: Style(line.judgement.role, .bold))
            let yours = TextLayout.wrap(line.yours, width: column)
            let ideal = line.isRight ? [""] : TextLayout.wrap(line.ideal, width: column)
            for row in 0..<max(yours.count, ideal.count) {
                var spans = [row == 0 ? mark : Span("  ")]
                spans.append(Span(TextLayout.pad(row < yours.count ? yours[row] : "", width: column + 1), style: line.isRight ? .normal : Style(.wrong)))
                spans.append(Span(TextLayout.pad(row < ideal.count ? ideal[row] : "", width: column + 1), style: Style(.correct)))
                if row == 0 {
                    spans.append(Span(TextLayout.pad(t(Strings.seconds(line.seconds)), width: timeWidth, alignment: .right), style: Style(.muted)))
                }
                out.append(spans)
            }
        }
        out.append([Span("  " + TextLayout.pad(t(Strings.totalTime), width: 2 * column + 2)),
                    Span(TextLayout.pad(t(Strings.seconds(debrief.totalSeconds)), width: timeWidth, alignment: .right), style: Style(.accent))])
        let times = debrief.lines.map(\.seconds)
        if times.count > 1 {
            let label = t(Strings.timeSparkline) + " "
            let range = "  " + t(Strings.seconds(times.min() ?? 0)) + " – " + t(Strings.seconds(times.max() ?? 0))
            let room = max(1, width - 2 - label.displayWidth - range.displayWidth)
            out.append([Span("  " + label, style: Style(.muted)), Span(Sparkline(times, minimum: 0).characters(width: room), style: Style(.accent)),
                        Span(range, style: Style(.muted))])
        }
        out.append([])
        // Feedback on every wrong decision.
        out.append(DocumentScreen.heading(t(Strings.whatWentWrong)))
        let wrong = debrief.lines.filter { !$0.isRight }
        if wrong.isEmpty {
            out.append([Span("  " + t(Strings.allRight), style: Style(.correct))])
        }
        for line in wrong {
            out += DocumentScreen.wrap([
                Span(line.judgement.mark + " ", style: Style(line.judgement.role, .bold)), Span(line.yours, style: Style(.wrong)),
                Span(" — " + (line.feedback ?? "")),
            ], width, indent: 2)
        }
        out.append([])
        // SERVQUAL dimensions served.
        out.append(DocumentScreen.heading(t(Strings.servqualServed)))
        var servqual: [Span] = [Span("  ")]
        for dimension in ServqualDimension.allCases {
            let count = debrief.servqual[dimension] ?? 0
            servqual.append(Span((count > 0 ? "● " : "○ ") + dimension.name(in: language) + (count > 1 ? " ×\(count)" : "") + "   ",
                                 style: count > 0 ? Style(.correct) : Style(.muted)))
        }
        out += DocumentScreen.wrap(servqual, width)
        out.append([])
        // The ideal path through the scenario, reply by reply.
        out.append(DocumentScreen.heading(t(Strings.idealRoute)))
        for (index, reply) in debrief.idealPath.enumerated() {
            let number = "  \(index + 1). "
            out += DocumentScreen.wrap([Span(number, style: Style(.muted)), Span(reply, style: Style(.correct))], width, indent: number.count)
        }
        if let run = state.course, run.index + 1 >= run.scenarioIDs.count {
            out.append([])
            out.append([Span(t(Strings.courseDone), style: Style(.accent))])
        }
        return out
    }
}

