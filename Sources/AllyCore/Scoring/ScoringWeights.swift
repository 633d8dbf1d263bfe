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
    /// The concept questions (role, gap, handling, measure, dimension), where a scenario asks them.
    public var concepts: Double

    /// Creates weights; they are relative and need not add up to 100.
    public init(identification: Double = 30, strategy: Double = 30, conversation: Double = 25, outcome: Double = 15, concepts: Double = 20) {
        self.identification = identification
        self.strategy = strategy
        self.conversation = conversation
        self.outcome = outcome
        self.concepts = concepts
    }

    /// The defaults of the design: 30, 30, 25, 15, and 20 for concept questions where a scenario asks them.
    public static let standard = ScoringWeights()

    /// The weight of `part`.
    public subscript(part: ScorePart) -> Double {
        switch part {
        case .identification: identification
        case .strategy: strategy
        case .conversation: conversation
        case .outcome: outcome
        case .concepts: concepts
        }
    }
}

/// The parts of a scenario's score.
public enum ScorePart: String, CaseIterable, Sendable, Codable {
    case identification, strategy, conversation, outcome, concepts

    /// The part's name in `language`.
    public func name(in language: Language) -> String {
        language.text("scorePart.\(rawValue).name")
    }
}
