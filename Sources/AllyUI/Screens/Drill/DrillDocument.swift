import AllyCore
import AllyTerminal

/// The drill's text, built once: the full-screen drill draws these lines, `ally drill` prints them.
///
/// The questions and their options are not part of it: each front end asks in its own way (a
/// selectable list, numbered lines read from standard input).
public enum DrillDocument {
    /// What a round shows before its question: the setting, a concept card's narration (the
    /// evidence, from the middle of a scenario), then the customer's words and the cues.
    public static func evidence(_ round: DrillRound, language: Language, width: Int) -> [[Span]] {
        guard let step = round.step else { return [] }
        var lines = DocumentScreen.wrap([Span(round.scenario.setting, style: Style(.muted))], width)
        if case .concept = round.card, let narration = step.narration {
            lines += DocumentScreen.wrap([Span(narration, style: Style(.muted))], width)
        }
        lines += DocumentScreen.wrap([Span(round.scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + step.say + "”")], width)
        if !step.cues.isEmpty { lines += DocumentScreen.wrap(Layout.cues(step.cues, language), width) }
        return lines
    }

    /// One answer's verdict and why.
    public static func feedback(_ judgement: Feedback.Judgement, _ text: String, language: Language, width: Int) -> [[Span]] {
        DocumentScreen.wrap([Span(judgement.verdict(language) + "  ", style: Style(judgement.role, .bold)), Span(text)], width)
    }

    /// The drill's end: rounds played and fully right, then what improved and what slipped.
    public static func summary(
        played: Int, right: Int, before: AnswerHistory, after: AnswerHistory, language: Language, width: Int
    ) -> [[Span]] {
        var out: [[Span]] = [DocumentScreen.heading(Strings.drillDone(played, right)(language)), []]
        let changes = DrillRule.changes(from: before, to: after)
        let improved = changes.filter { $0.after > ($0.before ?? 0) }
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        if improved.isEmpty {
            out += DocumentScreen.wrap([Span(Strings.nothingImproved(language), style: Style(.muted))], width)
        } else {
            out.append([Span(Strings.improved(language), style: Style(.title, .bold))])
            for change in improved {
                out.append([Span("  " + change.card.name(in: language) + ": "),
                            Span(change.before.map(percent) ?? Strings.new(language), style: Style(.muted)),
                            Span(" → " + percent(change.after), style: Style(.correct, .bold))])
            }
        }
        for change in changes where change.after < (change.before ?? 0) {
            out.append([Span("  " + Strings.slipped(language) + ": " + change.card.name(in: language) + " ", style: Style(.warning)),
                        Span(percent(change.before ?? 0) + " → " + percent(change.after), style: Style(.wrong))])
        }
        return out
    }
}
