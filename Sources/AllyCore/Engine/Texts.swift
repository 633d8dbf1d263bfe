/// The engine's own sentences, for feedback the scenario file does not author.
enum Texts {
    static func identification(named: CustomerType, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let reminder = truth.reminder(in: l)
        switch (credit, l) {
        case (1, .en): return "Right: a \(truth.name(in: l)) — \(reminder)."
        case (1, .nl): return "Goed: een \(truth.name(in: l)) — \(reminder)."
        case (0.5, .en):
            return "Close: this is a \(truth.name(in: l)), not a \(named.name(in: l)) — \(reminder). "
                + "Both call for \(truth.family.name(in: l))."
        case (0.5, .nl):
            return "Bijna: dit is een \(truth.name(in: l)), geen \(named.name(in: l)) — \(reminder). "
                + "Beide vragen om \(truth.family.name(in: l))."
        case (_, .en): return "No: this is a \(truth.name(in: l)), not a \(named.name(in: l)) — \(reminder)."
        case (_, .nl): return "Nee: dit is een \(truth.name(in: l)), geen \(named.name(in: l)) — \(reminder)."
        }
    }

    static func strategy(chosen: StrategyFamily, truth: CustomerType, credit: Double, _ l: Language) -> String {
        let best = truth.family
        let why = best.summary(in: l)
        if credit >= 1 {
            return l == .en ? "Right: \(best.name(in: l)) — \(why)." : "Goed: \(best.name(in: l)) — \(why)."
        }
        if credit < 0 {
            return l == .en
                ? "The worst choice: parting ways gives up a customer who could still become an ally. "
                    + "Use \(best.name(in: l)) — \(why)."
                : "De slechtste keuze: afscheid nemen geeft een klant op die nog bondgenoot kan worden. "
                    + "Kies \(best.name(in: l)) — \(why)."
        }
        let prefix = credit > 0 ? (l == .en ? "Partly" : "Gedeeltelijk") : (l == .en ? "No" : "Nee")
        return l == .en
            ? "\(prefix): a \(truth.name(in: l)) is made an ally by \(best.name(in: l)) — \(why)."
            : "\(prefix): een \(truth.name(in: l)) maakt u tot bondgenoot met \(best.name(in: l)) — \(why)."
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
        l == .en ? "You waited too long: a slow answer is bad service." : "U wachtte te lang: een traag antwoord is slechte service."
    }

    static func quit(_ l: Language) -> String {
        l == .en ? "You left the conversation." : "U hebt het gesprek verlaten."
    }
}
