/// The nine customer types of the study notes, by how they react to service.
public enum CustomerType: String, CaseIterable, Sendable, Codable, Hashable {
    case ally, tolerant, patient, incompetent, victim, hostage, intolerant, anarchist, terrorist

    /// The type's name in `language` ("hostage" is "gijzelaar" in Dutch).
    public func name(in language: Language) -> String {
        language.text("customerType.\(rawValue).name")
    }

    /// A one-line reminder of how this type reacts to service, shown beside the choice.
    public func reminder(in language: Language) -> String {
        language.text("customerType.\(rawValue).reminder")
    }

    /// The strategy family that makes this type an ally.
    public var family: StrategyFamily {
        switch self {
        case .ally: .keepAndLeverage
        case .tolerant, .patient: .informAndInvolve
        case .incompetent, .victim: .guideAndSupport
        case .hostage, .intolerant, .anarchist: .harnessNegativeEnergy
        // The notes: very hard to win over; sometimes the relationship has to end.
        case .terrorist: .partWays
        }
    }

    /// The family that earns partial credit (0.5) for this type, where the notes support one.
    ///
    /// Only the terrorist has one: trying to harness the energy is a reasonable, if rarely
    /// successful, attempt before parting ways.
    public var partialFamily: StrategyFamily? {
        self == .terrorist ? .harnessNegativeEnergy : nil
    }

    /// Whether parting ways is a legitimate last resort for this type.
    ///
    /// For every other type, parting ways gives up a customer who could still become an ally:
    /// the worst strategy there is.
    public var partingWaysIsLastResort: Bool {
        switch self {
        case .hostage, .intolerant, .anarchist, .terrorist: true
        default: false
        }
    }

    /// The types this one can turn into, as the notes describe; every type but the ally can also be won over.
    public var typicalChanges: [CustomerType] {
        switch self {
        case .patient: [.hostage, .anarchist, .ally]
        case .intolerant: [.terrorist, .ally]
        case .tolerant, .incompetent, .victim, .hostage, .anarchist, .terrorist: [.ally]
        case .ally: []
        }
    }
}
