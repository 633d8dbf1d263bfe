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
        l == .en ? "the \(type.name(in: l)) type" : "het type \(type.name(in: l))"
    }

    /// `text` with its first letter in upper case.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    static func identification(named: CustomerType, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let reminder = truth.reminder(in: l)
        let t = typePhrase(truth, l), n = typePhrase(named, l), family = truth.family.name(in: l)
        switch (credit, l) {
        case (1, _): return "\(capitalized(t)): \(reminder)."
        case (0.5, .en): return "This is \(t), not \(n): \(reminder). Both call for \(family)."
        case (0.5, .nl): return "Dit is \(t), niet \(n): \(reminder). Beide vragen om \(family)."
        case (_, .en): return "This is \(t), not \(n): \(reminder)."
        case (_, .nl): return "Dit is \(t), niet \(n): \(reminder)."
        }
    }

    static func strategy(chosen: StrategyFamily, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let best = truth.family.name(in: l), why = truth.family.summary(in: l)
        if Feedback.Judgement(credit: credit) == .right { return "\(capitalized(best)): \(why)." }
        if credit < 0 {
            return l == .en
                ? "Parting ways gives up a customer who could still become an ally: the worst choice. Use \(best): \(why)."
                : "Afscheid nemen geeft een klant op die nog bondgenoot kan worden: de slechtste keuze. Kies \(best): \(why)."
        }
        let who = capitalized(typePhrase(truth, l))
        if truth.family == .partWays {
            return l == .en
                ? "With \(typePhrase(truth, l)), \(best) is the answer: \(why)."
                : "Bij \(typePhrase(truth, l)) is \(best) het antwoord: \(why)."
        }
        return l == .en
            ? "\(who) becomes an ally through \(best): \(why)."
            : "\(who) wordt een bondgenoot door \(best): \(why)."
    }

    /// "Decider: makes the final choice." or "Not user but decider: …", then the author's
    /// explanation of this step, if any. (No article: "the empowerment" would not be English.)
    static func concept(_ kind: ConceptKind, chosen: String, truth: String, step: Step, _ l: Language) -> String {
        let right = kind.name(of: truth, in: l), why = kind.reminder(of: truth, in: l)
        let head = chosen == truth
            ? "\(capitalized(right)): \(why)."
            : (l == .en ? "Not \(kind.name(of: chosen, in: l)) but \(right): \(why)."
                        : "Niet \(kind.name(of: chosen, in: l)) maar \(right): \(why).")
        return head + (step.explanations[kind].map { " " + $0 } ?? "")
    }

    static func noFeedback(quality: Int, _ l: Language) -> String {
        switch (quality, l) {
        case (2, .en): return "A strong reply."
        case (2, .nl): return "Een sterk antwoord."
        case (_, .en): return "There was a better reply."
        case (_, .nl): return "Er was een beter antwoord."
        }
    }

    static func timedOut(_ l: Language) -> String {
        l == .en ? "You waited too long: a slow answer is bad service." : "Je wachtte te lang: een traag antwoord is slechte service."
    }

    static func quit(_ l: Language) -> String {
        l == .en ? "You left the conversation." : "Je hebt het gesprek verlaten."
    }
}
