/// The notes' frameworks beyond the customer types, each decided in play as a question with a closed
/// set of answers: who in the decision-making unit this person is, which service gap caused what the
/// trainee sees, how the organisation should handle the complaint, what (or whose satisfaction) to
/// measure, which characteristic of service a reply serves, what to put right first (Kamin's basics
/// before specifics) and what dividing customers into segments tells the organisation.
public enum ConceptKind: String, CaseIterable, Sendable, Codable, Hashable {
    case role, gap, handling, measure, dimension, basics, segment

    /// The answers, by their ids in the scenario format, in the order the trainee sees them.
    public var answers: [String] {
        switch self {
        case .role: DecisionRole.allCases.map(\.rawValue)
        case .gap: ServiceGap.allCases.map(\.rawValue)
        case .handling: ComplaintHandling.allCases.map(\.rawValue)
        case .measure: MeasureTarget.allCases.map(\.rawValue)
        case .dimension: ServqualDimension.allCases.map(\.rawValue)
        case .basics: KaminConcern.allCases.map(\.rawValue)
        case .segment: SegmentBenefit.allCases.map(\.rawValue)
        }
    }

    /// The name of answer `id` in `language` (the id itself if it is not one of this kind's answers).
    public func name(of id: String, in language: Language) -> String {
        switch self {
        case .role: DecisionRole(rawValue: id)?.name(in: language) ?? id
        case .gap: ServiceGap(rawValue: id)?.name(in: language) ?? id
        case .handling: ComplaintHandling(rawValue: id)?.name(in: language) ?? id
        case .measure: MeasureTarget(rawValue: id)?.name(in: language) ?? id
        case .dimension: ServqualDimension(rawValue: id)?.name(in: language) ?? id
        case .basics: KaminConcern(rawValue: id)?.name(in: language) ?? id
        case .segment: SegmentBenefit(rawValue: id)?.name(in: language) ?? id
        }
    }

    /// A one-line reminder of what answer `id` means, shown beside it as the types' reminders are.
    public func reminder(of id: String, in language: Language) -> String {
        switch self {
        case .role: DecisionRole(rawValue: id)?.reminder(in: language) ?? ""
        case .gap: ServiceGap(rawValue: id)?.reminder(in: language) ?? ""
        case .handling: ComplaintHandling(rawValue: id)?.reminder(in: language) ?? ""
        case .measure: MeasureTarget(rawValue: id)?.reminder(in: language) ?? ""
        case .dimension: ServqualDimension(rawValue: id)?.reminder(in: language) ?? ""
        case .basics: KaminConcern(rawValue: id)?.reminder(in: language) ?? ""
        case .segment: SegmentBenefit(rawValue: id)?.reminder(in: language) ?? ""
        }
    }

    /// The question the trainee is asked, in `language`.
    public func question(in language: Language) -> String {
        language.text("conceptKind.\(rawValue).question")
    }

    /// The kind's name in `language`, for the debrief and feedback.
    public func name(in language: Language) -> String {
        language.text("conceptKind.\(rawValue).name")
    }
}

/// The roles in a decision-making unit: who is really the customer.
public enum DecisionRole: String, CaseIterable, Sendable, Codable, Hashable {
    case initiator, user, influencer, gatekeeper, decider, approver, buyer, purchaser

    /// The role's name in `language`.
    public func name(in language: Language) -> String {
        language.text("decisionRole.\(rawValue).name")
    }

    /// What the role does, in one line.
    public func reminder(in language: Language) -> String {
        language.text("decisionRole.\(rawValue).reminder")
    }
}

/// The gaps of the service-gap model, in the order a service passes them.
public enum ServiceGap: String, CaseIterable, Sendable, Codable, Hashable {
    case knowledge, standards, delivery, positioning

    /// The gap's name in `language`.
    public func name(in language: Language) -> String {
        language.text("serviceGap.\(rawValue).name")
    }

    /// Where the service goes wrong, in one line.
    public func reminder(in language: Language) -> String {
        language.text("serviceGap.\(rawValue).reminder")
    }
}

/// How an organisation can take in and settle a complaint.
public enum ComplaintHandling: String, CaseIterable, Sendable, Codable, Hashable {
    case empowerment, routing, central, decentral

    /// The way's name in `language`.
    public func name(in language: Language) -> String {
        language.text("complaintHandling.\(rawValue).name")
    }

    /// What it means, in one line.
    public func reminder(in language: Language) -> String {
        language.text("complaintHandling.\(rawValue).reminder")
    }
}

/// What to measure of customer satisfaction, and whose.
public enum MeasureTarget: String, CaseIterable, Sendable, Codable, Hashable {
    case overallSatisfaction = "overall-satisfaction", loyalty, referrals, bigCustomers = "big-customers", outspoken

    /// The target's name in `language`.
    public func name(in language: Language) -> String {
        language.text("measureTarget.\(rawValue).name")
    }

    /// What it tells, in one line.
    public func reminder(in language: Language) -> String {
        language.text("measureTarget.\(rawValue).reminder")
    }
}

extension ServqualDimension {
    /// What the dimension asks of a reply, in one line.
    public func reminder(in language: Language) -> String {
        language.text("servqualDimension.\(rawValue).reminder")
    }
}

/// What a customer judges, in Kamin's order: the basics are seen first (the surroundings, whether
/// help is at hand) and colour the rest; only once they are in order do the specifics count.
public enum KaminConcern: String, CaseIterable, Sendable, Codable, Hashable {
    case surroundings, availability, reliability, price, friendliness, aftercare

    /// Whether this is one of the basics, which come before every specific.
    public var isBasic: Bool { self == .surroundings || self == .availability }

    /// The concern's name in `language`.
    public func name(in language: Language) -> String {
        language.text("kaminConcern.\(rawValue).name")
    }

    /// What it covers, in one line: the two basics say so, as the notes put them first.
    public func reminder(in language: Language) -> String {
        language.text("kaminConcern.\(rawValue).reminder")
    }
}

/// What a service organisation learns by dividing its customers into segments (the notes' list).
public enum SegmentBenefit: String, CaseIterable, Sendable, Codable, Hashable {
    case who, expectations, process, approach, participation, reactions

    /// The benefit's name in `language`.
    public func name(in language: Language) -> String {
        language.text("segmentBenefit.\(rawValue).name")
    }

    /// What it means, in one line.
    public func reminder(in language: Language) -> String {
        language.text("segmentBenefit.\(rawValue).reminder")
    }
}
