/// Why the engine refused a decision.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The attempt is already over.
    case attemptIsOver
    /// The decision does not answer the current prompt.
    case unexpected(Decision, expected: Prompt)
    /// The reply index is not one of the step's choices.
    case noSuchReply(Int, available: Int)
    /// The step has no time limit to run out.
    case notTimed(step: String)
    /// The scenario names a step or ending that does not exist (the checker prevents this).
    case brokenScenario(String)

    /// A sentence for logs and error messages.
    public var description: String {
        switch self {
        case .attemptIsOver: "the attempt is already over"
        case .unexpected(let decision, let expected): "decision \(decision) does not answer the prompt \(expected)"
        case .noSuchReply(let index, let available): "reply \(index + 1) does not exist; there are \(available)"
        case .notTimed(let step): "step '\(step)' has no time limit"
        case .brokenScenario(let reason): "broken scenario: \(reason)"
        }
    }
}

/// What the trainee is told right after a decision.
public struct Feedback: Sendable, Equatable {
    /// How the decision was judged.
    public enum Judgement: Sendable, Equatable {
        case right, partlyRight, wrong, neutral

        /// The mark shown for it on every screen and in every export: ✓ right, ≈ partly right, ✗ wrong, · neutral.
        public var mark: String {
            switch self {
            case .right: "✓"
            case .partlyRight: "≈"
            case .wrong: "✗"
            case .neutral: "·"
            }
        }
    }

    /// How the decision was judged.
    public var judgement: Judgement
    /// Why: authored feedback, or an explanation from the domain.
    public var message: String
    /// The customer changed type because of this decision.
    public var typeChange: TypeChange?
    /// The ending reached, if the decision ended the scenario.
    public var ending: Ending?
    /// The outcome the path earned, once an ending is reached.
    public var outcome: Outcome? = nil

    /// The ending's words for the outcome earned, once there are any.
    public var closing: EndingText? {
        guard let ending, let outcome else { return nil }
        return ending.text(for: outcome)
    }
}

/// The scenario engine: a pure function from (scenario, decisions) to state.
public enum Engine {
    /// Replays a whole event log; any attempt can be resumed or replayed exactly this way.
    public static func replay(_ scenario: Scenario, _ decisions: [TimedDecision]) throws(EngineError) -> PlayState {
        var state = PlayState(scenario: scenario)
        for decision in decisions {
            // Handed over, not copied: the record then grows in place (a copy per decision made
            // resuming or replaying a long attempt quadratic).
            state = try apply(decision, to: consume state, in: scenario).state
        }
        return state
    }

