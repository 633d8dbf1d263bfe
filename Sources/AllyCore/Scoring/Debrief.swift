/// Everything the debrief screen shows about a finished attempt.
public struct Debrief: Sendable, Equatable {
    /// One decision of the trainee's, next to the ideal one.
    public struct Line: Sendable, Equatable {
        /// The step.
        public var stepID: String
        /// The step's phase of the service sequence.
        public var phase: ServicePhase
        /// What the trainee did.
        public var yours: String
        /// What was ideal at this step.
        public var ideal: String
        /// How the decision was judged: right, partly right or wrong (the marks ✓ ≈ ✗ everywhere).
        public var judgement: Feedback.Judgement
        /// Whether the trainee's decision was the ideal one.
        public var isRight: Bool { judgement == .right }
        /// The feedback, shown for every wrong decision.
        public var feedback: String?
        /// Seconds the trainee took.
        public var seconds: Double
    }

    /// The score part by part.
    public var score: Score
    /// The outcome reached.
    public var outcome: Outcome
    /// The trainee's decisions, with the ideal ones.
    public var lines: [Line]
    /// The ideal path's replies, step by step.
    public var idealPath: [String]
    /// The SERVQUAL dimensions the trainee's good replies served, with how often.
    public var servqual: [ServqualDimension: Int]
    /// Total seconds taken over all decisions.
    public var totalSeconds: Double

    /// Builds the debrief of a finished attempt; nil while it is not finished.
    public init?(_ state: PlayState, in scenario: Scenario, weights: ScoringWeights = .standard) {
        guard let score = Score(state, in: scenario, weights: weights),
              let outcome = state.outcome else { return nil }
        let language = scenario.language
        self.score = score
        self.outcome = outcome
        idealPath = Paths.ideal(scenario).compactMap { move in
            scenario.step(move.stepID).flatMap { step in move.choiceIndex.map { step.choices[$0].text } }
        }
        var served: [ServqualDimension: Int] = [:]
        lines = state.record.compactMap { verdict in
            guard let step = scenario.step(verdict.stepID) else { return nil }
            let best = step.choices.first { $0.quality == step.qualityRange.upperBound }
            switch verdict.kind {
            case .identified(let named, let truth):
                return Line(stepID: step.id, phase: step.phase, yours: named.name(in: language),
                            ideal: truth.name(in: language), judgement: .init(credit: verdict.credit),
                            feedback: verdict.isRight ? nil : Texts.identification(named: named, truth: truth, credit: verdict.credit, language),
                            seconds: verdict.seconds)
            case .strategy(let chosen, let truth):
                return Line(stepID: step.id, phase: step.phase, yours: chosen.name(in: language),
                            ideal: truth.family.name(in: language), judgement: .init(credit: verdict.credit),
                            feedback: verdict.isRight ? nil : Texts.strategy(chosen: chosen, truth: truth, credit: verdict.credit, language),
                            seconds: verdict.seconds)
            case .reply(let index):
                let choice = step.choices[index]
                if choice.quality > 0 {
                    for dimension in choice.servqual { served[dimension, default: 0] += 1 }
                }
                return Line(stepID: step.id, phase: step.phase, yours: choice.text, ideal: best?.text ?? "",
                            judgement: .init(credit: verdict.credit),
                            feedback: verdict.isRight ? nil : (choice.feedback ?? Texts.noFeedback(quality: choice.quality, language)),
                            seconds: verdict.seconds)
            case .timedOut:
                return Line(stepID: step.id, phase: step.phase, yours: language.text("debrief.waitedTooLong"),
                            ideal: best?.text ?? "", judgement: .wrong,
                            feedback: step.timeLimit?.feedback ?? Texts.timedOut(language), seconds: verdict.seconds)
            case .concept(let kind, let chosen, let truth):
                return Line(stepID: step.id, phase: step.phase, yours: kind.name(of: chosen, in: language),
                            ideal: kind.name(of: truth, in: language), judgement: .init(credit: verdict.credit),
                            feedback: verdict.isRight ? nil : Texts.concept(kind, chosen: chosen, truth: truth, step: step, language),
                            seconds: verdict.seconds)
            case .missed(let question, let truth):
                let ideal = question.concept.map { kind in step.answers[kind].map { kind.name(of: $0, in: language) } ?? "" }
                    ?? (question == .identify ? truth.name(in: language) : truth.family.name(in: language))
                return Line(stepID: step.id, phase: step.phase, yours: language.text("debrief.noAnswer"),
                            ideal: ideal, judgement: .wrong, feedback: Texts.timedOut(language), seconds: 0)
            case .quit:
                return nil
            }
        }
        servqual = served
        totalSeconds = state.record.map(\.seconds).reduce(0, +)
    }
}
