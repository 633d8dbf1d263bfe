/// The engine's own sentences, for feedback the scenario file does not author.
enum Texts {
    static func identification(named: CustomerType, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let reminder = truth.reminder(in: l)
        let t = truth.name(in: l), n = named.name(in: l), family = truth.family.name(in: l)
        switch (credit, l) {
        case (1, .en): return "A \(t): \(reminder)."
        case (1, .nl): return "Een \(t): \(reminder)."
        case (0.5, .en): return "This is a \(t), not a \(n): \(reminder). Both call for \(family)."
        case (0.5, .nl): return "Dit is een \(t), geen \(n): \(reminder). Beide vragen om \(family)."
        case (_, .en): return "This is a \(t), not a \(n): \(reminder)."
        case (_, .nl): return "Dit is een \(t), geen \(n): \(reminder)."
        }
    }

    static func strategy(chosen: StrategyFamily, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let best = truth.family.name(in: l), why = truth.family.summary(in: l), t = truth.name(in: l)
        if credit >= 1 { return "\(best): \(why)." }
        if credit < 0 {
            return l == .en
                ? "Parting ways gives up a customer who could still become an ally: the worst choice. Use \(best): \(why)."
                : "Afscheid nemen geeft een klant op die nog bondgenoot kan worden: de slechtste keuze. Kies \(best): \(why)."
        }
        return l == .en
            ? "A \(t) becomes an ally through \(best): \(why)."
            : "Een \(t) wordt een bondgenoot door \(best): \(why)."
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
