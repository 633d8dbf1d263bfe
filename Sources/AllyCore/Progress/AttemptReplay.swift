/// One decision of a replayed attempt: the prompt it answered, what was chosen, what was ideal, and the feedback.
public struct ReplayDecision: Sendable, Equatable {
    /// The step's number in the replay (1-based; several decisions can share a step).
    public var stepNumber: Int
    /// Whether this is the first decision made at its step.
    public var startsStep: Bool
    /// The step the decision answered.
    public var step: Step
    /// The decision, with its time.
    public var timed: TimedDecision
    /// What the trainee did, in words.
    public var chosen: String
    /// The ideal answer, when there is one.
    public var ideal: String?
    /// The engine's feedback on the decision.
    public var feedback: Feedback
}

/// An attempt folded decision by decision against the scenario text it was played with; pure.
public struct AttemptReplay: Sendable, Equatable {
    /// The scenario, as stored with the attempt.
    public var scenario: Scenario
    /// Every decision that still fits the scenario, in order.
    public var decisions: [ReplayDecision]
    /// The 0-based index of the first decision that no longer fits the scenario, if any.
    public var misfitIndex: Int?
    /// Why that decision no longer fits.
    public var misfitReason: String?
    /// The state after the last decision that fits.
    public var final: PlayState

    /// Replays `decisions` on `scenario`.
    public init(scenario: Scenario, decisions timedDecisions: [TimedDecision]) {
        self.scenario = scenario
        let l = scenario.language
        var state = PlayState(scenario: scenario)
        var lastStep: String?
        var number = 0
        var out: [ReplayDecision] = []
        for (index, timed) in timedDecisions.enumerated() {
            guard let stepID = state.stepID, let step = scenario.step(stepID) else { break }
            let startsStep = stepID != lastStep
            if startsStep {
                number += 1
                lastStep = stepID
            }
            let ideal = Self.idealAnswer(for: state, step: step, language: l)
            let result: (state: PlayState, feedback: Feedback)
            do {
                // Handed over, so the record grows in place (see ``Engine/replay(_:_:)``).
                result = try Engine.apply(timed, to: consume state, in: scenario)
            } catch {
                misfitIndex = index
                misfitReason = "\(error)"
                // The state before the decision that no longer fits, played again (once).
                state = (try? Engine.replay(scenario, Array(timedDecisions.prefix(index)))) ?? PlayState(scenario: scenario)
                break
            }
            out.append(ReplayDecision(
                stepNumber: number, startsStep: startsStep, step: step, timed: timed,
                chosen: Self.chosen(timed.decision, step: step, language: l), ideal: ideal, feedback: result.feedback))
            state = result.state
        }
        decisions = out
        final = state
    }

    /// Whether the replay shows the ideal answer beside the chosen one (not for right or neutral answers).
    public static func showsIdeal(_ decision: ReplayDecision) -> Bool {
        decision.ideal != nil && decision.feedback.judgement != .right && decision.feedback.judgement != .neutral
    }

    /// What the trainee did, in words.
    public static func chosen(_ decision: Decision, step: Step, language l: Language) -> String {
        switch decision {
        case .identify(let type): l.text("replay.namedType", ["name": type.name(in: l)])
        case .strategy(let family): l.text("replay.chose", ["name": family.name(in: l)])
        case .concept(let kind, let id): l.text("replay.answered", ["name": kind.name(of: id, in: l)])
        case .reply(let index): step.choices.indices.contains(index) ? "\"\(step.choices[index].text)\"" : "#\(index + 1)"
        case .timeOut: l.text("debrief.waitedTooLong")
        case .quit: l.text("replay.leftConversation")
        }
    }

    /// The ideal answer to the prompt `state` is at.
    public static func idealAnswer(for state: PlayState, step: Step, language l: Language) -> String? {
        switch state.prompt {
        case .identify: state.customerType.name(in: l)
        case .strategy: state.customerType.family.name(in: l)
        case .concept(let kind): step.answers[kind].map { kind.name(of: $0, in: l) }
        case .reply: step.choices.first { $0.quality == step.qualityRange.upperBound }.map { "\"\($0.text)\"" }
        case .none: nil
        }
    }
}
