/// The five families of strategy that turn a customer into an ally.
public enum StrategyFamily: String, CaseIterable, Sendable, Codable, Hashable {
    case keepAndLeverage = "keep-and-leverage"
    case informAndInvolve = "inform-and-involve"
    case guideAndSupport = "guide-and-support"
    case harnessNegativeEnergy = "harness-negative-energy"
    case partWays = "part-ways"

    /// The family's name in `language`.
    public func name(in language: Language) -> String {
        Self.name(self)(language)
    }

    /// What the family asks of the employee, in one line.
    public func summary(in language: Language) -> String {
        Self.summary(self)(language)
    }

    /// The customer types for whom this family is the recommended one.
    public var types: [CustomerType] {
        CustomerType.allCases.filter { $0.family == self }
    }

    private static func name(_ value: StrategyFamily) -> Localized {
        // A switch, not a dictionary: no hashing, nothing for the runtime to look up at launch.
        switch value {
        case .keepAndLeverage: Localized(en: "keep & leverage", nl: "behouden & benutten")
        case .informAndInvolve: Localized(en: "inform & involve", nl: "informeren & betrekken")
        case .guideAndSupport: Localized(en: "guide & support", nl: "begeleiden & ondersteunen")
        case .harnessNegativeEnergy: Localized(en: "harness negative energy", nl: "negatieve energie benutten")
        case .partWays: Localized(en: "part ways", nl: "afscheid nemen")
        }
    }

    private static func summary(_ value: StrategyFamily) -> Localized {
        switch value {
        case .keepAndLeverage: Localized(
            en: "keep them engaged, ask for their feedback, let their word work for you",
            nl: "betrokken houden, om feedback vragen, hun woord voor je laten werken")
        case .informAndInvolve: Localized(
            en: "explain, communicate well, involve them in shaping the process",
            nl: "uitleggen, goed communiceren, betrekken bij het vormgeven van het proces")
        case .guideAndSupport: Localized(
            en: "take them by the hand through the procedure and support them",
            nl: "neem ze bij de hand door de procedure en ondersteun ze")
        case .harnessNegativeEnergy: Localized(
            en: "involve them personally in the organisation and its processes",
            nl: "betrek ze persoonlijk bij de organisatie en haar processen")
        case .partWays: Localized(
            en: "end the relationship calmly and firmly, protecting the other customers",
            nl: "de relatie rustig en beslist beëindigen, en de andere klanten beschermen")
        }
    }
}
