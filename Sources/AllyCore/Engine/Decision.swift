/// One thing the trainee did; an attempt is stored as the list of these.
public enum Decision: Sendable, Equatable, Hashable, Codable {
    /// Named the customer's type.
    case identify(CustomerType)
    /// Picked a strategy family.
    case strategy(StrategyFamily)
    /// Answered a concept question of `kind` with the answer of that id.
    case concept(ConceptKind, String)
    /// Picked the reply at this index (0-based, in display order).
    case reply(Int)
    /// Let the step's time limit run out.
    case timeOut
    /// Gave up the attempt.
    case quit
}

extension Decision {
    /// The decision as a short token: `identify:TYPE`, `strategy:FAMILY`, `concept:KIND:ID`,
    /// `reply:N` (the reply's index, from 0), `timeout` or `quit`. The class link's word for it,
    /// and the response of a live answer's xAPI statement.
    public var token: String {
        switch self {
        case .identify(let type): "identify:\(type.rawValue)"
        case .strategy(let family): "strategy:\(family.rawValue)"
        case .concept(let kind, let id): "concept:\(kind.rawValue):\(id)"
        case .reply(let index): "reply:\(index)"
        case .timeOut: "timeout"
        case .quit: "quit"
        }
    }
}

/// A decision with the time the trainee took over it, as recorded in an attempt's event log.
public struct TimedDecision: Sendable, Equatable, Hashable, Codable {
    /// What the trainee did.
    public var decision: Decision
    /// Seconds from the moment the prompt showed to the decision.
    public var seconds: Double

    /// Creates a timed decision.
    public init(_ decision: Decision, seconds: Double = 0) {
        self.decision = decision
        self.seconds = seconds
    }
}

extension TimedDecision {
    /// What of the time on the current step went to its questions (type, strategy, concepts) before
    /// the reply's clock started: the trailing question answers of `log`. A timed step's clock runs
    /// for the reply only, in the trainer and in plain mode alike.
    public static func secondsOnQuestions(_ log: [TimedDecision]) -> Double {
        log.reversed().prefix { timed in
            switch timed.decision {
            case .identify, .strategy, .concept: true
            case .reply, .timeOut, .quit: false
            }
        }.map(\.seconds).reduce(0, +)
    }
}
