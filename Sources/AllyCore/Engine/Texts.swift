/// Why a named type or a chosen strategy is right or wrong, in the domain's terms.
public enum Explanation {
    /// Explains naming `named` for a customer of type `truth`.
    public static func identification(named: CustomerType, truth: CustomerType, in language: Language) -> String {
        Texts.identification(named: named, truth: truth, credit: Credit.identification(named: named, truth: truth), language)
    }

    /// Explains choosing `chosen` for a customer of type `truth`.
    public static func strategy(chosen: StrategyFamily, truth: CustomerType, in language: Language) -> String {
        Texts.strategy(chosen: chosen, truth: truth, credit: Credit.strategy(chosen: chosen, truth: truth), language)
    }
}

/// The engine's own sentences, for feedback the scenario file does not author.
enum Texts {
    /// "the hostage type" in English, "het type gijzelaar" in Dutch. Three of the names are
    /// adjectives (tolerant, incompetent, intolerant), so "a tolerant" would not be a sentence;
    /// naming the type reads right for all nine.
    static func typePhrase(_ type: CustomerType, _ l: Language) -> String {
        l.text("engine.typePhrase", ["type": type.name(in: l)])
    }

    /// `text` with its first letter in upper case.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    static func identification(named: CustomerType, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let t = typePhrase(truth, l)
        let arguments = ["type": t, "Type": capitalized(t), "named": typePhrase(named, l),
                         "reminder": truth.reminder(in: l), "family": truth.family.name(in: l)]
        switch credit {
        case 1: return l.text("engine.identification.right", arguments)
        case 0.5: return l.text("engine.identification.partly", arguments)
        default: return l.text("engine.identification.wrong", arguments)
        }
    }

    static func strategy(chosen: StrategyFamily, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let best = truth.family.name(in: l), type = typePhrase(truth, l)
        let arguments = ["best": best, "Best": capitalized(best), "why": truth.family.summary(in: l),
                         "type": type, "Type": capitalized(type)]
        if Feedback.Judgement(credit: credit) == .right { return l.text("engine.strategy.right", arguments) }
        if credit < 0 { return l.text("engine.strategy.partingWays", arguments) }
        if truth.family == .partWays { return l.text("engine.strategy.lastResort", arguments) }
        return l.text("engine.strategy.wrong", arguments)
    }

    /// "Decider: makes the final choice." or "Not user but decider: …", then the author's
    /// explanation of this step, if any. (No article: "the empowerment" would not be English.)
    static func concept(_ kind: ConceptKind, chosen: String, truth: String, step: Step, _ l: Language) -> String {
        let right = kind.name(of: truth, in: l)
        let arguments = ["right": right, "Right": capitalized(right), "why": kind.reminder(of: truth, in: l),
                         "chosen": kind.name(of: chosen, in: l)]
        let head = l.text(chosen == truth ? "engine.concept.right" : "engine.concept.wrong", arguments)
        return head + (step.explanations[kind].map { " " + $0 } ?? "")
    }

    static func noFeedback(quality: Int, _ l: Language) -> String {
        l.text(quality == 2 ? "engine.noFeedback.strong" : "engine.noFeedback.better")
    }

    static func timedOut(_ l: Language) -> String {
        l.text("engine.timedOut")
    }

    static func quit(_ l: Language) -> String {
        l.text("engine.quit")
    }
}
