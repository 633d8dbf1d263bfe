/// Where an attempt stands: the fold of its decisions over the scenario.
public struct PlayState: Sendable, Equatable {
    /// Where the conversation is.
    public enum Position: Sendable, Equatable {
        /// At a step, answering its questions or choosing a reply.
        case step(String)
        /// Finished at an ending.
        case ended(String)
        /// Given up by the trainee.
        case quit
    }

    /// Where the conversation is.
    public var position: Position
    /// The questions of the current step still to answer, in order.
    public var openQuestions: [Question]
    /// The customer's type now (it may have changed).
    public var customerType: CustomerType
    /// The customer's mood now, -3 to 3.
    public var mood: Int
    /// Everything decided so far, with what it meant.
    /// (Set only by the engine, which only appends to it.)
    public internal(set) var record: [Verdict] {
        didSet {
            // Count only what was appended: counting the whole record at every step made a long play quadratic.
            if counted >= record.count { (counted, repliesGiven) = (0, 0) }
            repliesGiven += record[counted...].lazy.filter(\.isReply).count
            counted = record.count
        }
    }
    /// The number of replies given so far (timeouts included): "decision k of n" shows this + 1.
    public private(set) var repliesGiven = 0
    /// How many verdicts of `record` `repliesGiven` has counted.
    private var counted = 0
    /// The outcome the path earned on the satisfaction framework, once an ending is reached.
    public var outcome: Outcome?

    /// The state before the first decision.
    public init(scenario: Scenario) {
        position = .step(scenario.start)
        openQuestions = scenario.step(scenario.start)?.asks ?? []
        customerType = scenario.customer.type
        mood = scenario.customer.mood
        record = []
        outcome = nil
    }

    /// Whether the attempt is over (ended or quit).
    public var isOver: Bool {
        if case .step = position { return false }
        return true
    }

    /// The id of the current step, while there is one.
    public var stepID: String? {
        if case .step(let id) = position { return id }
        return nil
    }

    /// The id of the ending reached, once there is one.
    public var endingID: String? {
        if case .ended(let id) = position { return id }
        return nil
    }
}

/// What one decision meant: the engine's judgement, kept for feedback and the debrief.
public struct Verdict: Sendable, Equatable {
    /// What kind of decision it was and how it was judged.
    public enum Kind: Sendable, Equatable {
        /// The trainee named `named`; the customer was `truth`.
        case identified(named: CustomerType, truth: CustomerType)
        /// The trainee picked `chosen` for a customer of type `truth`.
        case strategy(chosen: StrategyFamily, truth: CustomerType)
        /// The trainee answered a concept question of `kind` with `chosen`; `truth` was right.
        case concept(ConceptKind, chosen: String, truth: String)
        /// The trainee gave the reply at `index`.
        case reply(index: Int)
        /// The trainee let the time limit run out.
        case timedOut
        /// Questions left unanswered because time ran out.
        case missed(Question, truth: CustomerType)
        /// The trainee gave up.
        case quit
    }

    /// What kind of decision it was.
    public var kind: Kind
    /// The step it was made at.
    public var stepID: String
    /// The credit it earned, 0...1 (-1 for parting ways with a customer who could still become an ally).
    public var credit: Double
    /// The quality of the reply (replies and timeouts only).
    public var quality: Int?
    /// The customer's type change it caused, if any.
    public var typeChange: TypeChange?
    /// Seconds the trainee took.
    public var seconds: Double

    /// Whether this was a reply or a timeout: one move along the conversation.
    public var isReply: Bool {
        switch kind {
        case .reply, .timedOut: true
        default: false
        }
    }

    /// Whether the decision was fully right.
    public var isRight: Bool { Feedback.Judgement(credit: credit) == .right }
}

/// A customer turning into another type.
public struct TypeChange: Sendable, Equatable {
    /// The type before.
    public var from: CustomerType
    /// The type after.
    public var to: CustomerType

    /// Creates a change from one type to another.
    public init(from: CustomerType, to: CustomerType) {
        self.from = from
        self.to = to
    }
}

/// What the trainee is asked for now.
public enum Prompt: Sendable, Equatable {
    /// Name the customer's type.
    case identify
    /// Pick the strategy family.
    case strategy
    /// Answer a concept question of this kind.
    case concept(ConceptKind)
    /// Choose one of the step's replies.
    case reply
    /// Nothing: the attempt is over.
    case none
}

extension PlayState {
    /// What the trainee is asked for now.
    public var prompt: Prompt {
        guard stepID != nil else { return .none }
        switch openQuestions.first {
        case .identify: return .identify
        case .strategy: return .strategy
        case let question?: return question.concept.map(Prompt.concept) ?? .reply
        case nil: return .reply
        }
    }
}

extension Scenario {
    /// The words at the end of `state`'s path: its ending's text for the outcome the path earned.
    public func closing(of state: PlayState) -> EndingText? {
        guard let id = state.endingID, let ending = ending(id), let outcome = state.outcome else { return nil }
        return ending.text(for: outcome)
    }
}
