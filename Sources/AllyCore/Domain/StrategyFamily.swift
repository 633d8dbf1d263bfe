/// The five families of strategy that turn a customer into an ally.
public enum StrategyFamily: String, CaseIterable, Sendable, Codable, Hashable {
    case keepAndLeverage = "keep-and-leverage"
    case informAndInvolve = "inform-and-involve"
    case guideAndSupport = "guide-and-support"
    case harnessNegativeEnergy = "harness-negative-energy"
    case partWays = "part-ways"

    /// The family's name in `language`.
    public func name(in language: Language) -> String {
        language.text("strategyFamily.\(rawValue).name")
    }

    /// What the family asks of the employee, in one line.
    public func summary(in language: Language) -> String {
        language.text("strategyFamily.\(rawValue).summary")
    }

    /// The customer types for whom this family is the recommended one.
    public var types: [CustomerType] {
        CustomerType.allCases.filter { $0.family == self }
    }
}
