/// The drill's judgements and feedback, shared by `ally drill` and the full-screen drill.
public enum DrillText {
    /// RIGHT, PARTLY or WRONG for an answer's credit.
    public static func judge(_ credit: Double, _ language: Language) -> String {
        let en = language == .en
        return credit >= 1 ? (en ? "RIGHT" : "GOED") : credit > 0 ? (en ? "PARTLY" : "DEELS") : (en ? "WRONG" : "FOUT")
    }

    /// What the type was, and how to recognise it.
    public static func identifyFeedback(named: CustomerType, truth: CustomerType, _ language: Language) -> String {
        Explanation.identification(named: named, truth: truth, in: language)
    }

    /// Which strategy family makes the type an ally.
    public static func strategyFeedback(chosen: StrategyFamily, truth: CustomerType, _ language: Language) -> String {
        Explanation.strategy(chosen: chosen, truth: truth, in: language)
    }
}
