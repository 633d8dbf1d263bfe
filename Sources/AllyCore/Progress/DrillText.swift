/// The drill's judgements and feedback, shared by `ally drill` and the full-screen drill.
public enum DrillText {
    /// What the type was, and how to recognise it.
    public static func identifyFeedback(named: CustomerType, truth: CustomerType, _ language: Language) -> String {
        Explanation.identification(named: named, truth: truth, in: language)
    }

    /// Which strategy family makes the type an ally.
    public static func strategyFeedback(chosen: StrategyFamily, truth: CustomerType, _ language: Language) -> String {
        Explanation.strategy(chosen: chosen, truth: truth, in: language)
    }

    /// Whether a concept answer was right, and why, with the author's explanation of `step`.
    public static func conceptFeedback(kind: ConceptKind, chosen: String, truth: String, step: Step, _ language: Language) -> String {
        Texts.concept(kind, chosen: chosen, truth: truth, step: step, language)
    }
}
