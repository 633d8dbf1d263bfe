/// One answer to "which type is this?" or "which strategy?", from a played attempt or a drill round:
/// the raw material of mastery, the confusion matrix and spaced repetition.
public struct Answer: Sendable, Equatable, Hashable, Codable {
    /// The question answered.
    public var question: Question
    /// The customer's true type when the question was asked.
    public var truth: CustomerType
    /// The type the trainee named (identify questions; nil when time ran out).
    public var named: CustomerType?
    /// The family the trainee chose (strategy questions; nil when time ran out).
    public var chosen: StrategyFamily?
    /// The credit the engine gave, -1...1.
    public var credit: Double
    /// When it was answered, in seconds since 1970 (UTC).
    public var time: Double

    /// How the answer was judged: right, partly right or wrong, by the one rule of credit.
    public var judgement: Feedback.Judgement { .init(credit: credit) }

    /// Creates an answer.
    public init(
        question: Question, truth: CustomerType, named: CustomerType? = nil, chosen: StrategyFamily? = nil,
        credit: Double, time: Double
    ) {
        self.question = question
        self.truth = truth
        self.named = named
        self.chosen = chosen
        self.credit = credit
        self.time = time
    }

    /// An identify answer scored by the design's table (exact 1, same family 0.5, else 0).
    public static func identify(_ named: CustomerType?, truth: CustomerType, time: Double) -> Answer {
        let credit = named.map { Credit.identification(named: $0, truth: truth) } ?? 0
        return Answer(question: .identify, truth: truth, named: named, credit: credit, time: time)
    }

    /// A strategy answer scored by the design's table (without authored partial credit).
    public static func strategy(_ chosen: StrategyFamily?, truth: CustomerType, time: Double) -> Answer {
        let credit = chosen.map { Credit.strategy(chosen: $0, truth: truth) } ?? 0
        return Answer(question: .strategy, truth: truth, chosen: chosen, credit: credit, time: time)
    }

    /// The answers in a played attempt's record, all stamped with `time` (when the attempt finished).
    public static func answers(in state: PlayState, time: Double) -> [Answer] {
        state.record.compactMap { verdict in
            switch verdict.kind {
            case .identified(let named, let truth):
                Answer(question: .identify, truth: truth, named: named, credit: verdict.credit, time: time)
            case .strategy(let chosen, let truth):
                Answer(question: .strategy, truth: truth, chosen: chosen, credit: verdict.credit, time: time)
            case .missed(let question, let truth) where question.concept == nil:
                Answer(question: question, truth: truth, credit: 0, time: time)
            // Progress follows the types and strategies; the concepts are scored, not yet tracked.
            case .missed, .concept, .reply, .timedOut, .quit:
                nil
            }
        }
    }
}

/// What progress needs to know about one attempt: a row of the history.
public struct AttemptSummary: Sendable, Equatable, Hashable, Codable, Identifiable {
    /// The attempt's id in the store, as `ally replay` takes it.
    public var id: Int64
    /// The trainee who played it.
    public var trainee: String
    /// The scenario played.
    public var scenarioID: String
    /// The scenario's title, when known.
    public var title: String?
    /// The customer's true type at the start, when known.
    public var customerType: CustomerType?
    /// When it started, in seconds since 1970 (UTC).
    public var startedAt: Double
    /// When it finished; nil while unfinished.
    public var finishedAt: Double?
    /// The total score 0...100; nil while unfinished or when the trainee gave up.
    public var total: Int?
    /// The outcome reached; nil while unfinished or when the trainee gave up.
    public var outcome: Outcome?
    /// Seconds spent deciding.
    public var seconds: Double
    /// Whether it was played with time limits off (reports say so).
    public var untimed: Bool

    /// Creates a summary.
    public init(
        id: Int64, trainee: String, scenarioID: String, title: String? = nil, customerType: CustomerType? = nil,
        startedAt: Double, finishedAt: Double? = nil, total: Int? = nil, outcome: Outcome? = nil, seconds: Double = 0,
        untimed: Bool = false
    ) {
        self.untimed = untimed
        self.id = id
        self.trainee = trainee
        self.scenarioID = scenarioID
        self.title = title
        self.customerType = customerType
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.total = total
        self.outcome = outcome
        self.seconds = seconds
    }

    /// Whether the attempt reached an ending or was given up.
    public var isFinished: Bool { finishedAt != nil }
}
