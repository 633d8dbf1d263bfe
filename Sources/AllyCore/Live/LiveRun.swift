/// A class answering one scenario together, a decision at a time: the state machine of live class mode.
///
/// Pure: the server owns one, feeds it what happens (a trainee joins, answers, drops; the instructor
/// opens, reveals, moves on) with the time from its own clock, and draws every screen from it. The
/// class follows one path through the scenario, so everyone sees the same consequence of a reply;
/// each trainee's own answers are judged against that shared path.
public struct LiveRun: Sendable, Equatable {
    /// Where the run is.
    public enum Phase: Sendable, Equatable {
        /// Trainees are gathering; no question is open yet.
        case lobby
        /// A question is open for answers.
        case open
        /// Answering has stopped; the answers wait for the reveal.
        case closed
        /// The right answer and the feedback are shown; the class discusses before moving on.
        case revealed
        /// The scenario is over for the class.
        case ended
    }

    /// How the instructor runs the questions.
    public struct Settings: Sendable, Equatable {
        /// How long answering stays open, in seconds; `nil` keeps it open until the instructor closes it.
        public var answerSeconds: Double?
        /// Whether the projector's histogram fills while answers arrive, or stays hidden until the reveal.
        public var histogramLive: Bool

        /// Creates settings.
        public init(answerSeconds: Double? = nil, histogramLive: Bool = false) {
            self.answerSeconds = answerSeconds
            self.histogramLive = histogramLive
        }
    }

    /// One trainee in the run.
    public struct Trainee: Sendable, Equatable {
        /// The trainee's login handle.
        public let handle: String
        /// Whether their terminal is connected now.
        public var connected: Bool
        /// Whether the instructor removed them from the run.
        public var removed: Bool
    }

    /// How the class's decision of a round was made.
    public enum ClassChoice: Sendable, Equatable {
        /// Most of the class answered this.
        case majority(Decision)
        /// The instructor picked it (a tie, nobody answered, or by choice).
        case instructor(Decision)
        /// A question whose answer does not steer the path: the class moves on with the right answer.
        case settled(Decision)

        /// The decision the class's path took.
        public var decision: Decision {
            switch self {
            case .majority(let d), .instructor(let d), .settled(let d): d
            }
        }
    }

    /// One question of the run, with what everyone answered.
    public struct Round: Sendable, Equatable {
        /// The step the question belongs to.
        public let stepID: String
        /// What was asked.
        public let prompt: Prompt
        /// The class's path before the question: every answer is judged against it.
        public let before: PlayState
        /// Each trainee's answer (the last one they gave while the question was open).
        public internal(set) var answers: [String: Decision] = [:]
        /// When each answer was given, in seconds after the question opened.
        public internal(set) var seconds: [String: Double] = [:]
        /// When the question opened, on the server's clock.
        public let openedAt: Double
        /// How the class's path went on, once it has.
        public internal(set) var choice: ClassChoice?
    }

    /// The scenario the class plays.
    public let scenario: Scenario
    /// How the instructor runs the questions.
    public var settings: Settings
    /// Where the run is.
    public private(set) var phase: Phase = .lobby
    /// The class's one path through the scenario.
    public private(set) var path: PlayState
    /// Every question opened so far, the current one last.
    public private(set) var rounds: [Round] = []
    /// Everyone who joined, by handle, in the order they joined.
    public private(set) var trainees: [Trainee] = []

    /// Creates a run in its lobby.
    public init(scenario: Scenario, settings: Settings = Settings()) {
        self.scenario = scenario
        self.settings = settings
        path = PlayState(scenario: scenario)
    }

    /// The question now open, closed or revealed, if any.
    public var currentRound: Round? {
        switch phase {
        case .open, .closed, .revealed: rounds.last
        case .lobby, .ended: nil
        }
    }
}

/// Why the run refused what it was told.
public enum LiveRunError: Error, Sendable, Equatable {
    /// The action does not fit the run's phase.
    case wrongPhase(LiveRun.Phase)
    /// The trainee is not in the run.
    case unknownTrainee(String)
    /// The instructor removed the trainee from the run.
    case removed(String)
    /// The answer does not answer the open question.
    case notAnOption(Decision)
    /// The class's reply cannot be decided without the instructor (a tie, or no answers).
    case needsInstructorPick(candidates: [Decision])
    /// The engine refused the class's decision (a broken scenario; the checker prevents this).
    case engine(EngineError)
}

// MARK: - Who is in the run

