/// The drill's judgements and feedback, shared by `ally drill` and the full-screen drill.
public enum DrillText {
    /// RIGHT, PARTLY or WRONG for an answer's credit.
    public static func judge(_ credit: Double, _ language: Language) -> String {
        let en = language == .en
        return credit >= 1 ? (en ? "RIGHT" : "GOED") : credit > 0 ? (en ? "PARTLY" : "DEELS") : (en ? "WRONG" : "FOUT")
    }

    /// What the type was, and how to recognise it.
    public static func identifyFeedback(named: CustomerType, truth: CustomerType, _ language: Language) -> String {
        let reminder = truth.reminder(in: language)
        if named == truth { return "\(truth.name(in: language)): \(reminder)." }
        return language == .en
            ? "This is \(article(truth)) \(truth.name(in: language)), not \(article(named)) \(named.name(in: language)): \(reminder)."
            : "Dit is een \(truth.name(in: language)), geen \(named.name(in: language)): \(reminder)."
    }

    /// Which strategy family makes the type an ally.
    public static func strategyFeedback(chosen: StrategyFamily, truth: CustomerType, _ language: Language) -> String {
        let best = truth.family
        if chosen == best { return "\(best.name(in: language)): \(best.summary(in: language))." }
        return language == .en
            ? "\(article(truth) == "an" ? "An" : "A") \(truth.name(in: language)) is made an ally by \(best.name(in: language)): \(best.summary(in: language))."
            : "Een \(truth.name(in: language)) maakt u tot bondgenoot met \(best.name(in: language)): \(best.summary(in: language))."
    }

    /// "a" or "an" before an English type name.
    static func article(_ type: CustomerType) -> String {
        "aeiou".contains(type.rawValue.first!) ? "an" : "a"
    }
}
