import AllyCore
import AllyReporting
import AllyTerminal

/// A recorded attempt as text, decision by decision: the screen shows one decision at a time,
/// `ally replay` prints them all. One replay for both.
public enum ReplayDocument {
    /// Every decision of `replay` in turn (a step's words once, where it starts), then how it ended;
    /// labels in `language`, laid out for `width` columns.
    public static func build(_ replay: AttemptReplay, language: Language, weights: ScoringWeights = .standard, width: Int) -> Document {
        var document = Document()
        for item in replay.decisions {
            if item.startsStep, !document.lines.isEmpty { document.append([]) }
            document += decision(item, of: replay.scenario, language: language, showingStep: item.startsStep, width: width)
        }
        document += ending(replay, language: language, weights: weights, width: width)
        return document
    }

    /// One decision: the step's words and cues (when `showingStep`), what was chosen and what was
    /// ideal, the feedback, a type change and the conversation's end.
    static func decision(_ item: ReplayDecision, of scenario: Scenario, language: Language, showingStep: Bool, width: Int) -> [[Span]] {
        let t = { (text: Localized) in text(language) }
        let l = scenario.language
        let step = item.step
        var out: [[Span]] = []
        if showingStep {
            out.append(DocumentScreen.heading(t(Strings.replayStep(item.stepNumber, step.phase.name(in: l)))))
            out += DocumentScreen.wrap([
                Span(scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + step.say + "”"),
            ], width)
            if !step.cues.isEmpty {
                out += DocumentScreen.wrap(Layout.cues(step.cues, language), width)
            }
            out.append([])
        }
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
            out += DocumentScreen.wrap([Span("⇄ " + t(Strings.typeChange(scenario.customer.name, to: change.to.name(in: l), from: change.from.name(in: l))), style: Style(.warning, .bold))], width)
        }
        if let closing = item.feedback.closing {
            out.append([])
            if let narration = closing.narration { out += DocumentScreen.wrap([Span(narration)], width) }
            out += DocumentScreen.wrap([
                Span(scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + closing.say + "”"),
            ], width)
        }
        return out
    }

    /// How the attempt ended: a decision that no longer fits the stored scenario, and the score with its parts.
    static func ending(_ replay: AttemptReplay, language: Language, weights: ScoringWeights, width: Int) -> [[Span]] {
        let t = { (text: Localized) in text(language) }
        var out: [[Span]] = []
        if let index = replay.misfitIndex {
            out.append([])
            out += DocumentScreen.wrap([Span(t(Strings.misfit(index + 1)), style: Style(.warning))], width)
            if let reason = replay.misfitReason { out += DocumentScreen.wrap([Span("  " + reason, style: Style(.muted))], width, indent: 2) }
        }
        if let score = Score(replay.final, in: replay.scenario, weights: weights) {
            out.append([])
            out.append([Span(t(Strings.finalScore(score.total, score.outcome.name(in: language))), style: Style(.accent, .bold))])
            for part in score.parts where part.value != nil {
                out.append([Span("  " + part.part.name(in: language) + ": ", style: Style(.muted)),
                            Span("\(Int(part.points.rounded()))/\(Int(part.maximum.rounded()))")])
            }
        }
        return out
    }
}