extension LiveRun {
    /// Adds a trainee, or reconnects one who dropped: their answers are kept, and they land on the
    /// question that is open now.
    public mutating func join(_ handle: String) throws(LiveRunError) {
        if let index = trainees.firstIndex(where: { $0.handle == handle }) {
            guard !trainees[index].removed else { throw .removed(handle) }
            trainees[index].connected = true
        } else {
            trainees.append(Trainee(handle: handle, connected: true, removed: false))
        }
    }

    /// Marks a trainee as disconnected; their answers stay.
    public mutating func drop(_ handle: String) {
        guard let index = trainees.firstIndex(where: { $0.handle == handle }) else { return }
        trainees[index].connected = false
    }

    /// Removes a trainee from the run at the instructor's word: their answer to the open question no
    /// longer counts, and they cannot join again.
    public mutating func remove(_ handle: String) throws(LiveRunError) {
        guard let index = trainees.firstIndex(where: { $0.handle == handle }) else { throw .unknownTrainee(handle) }
        trainees[index].removed = true
        if phase == .open || phase == .closed, !rounds.isEmpty {
            rounds[rounds.count - 1].answers[handle] = nil
            rounds[rounds.count - 1].seconds[handle] = nil
        }
    }

    /// The trainees who take part (not removed), in the order they joined.
    public var participants: [Trainee] { trainees.filter { !$0.removed } }

    /// How many participants are connected now.
    public var connectedCount: Int { participants.filter(\.connected).count }
}

// MARK: - The questions

extension LiveRun {
    /// Opens the first question.
    public mutating func start(at now: Double) throws(LiveRunError) {
        guard phase == .lobby else { throw .wrongPhase(phase) }
        openQuestion(at: now)
    }

    /// Takes a trainee's answer to the open question (a changed mind replaces the earlier answer).
    ///
    /// Returns the answer to store: the server commits it before it acknowledges, as in solo play.
    public mutating func answer(_ decision: Decision, from handle: String, at now: Double) throws(LiveRunError) -> LiveAnswer {
        guard phase == .open, let round = rounds.last else { throw .wrongPhase(phase) }
        guard let trainee = trainees.first(where: { $0.handle == handle }) else { throw .unknownTrainee(handle) }
        guard !trainee.removed else { throw .removed(handle) }
        guard options.contains(decision) else { throw .notAnOption(decision) }
        let seconds = max(0, now - round.openedAt)
        rounds[rounds.count - 1].answers[handle] = decision
        rounds[rounds.count - 1].seconds[handle] = seconds
        return LiveAnswer(handle: handle, round: rounds.count - 1, stepID: round.stepID, decision: decision, seconds: seconds)
    }

    /// Lets the clock close the open question once its time is up.
    public mutating func tick(at now: Double) {
        guard let left = secondsLeft(at: now), left <= 0 else { return }
        phase = .closed
    }

    /// When the open question's time runs out, on the clock of `start`, `answer` and `tick`; nil
    /// without a time limit or an open question.
    public var closesAt: Double? {
        guard phase == .open, let round = rounds.last, let limit = settings.answerSeconds else { return nil }
        return round.openedAt + limit
    }

    /// Seconds left to answer the open question at `now` (never below 0); nil without a time limit
    /// or an open question. A trainer is told this, not the moment itself, so its clock need not agree.
    public func secondsLeft(at now: Double) -> Double? {
        closesAt.map { max(0, $0 - now) }
    }

    /// Stops answering (the instructor's word, or the clock's through `tick`).
    public mutating func close() throws(LiveRunError) {
        guard phase == .open else { throw .wrongPhase(phase) }
        phase = .closed
    }

    /// Shows the right answer and everyone's feedback; answering stops if it had not yet.
    public mutating func reveal() throws(LiveRunError) {
        guard phase == .open || phase == .closed else { throw .wrongPhase(phase) }
        phase = .revealed
    }

    /// Moves the class on after a reveal: the path takes `pick`, or the majority's reply, and the
    /// next question opens (or the run ends with the scenario).
    public mutating func advance(pick: Decision? = nil, at now: Double) throws(LiveRunError) {
        guard phase == .revealed, let round = rounds.last else { throw .wrongPhase(phase) }
        let choice = try classChoice(of: round, pick: pick)
        do {
            path = try Engine.apply(TimedDecision(choice.decision), to: path, in: scenario).state
        } catch {
            throw .engine(error)
        }
        rounds[rounds.count - 1].choice = choice
        if path.isOver { phase = .ended } else { openQuestion(at: now) }
    }

    /// Ends the run now (the instructor's word, or the end of the lesson).
    public mutating func end() { phase = .ended }

