/// One answer to a concept question (role, gap, handling, measure, dimension): the raw material of
/// concept mastery and of the role and gap confusion matrices.
public struct ConceptAnswer: Sendable, Equatable, Hashable, Codable {
    /// Which question.
    public var kind: ConceptKind
    /// The right answer's id.
    public var truth: String
    /// The answer the trainee gave, nil when time ran out.
    public var chosen: String?
    /// The credit, 0 or 1.
    public var credit: Double
    /// How the answer was judged, by the one rule of credit.
    public var judgement: Feedback.Judgement { .init(credit: credit) }
    /// When, in seconds since 1970.
    public var time: Double

    /// Creates an answer.
    public init(kind: ConceptKind, truth: String, chosen: String?, credit: Double, time: Double) {
        self.kind = kind
        self.truth = truth
        self.chosen = chosen
        self.credit = credit
        self.time = time
    }

    /// A drill's answer to a concept question: judged by the same rule as in play.
    public static func drill(_ kind: ConceptKind, chosen: String?, truth: String, time: Double) -> ConceptAnswer {
        ConceptAnswer(kind: kind, truth: truth, chosen: chosen, credit: Credit.concept(chosen: chosen, truth: truth), time: time)
    }

    /// The concept answers in a played attempt's record, stamped with `time`.
    public static func answers(in state: PlayState, scenario: Scenario, time: Double) -> [ConceptAnswer] {
        state.record.compactMap { verdict in
            switch verdict.kind {
            case .concept(let kind, let chosen, let truth):
                ConceptAnswer(kind: kind, truth: truth, chosen: chosen, credit: verdict.credit, time: time)
            case .missed(let question, _):
                question.concept.flatMap { kind in
                    scenario.step(verdict.stepID)?.answers[kind].map {
                        ConceptAnswer(kind: kind, truth: $0, chosen: nil, credit: 0, time: time)
                    }
                }
            default:
                nil
            }
        }
    }
}

/// Mastery of every concept answer met, and what was named instead, for the progress screen.
public struct ConceptProgress: Sendable, Equatable {
    /// Per kind, per right answer met: the mean credit over its last ``Mastery/window`` times.
    public var mastery: [ConceptKind: [String: Double]]
    /// Per kind, per right answer: how often each answer was given (the key "" for none).
    public var confusion: [ConceptKind: [String: [String: Int]]]

    /// The kinds whose confusion the progress screen draws as a matrix: the two with sets where
    /// near misses are the lesson (buyer, purchaser, decider; standards, delivery).
    public static let matrixKinds: [ConceptKind] = [.role, .gap]

    /// No answers yet.
    public init() {
        mastery = [:]
        confusion = [:]
    }

    /// Builds the figures from a trainee's concept answers (any order).
    public init(_ answers: [ConceptAnswer]) {
        self.init()
        let ordered = answers.sorted { $0.time < $1.time }
        var recent: [ConceptKind: [String: [Double]]] = [:]
        for answer in ordered {
            recent[answer.kind, default: [:]][answer.truth, default: []].append(answer.credit)
            confusion[answer.kind, default: [:]][answer.truth, default: [:]][answer.chosen ?? "", default: 0] += 1
        }
        for (kind, byTruth) in recent {
            mastery[kind] = byTruth.mapValues { credits in
                let last = credits.suffix(Mastery.window)
                return last.reduce(0, +) / Double(last.count)
            }
        }
    }

    /// Figures a store computed itself (the last ``Mastery/window`` credits per answer, and the counts).
    public init(mastery: [ConceptKind: [String: Double]], confusion: [ConceptKind: [String: [String: Int]]]) {
        self.mastery = mastery
        self.confusion = confusion
    }

    /// Whether no concept question was ever answered.
    public var isEmpty: Bool { mastery.isEmpty }
}
