/// SERVQUAL's five dimensions of service quality; replies carry the ones they serve.
public enum ServqualDimension: String, CaseIterable, Sendable, Codable, Hashable {
    case reliability, responsiveness, assurance, empathy, tangibles

    /// The dimension's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.reliability, .en): "reliability"
        case (.reliability, .nl): "betrouwbaarheid"
        case (.responsiveness, .en): "responsiveness"
        case (.responsiveness, .nl): "responsiviteit"
        case (.assurance, .en): "assurance"
        case (.assurance, .nl): "zekerheid"
        case (.empathy, .en): "empathy"
        case (.empathy, .nl): "empathie"
        case (.tangibles, .en): "tangibles"
        case (.tangibles, .nl): "tastbare zaken"
        }
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
        switch (self, language) {
        case (.greet, .en): "greet and welcome"
        case (.greet, .nl): "begroeten en welkom heten"
        case (.needs, .en): "find the needs"
        case (.needs, .nl): "behoeften vaststellen"
        case (.meet, .en): "meet them efficiently"
        case (.meet, .nl): "efficiënt invullen"
        case (.check, .en): "check and re-check"
        case (.check, .nl): "controleren en nogmaals controleren"
        case (.door, .en): "leave the door open"
        case (.door, .nl): "de deur openlaten"
        }
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
        switch (self, language) {
        case (.delighted, .en): "delighted (loyal)"
        case (.delighted, .nl): "verrukt (trouw)"
        case (.satisfied, .en): "satisfied (loyal)"
        case (.satisfied, .nl): "tevreden (trouw)"
        case (.dissatisfiedComplaining, .en): "dissatisfied, complains (can still be kept)"
        case (.dissatisfiedComplaining, .nl): "ontevreden, klaagt (kan behouden worden)"
        case (.dissatisfiedSilent, .en): "dissatisfied, silent (cannot be kept)"
        case (.dissatisfiedSilent, .nl): "ontevreden, zwijgt (kan niet behouden worden)"
        }
    }
}
