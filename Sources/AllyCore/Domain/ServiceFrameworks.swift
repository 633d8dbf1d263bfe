/// SERVQUAL's five dimensions of service quality; replies carry the ones they serve.
public enum ServqualDimension: String, CaseIterable, Sendable, Codable, Hashable {
    case reliability, responsiveness, assurance, empathy, tangibles

    /// The dimension's name in `language`.
    public func name(in language: Language) -> String {
        language.text("servqualDimension.\(rawValue).name")
    }
}

/// The five phases of the "fantastic service" sequence; every step belongs to one.
public enum ServicePhase: String, CaseIterable, Sendable, Codable, Hashable {
    /// Greet and welcome.
    case greet
    /// Find out the specific needs.
    case needs
    /// Meet them efficiently.
    case meet
    /// Check and re-check nothing was left out.
    case check
    /// Leave the door open.
    case door

    /// The phase's name in `language`.
    public func name(in language: Language) -> String {
        language.text("servicePhase.\(rawValue).name")
    }
}

/// Where a scenario ends on the satisfaction framework (performance against expectation).
public enum Outcome: String, CaseIterable, Sendable, Codable, Hashable {
    /// Performance above expectation: a loyal customer.
    case delighted
    /// Performance equal to expectation: a loyal customer.
    case satisfied
    /// Below expectation, but they complain: they can still be kept.
    case dissatisfiedComplaining = "dissatisfied-complaining"
    /// Below expectation and silent: they cannot be kept.
    case dissatisfiedSilent = "dissatisfied-silent"

    /// Whether the customer stays loyal. Only a loyal outcome can pass: losing the customer cannot.
    public var isLoyal: Bool { self == .delighted || self == .satisfied }

    /// 0 for the best outcome (delighted) to 3 for the worst (dissatisfied-silent).
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// The outcome's name in `language`.
    public func name(in language: Language) -> String {
        language.text("outcome.\(rawValue).name")
    }
}
