/// The rules that turn one decision into credit (the scoring table of the design).
public enum Credit {
    /// Naming a type: exact 1.0, a type of the same strategy family 0.5, otherwise 0.
    public static func identification(named: CustomerType, truth: CustomerType) -> Double {
        if named == truth { return 1 }
        return named.family == truth.family ? 0.5 : 0
    }

    /// Answering a concept question: the right answer 1, any other 0 (each set is closed and has
    /// one answer per situation, so there is no partial credit).
    public static func concept(chosen: String?, truth: String) -> Double { chosen == truth ? 1 : 0 }

    /// The credit for parting ways with a customer who could still become an ally: below any other choice.
    public static let worstStrategy: Double = -1

    /// The default credit for parting ways where it is a legitimate last resort.
    public static let lastResort: Double = 0.25

    /// The credit for the one other family the notes support for a type (`CustomerType.partialFamily`).
    public static let supportedAlternative: Double = 0.5

    /// Picking a strategy family: the recommended one 1.0; the alternative the notes support 0.5;
    /// parting ways 0.25 as a last resort, or the worst score (-1) with a customer who could still
    /// become an ally; otherwise 0. No credit across families beyond what the notes support.
    public static func strategy(chosen: StrategyFamily, truth: CustomerType) -> Double {
        if chosen == truth.family { return 1 }
        if chosen == truth.partialFamily { return supportedAlternative }
        if chosen == .partWays { return truth.partingWaysIsLastResort ? lastResort : worstStrategy }
        return 0
    }

    /// A reply's quality normalised over what the step offered: the best 1.0, the worst 0.
    public static func quality(_ quality: Int, in range: ClosedRange<Int>) -> Double {
        guard range.upperBound > range.lowerBound else { return 1 }
        return Double(quality - range.lowerBound) / Double(range.upperBound - range.lowerBound)
    }

    /// The outcome on the satisfaction framework: delighted 1.0, satisfied 0.8,
    /// dissatisfied-complaining 0.4, dissatisfied-silent 0.
    public static func outcome(_ outcome: Outcome) -> Double {
        switch outcome {
        case .delighted: 1
        case .satisfied: 0.8
        case .dissatisfiedComplaining: 0.4
        case .dissatisfiedSilent: 0
        }
    }
}