    private mutating func openQuestion(at now: Double) {
        guard let stepID = path.stepID else { phase = .ended; return }
        rounds.append(Round(stepID: stepID, prompt: path.prompt, before: path, openedAt: now))
        phase = .open
    }

    /// How the path goes on after `round`: a question that does not steer the path takes its right
    /// answer; a reply takes the instructor's pick, or else a clear majority.
    private func classChoice(of round: Round, pick: Decision?) throws(LiveRunError) -> ClassChoice {
        if let pick {
            guard options(for: round).contains(pick) else { throw .notAnOption(pick) }
            return .instructor(pick)
        }
        guard round.prompt == .reply else {
            guard let right = rightAnswers(of: round).first else { throw .needsInstructorPick(candidates: options(for: round)) }
            return .settled(right)
        }
        let counts = tally(of: round).counts
        guard let top = counts.values.max(), top > 0 else {
            throw .needsInstructorPick(candidates: options(for: round))
        }
        let leaders = options(for: round).filter { counts[$0] == top }
        guard leaders.count == 1 else { throw .needsInstructorPick(candidates: leaders) }
        return .majority(leaders[0])
    }
}

/// One trainee's answer in a live run, as the server stores it before acknowledging it.
public struct LiveAnswer: Sendable, Equatable, Codable {
    /// The trainee's handle.
    public let handle: String
    /// The question's number in the run, from 0.
    public let round: Int
    /// The step the question belongs to.
    public let stepID: String
    /// What they answered.
    public let decision: Decision
    /// Seconds from the question opening to the answer.
    public let seconds: Double

    /// Creates an answer record.
    public init(handle: String, round: Int, stepID: String, decision: Decision, seconds: Double) {
        self.handle = handle
        self.round = round
        self.stepID = stepID
        self.decision = decision
        self.seconds = seconds
    }
}

// MARK: - What the screens show

extension LiveRun {
    /// The answers the open question accepts, in the scenario's order (each trainee sees replies in
    /// their own shuffled order; the decision names the reply by its index in the file).
    public var options: [Decision] {
        guard let round = rounds.last else { return [] }
        return options(for: round)
    }

    /// The answers `round` accepted, in the scenario's order.
    public func options(for round: Round) -> [Decision] {
        switch round.prompt {
        case .identify: CustomerType.allCases.map(Decision.identify)
        case .strategy: StrategyFamily.allCases.map(Decision.strategy)
        case .concept(let kind): kind.answers.map { Decision.concept(kind, $0) }
        case .reply: (0..<(scenario.step(round.stepID)?.choices.count ?? 0)).map(Decision.reply)
        case .none: []
        }
    }

    /// The credit `decision` earns against the path as it stood for `round`.
    public func credit(of decision: Decision, in round: Round) -> Double? {
        guard let state = try? Engine.apply(TimedDecision(decision), to: round.before, in: scenario).state else { return nil }
        return state.record.last?.credit
    }

    /// The feedback `decision` gets against the path as it stood for `round`.
    public func feedback(for decision: Decision, in round: Round) -> Feedback? {
        try? Engine.apply(TimedDecision(decision), to: round.before, in: scenario).feedback
    }

    /// The answers marked right at the reveal: those with the round's best credit, when it is full credit.
    public func rightAnswers(of round: Round) -> [Decision] {
        let credits = options(for: round).compactMap { option in credit(of: option, in: round).map { (option, $0) } }
        guard let best = credits.map(\.1).max(), Feedback.Judgement(credit: best) == .right else { return [] }
        return credits.filter { $0.1 == best }.map(\.0)
    }

    /// The counts of `round`'s answers per option, from participants only; never who chose what.
    public func tally(of round: Round) -> LiveTally {
        let counted = Set(participants.map(\.handle))
        var counts: [Decision: Int] = [:]
        for (handle, decision) in round.answers where counted.contains(handle) {
            counts[decision, default: 0] += 1
        }
        return LiveTally(counts: counts, answered: counts.values.reduce(0, +), connected: connectedCount)
    }

    /// What the projector may show of the current question: counts while they fill only when the
    /// instructor chose a live histogram, always after the reveal.
    public var projectorTally: LiveTally? {
        guard let round = currentRound else { return nil }
        let tally = tally(of: round)
        switch phase {
        case .revealed: return tally
        case .open, .closed: return settings.histogramLive ? tally : tally.countOnly
        case .lobby, .ended: return nil
        }
    }