    /// Applies one decision to `state`, returning the new state and the feedback to show.
    ///
    /// `state` is consumed: a caller that hands it over (`consume`) lets the record grow in place;
    /// one that keeps it pays for a copy of the record, as before.
    public static func apply(
        _ timed: TimedDecision, to state: consuming PlayState, in scenario: Scenario
    ) throws(EngineError) -> (state: PlayState, feedback: Feedback) {
        guard let stepID = state.stepID else { throw .attemptIsOver }
        guard let step = scenario.step(stepID) else { throw .brokenScenario("no step '\(stepID)'") }
        let language = scenario.language
        let prompt = state.prompt, customerType = state.customerType, openQuestions = state.openQuestions
        var next = consume state

        switch (timed.decision, prompt) {
        case (.quit, _):
            next.position = .quit
            next.record.append(Verdict(kind: .quit, stepID: stepID, credit: 0, seconds: timed.seconds))
            return (next, Feedback(judgement: .neutral, message: Texts.quit(language), typeChange: nil, ending: nil))

        case (.identify(let named), .identify):
            let credit = Credit.identification(named: named, truth: customerType)
            next.openQuestions.removeFirst()
            next.record.append(Verdict(
                kind: .identified(named: named, truth: customerType), stepID: stepID,
                credit: credit, seconds: timed.seconds))
            let message = Texts.identification(named: named, truth: customerType, credit: credit, language)
                + (step.clue.map { " " + $0 } ?? "")
            return (next, Feedback(judgement: .init(credit: credit), message: message, typeChange: nil, ending: nil))

        case (.strategy(let chosen), .strategy):
            let credit = Credit.strategy(chosen: chosen, truth: customerType)
            next.openQuestions.removeFirst()
            next.record.append(Verdict(
                kind: .strategy(chosen: chosen, truth: customerType), stepID: stepID,
                credit: credit, seconds: timed.seconds))
            let message = Texts.strategy(chosen: chosen, truth: customerType, credit: credit, language)
            return (next, Feedback(judgement: .init(credit: credit), message: message, typeChange: nil, ending: nil))

        case (.concept(let kind, let chosen), .concept(let asked)) where kind == asked:
            let truth = step.answers[kind] ?? ""
            let credit = Credit.concept(chosen: chosen, truth: truth)
            next.openQuestions.removeFirst()
            next.record.append(Verdict(
                kind: .concept(kind, chosen: chosen, truth: truth), stepID: stepID, credit: credit, seconds: timed.seconds))
            let message = Texts.concept(kind, chosen: chosen, truth: truth, step: step, language)
            return (next, Feedback(judgement: .init(credit: credit), message: message, typeChange: nil, ending: nil))

        case (.reply(let index), .reply):
            guard step.choices.indices.contains(index) else {
                throw .noSuchReply(index, available: step.choices.count)
            }
            let choice = step.choices[index]
            let range = step.qualityRange
            let verdict = Verdict(
                kind: .reply(index: index), stepID: stepID, credit: Credit.quality(choice.quality, in: range),
                quality: choice.quality, typeChange: nil, seconds: timed.seconds)
            let feedback = try move(
                &next, verdict: verdict, mood: choice.mood, becomes: choice.becomes, to: choice.next,
                message: choice.feedback ?? Texts.noFeedback(quality: choice.quality, language), in: scenario)
            return (next, feedback)

        case (.timeOut, _):
            guard let limit = step.timeLimit else { throw .notTimed(step: stepID) }
            for question in openQuestions {
                next.record.append(Verdict(
                    kind: .missed(question, truth: customerType), stepID: stepID, credit: 0, seconds: 0))
            }
            next.openQuestions = []
            let verdict = Verdict(
                kind: .timedOut, stepID: stepID, credit: Credit.quality(limit.quality, in: step.qualityRange),
                quality: limit.quality, typeChange: nil, seconds: timed.seconds)
            let feedback = try move(
                &next, verdict: verdict, mood: limit.mood, becomes: limit.becomes, to: limit.next,
                message: limit.feedback ?? Texts.timedOut(language), in: scenario)
            return (next, feedback)

        case (let decision, let prompt):
            throw .unexpected(decision, expected: prompt)
        }
    }

    /// Moves the conversation along a reply or a timeout.
    /// (In place: a copy of the state here copied the whole record at every reply.)
    private static func move(
        _ next: inout PlayState, verdict: Verdict, mood: Int, becomes: CustomerType?, to target: String,
        message: String, in scenario: Scenario
    ) throws(EngineError) -> Feedback {
        let customerType = next.customerType
        var verdict = verdict
        next.mood = min(3, max(-3, next.mood + mood))
        if let becomes, becomes != customerType {
            verdict.typeChange = TypeChange(from: customerType, to: becomes)
            next.customerType = becomes
        }
        next.record.append(verdict)
        var ending: Ending?
        if let step = scenario.step(target) {
            next.position = .step(target)
            next.openQuestions = step.asks
        } else if let end = scenario.ending(target) {
            next.position = .ended(target)
            next.openQuestions = []
            next.outcome = Satisfaction.of(next.record, in: scenario)
                .outcome(expectation: scenario.customer.expectation, type: next.customerType)
            ending = end
        } else {
            throw .brokenScenario("'\(target)' is neither a step nor an ending")
        }
        return Feedback(
            judgement: .init(credit: verdict.credit), message: message, typeChange: verdict.typeChange, ending: ending,
            outcome: next.outcome)
    }
}

extension Feedback.Judgement {
    /// The judgement that a credit earns: the one rule for right, partly right and wrong on every screen.
    public init(credit: Double) {
        self = credit >= 1 ? .right : (credit > 0 ? .partlyRight : .wrong)
    }
}
