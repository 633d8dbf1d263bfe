import AllyCore
import AllyTerminal

/// A step of a scenario's play as text, built once: the play screen draws it, `ally play --plain`
/// prints it. The customer's words, and the feedback on a decision.
public enum PlayDocument {
    /// The narration, the customer's words and the cues of `step`. Content keeps the default
    /// foreground (colour is for chrome): dim blue on black was hard to read.
    public static func customer(_ step: Step?, language: Language) -> [Span] {
        var spans: [Span] = []
        if let narration = step?.narration, !narration.isEmpty {
            // Told by a narrator: not in quotes, apart from what the customer says.
            spans.append(Span(narration + "\n"))
        }
        spans.append(Span("“" + (step?.say ?? "") + "”"))
        if let cues = step?.cues, !cues.isEmpty {
            spans.append(Span("\n"))
            spans += Layout.cues(cues, language)
        }
        return spans
    }

    /// The feedback on a decision: the verdict, what was chosen, why, a type change, and the end
    /// of the conversation when it ends here.
    public static func feedback(_ feedback: Feedback, chosen: String, of scenario: Scenario, language: Language) -> [Span] {
        let t = { (text: Localized) in text(language) }
        var spans = [
            Span(t(feedback.judgement.verdict), style: Style(feedback.judgement.role, .bold)),
            Span("   " + t(Strings.youChose) + ": ", style: Style(.muted)),
            Span(chosen + "\n"),
            Span(feedback.message + "\n"),
        ]
        if let change = feedback.typeChange {
            let l = scenario.language
            spans.append(Span(
                "⇄ " + t(Strings.typeChange(scenario.customer.name, to: change.to.name(in: l), from: change.from.name(in: l))) + "\n",
                style: Style(.warning, .bold)))
        }
        if let closing = feedback.closing, let outcome = feedback.outcome {
            spans.append(Span(t(Strings.conversationEnds) + ": ", style: Style(.muted)))
            if let narration = closing.narration { spans.append(Span(narration + " ")) }
            spans.append(Span("“" + closing.say + "” "))
            spans.append(Span("— " + outcome.name(in: language), style: Style(outcome.isLoyal ? .correct : .wrong)))
        }
        return spans
    }

    /// What the trainee chose, as the play screen names it.
    public static func chosen(_ decision: Decision, at step: Step?, language: Language) -> String {
        switch decision {
        case .identify(let type): type.name(in: language)
        case .strategy(let family): family.name(in: language)
        case .concept(let kind, let answer): kind.name(of: answer, in: language)
        case .reply(let index): step?.choices[safe: index]?.text ?? ""
        case .timeOut, .quit: Strings.timeUp(language)
        }
    }
}
