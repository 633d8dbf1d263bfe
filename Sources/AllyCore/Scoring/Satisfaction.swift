/// The notes' satisfaction framework as a rule: the outcome a path earns, computed, not authored.
///
/// Performance is the mean quality of the replies along the path, put on the expectation's 1–5
/// scale (3 + mean). A reply below 0 that a later excellent reply (quality 2) repairs counts as 0:
/// a mistake put right counts for more than a neutral step. Above the customer's expectation is
/// delighted, about equal satisfied, below dissatisfied; an unrepaired −2 is always dissatisfied.
/// A dissatisfied customer complains by type, or because the trainee lowered the threshold (a good
/// reply while checking or leaving the door open); otherwise they leave without a word.
public struct Satisfaction: Sendable, Hashable {
    /// Replies counted so far.
    public private(set) var replies = 0
    /// The sum of the counted qualities that no longer change (the non-negative ones).
    private var settled = 0
    /// The sum of the negative qualities no excellent reply has repaired yet.
    private var unrepaired = 0
    /// Whether an unrepaired reply of quality −2 is on the path.
    private var unrepairedWorst = false
    /// Whether the trainee asked whether all was well, invited feedback or left the door open.
    public private(set) var thresholdLowered = false

    /// Half a point on the 1–5 scale: how far from the expectation "about equal" stretches.
    public static let band = 0.5
    /// The quality that repairs earlier mistakes.
    public static let repairQuality = 2

    /// No replies yet.
    public init() {}

    /// The tally after one more reply (or timeout) of `quality` at a step of `phase`.
    public func adding(quality: Int, phase: ServicePhase) -> Satisfaction {
        var next = self
        next.replies += 1
        if quality >= Self.repairQuality {
            next.unrepaired = 0
            next.unrepairedWorst = false
        }
        if quality < 0 {
            next.unrepaired += quality
            if quality <= -2 { next.unrepairedWorst = true }
        } else {
            next.settled += quality
        }
        if quality >= 1 && phase.lowersComplaintThreshold { next.thresholdLowered = true }
        return next
    }

    /// Performance on the 1–5 scale of expectations (3 with no replies).
    public var performance: Double {
        replies == 0 ? 3 : 3 + Double(settled + unrepaired) / Double(replies)
    }

    /// The outcome for a customer who expected `expectation` (1–5) and is of `type` at the end.
    public func outcome(expectation: Int, type: CustomerType) -> Outcome {
        let expected = Double(expectation)
        if !unrepairedWorst {
            if performance >= expected + Self.band { return .delighted }
            if performance > expected - Self.band { return .satisfied }
        }
        return type.complainsWhenDissatisfied || thresholdLowered ? .dissatisfiedComplaining : .dissatisfiedSilent
    }

    /// The tally of every reply and timeout in `record`, at the phases of `scenario`'s steps.
    public static func of(_ record: [Verdict], in scenario: Scenario) -> Satisfaction {
        record.reduce(Satisfaction()) { tally, verdict in
            guard verdict.isReply, let quality = verdict.quality else { return tally }
            return tally.adding(quality: quality, phase: scenario.step(verdict.stepID)?.phase ?? .needs)
        }
    }
}

extension ServicePhase {
    /// Whether a good reply here lowers a dissatisfied customer's threshold to complain:
    /// checking that nothing was left out and leaving the door open both invite the customer to speak.
    public var lowersComplaintThreshold: Bool { self == .check || self == .door }
}

extension CustomerType {
    /// Whether a dissatisfied customer of this type says so. The tolerant, patient, incompetent
    /// and victim tend to leave without a word; the others complain (the terrorist in public).
    public var complainsWhenDissatisfied: Bool {
        switch self {
        case .tolerant, .patient, .incompetent, .victim: false
        case .ally, .hostage, .intolerant, .anarchist, .terrorist: true
        }
    }
}
