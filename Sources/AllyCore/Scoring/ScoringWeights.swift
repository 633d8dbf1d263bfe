/// The relative weight of each part of the score; `Content/scoring.yaml` may change them.
public struct ScoringWeights: Sendable, Equatable {
    /// Naming the customer's type.
    public var identification: Double
    /// Picking the strategy family.
    public var strategy: Double
    /// The quality of the replies on the path taken.
    public var conversation: Double
    /// Where the customer ends on the satisfaction framework.
    public var outcome: Double

    /// Creates weights; they are relative and need not add up to 100.
    public init(identification: Double = 30, strategy: Double = 30, conversation: Double = 25, outcome: Double = 15) {
        self.identification = identification
        self.strategy = strategy
        self.conversation = conversation
        self.outcome = outcome
    }

    /// The defaults of the design: 30, 30, 25, 15.
    public static let standard = ScoringWeights()

    /// The weight of `part`.
    public subscript(part: ScorePart) -> Double {
        switch part {
        case .identification: identification
        case .strategy: strategy
        case .conversation: conversation
        case .outcome: outcome
        }
    }
}

/// The four parts of a scenario's score.
public enum ScorePart: String, CaseIterable, Sendable, Codable {
    case identification, strategy, conversation, outcome

    /// The part's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.identification, .en): "identification"
        case (.identification, .nl): "herkenning"
        case (.strategy, .en): "strategy"
        case (.strategy, .nl): "strategie"
        case (.conversation, .en): "conversation"
        case (.conversation, .nl): "gesprek"
        case (.outcome, .en): "outcome"
        case (.outcome, .nl): "uitkomst"
        }
    }
}