    /// What one trainee's terminal shows now.
    public func view(for handle: String) -> LiveView {
        guard let trainee = trainees.first(where: { $0.handle == handle }) else { return .notInRun }
        if trainee.removed { return .removed }
        switch phase {
        case .lobby:
            return .lobby(waiting: connectedCount)
        case .open:
            return .question(round: rounds.count - 1, answered: rounds.last?.answers[handle])
        case .closed:
            return .closed(answered: rounds.last?.answers[handle])
        case .revealed:
            guard let round = rounds.last else { return .notInRun }
            let mine = round.answers[handle]
            return .revealed(answered: mine, feedback: mine.flatMap { feedback(for: $0, in: round) },
                             right: rightAnswers(of: round))
        case .ended:
            return .ended(summary(for: handle))
        }
    }
}

/// The answers to one question, counted: what the dashboard and the projector draw.
public struct LiveTally: Sendable, Equatable {
    /// How many chose each option (options nobody chose are absent).
    public var counts: [Decision: Int]
    /// How many participants answered.
    public var answered: Int
    /// How many participants are connected.
    public var connected: Int

    /// The same tally with the distribution hidden: only how many answered out of how many.
    public var countOnly: LiveTally { LiveTally(counts: [:], answered: answered, connected: connected) }
}

/// What a trainee's terminal shows during a live run.
public enum LiveView: Sendable, Equatable {
    /// Waiting for the instructor to start; `waiting` trainees are connected.
    case lobby(waiting: Int)
    /// The question of this round is open; `answered` is their answer so far.
    case question(round: Int, answered: Decision?)
    /// Answering has stopped; the reveal follows.
    case closed(answered: Decision?)
    /// Their answer judged, with its feedback and the right answers.
    case revealed(answered: Decision?, feedback: Feedback?, right: [Decision])
    /// The run is over: their private summary.
    case ended(LiveSummary)
    /// The instructor removed them from the run.
    case removed
    /// They are not part of this run.
    case notInRun
}

// MARK: - After the run

/// One trainee's private summary of a run: nothing of anyone else's.
public struct LiveSummary: Sendable, Equatable {
    /// Questions they answered.
    public var answered: Int
    /// Of those, judged right.
    public var right: Int
    /// Questions asked in all.
    public var asked: Int
}

extension LiveRun {
    /// A class splits on a question when no answer has at least this share of the answers.
    public static let splitShare = 0.6

    /// One trainee's private summary.
    public func summary(for handle: String) -> LiveSummary {
        var summary = LiveSummary(answered: 0, right: 0, asked: rounds.count)
        for round in rounds {
            guard let answer = round.answers[handle] else { continue }
            summary.answered += 1
            if let credit = credit(of: answer, in: round), Feedback.Judgement(credit: credit) == .right {
                summary.right += 1
            }
        }
        return summary
    }

    /// The class's confusion matrix over the run's type questions: how often each true type was named as each type.
    public var confusion: [CustomerType: [CustomerType: Int]] {
        let counted = Set(participants.map(\.handle))
        var matrix: [CustomerType: [CustomerType: Int]] = [:]
        for round in rounds where round.prompt == .identify {
            let truth = round.before.customerType
            for (handle, answer) in round.answers where counted.contains(handle) {
                if case .identify(let named) = answer { matrix[truth, default: [:]][named, default: 0] += 1 }
            }
        }
        return matrix
    }

    /// The questions on which the class split: no answer reached `splitShare` of the answers.
    public var splits: [Int] {
        rounds.indices.filter { index in
            let tally = tally(of: rounds[index])
            guard tally.answered > 0, let top = tally.counts.values.max() else { return false }
            return Double(top) / Double(tally.answered) < Self.splitShare
        }
    }
}

extension LiveRun {
    /// What `decision` adds to a trainee's progress once `round` is revealed: a type or strategy
    /// answer for mastery, the confusion matrix and the drill, or a concept answer.
    public func progress(of decision: Decision, in round: Round, time: Double) -> (answers: [Answer], concepts: [ConceptAnswer]) {
        guard let after = try? Engine.apply(TimedDecision(decision), to: round.before, in: scenario).state else { return ([], []) }
        // The record only grows, so what the decision added is the tail beyond what was there before.
        let answers = Answer.answers(in: after, time: time).dropFirst(Answer.answers(in: round.before, time: time).count)
        let concepts = ConceptAnswer.answers(in: after, scenario: scenario, time: time)
            .dropFirst(ConceptAnswer.answers(in: round.before, scenario: scenario, time: time).count)
        return (Array(answers), Array(concepts))
    }
}
