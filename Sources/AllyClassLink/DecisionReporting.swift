import AllyCore

extension DecisionReport {
    /// The report of the last of `decisions` (the attempt of `scenario` so far, that one
    /// included), judged by replaying the attempt; nil when the decisions do not replay.
    public static func last(of decisions: [TimedDecision], in scenario: Scenario) -> DecisionReport? {
        guard let last = decisions.last, let state = try? Engine.replay(scenario, decisions) else { return nil }
        let verdict = state.record.last
        var report = DecisionReport(scenario: scenario.id, index: decisions.count - 1, kind: kind(of: last.decision))
        switch verdict?.kind {
        case .identified(let named, let truth)?:
            report.guess = named
            report.truth = truth
        case .strategy(_, let truth)?:
            report.truth = truth
        default:
            break
        }
        if let verdict, report.kind != .quit { report.correct = verdict.isRight }
        report.score = scoreSoFar(state)
        return report
    }

    /// The attempt's score so far, 0...100: the mean credit of every judged decision (nil before any).
    public static func scoreSoFar(_ state: PlayState) -> Int? {
        let credits = state.record.compactMap { verdict -> Double? in
            if case .quit = verdict.kind { return nil }
            return max(0, verdict.credit)
        }
        guard !credits.isEmpty else { return nil }
        return Int((100 * credits.reduce(0, +) / Double(credits.count)).rounded())
    }

    private static func kind(of decision: Decision) -> Kind {
        switch decision {
        case .identify: .identify
        case .strategy: .strategy
        case .concept: .concept
        case .reply: .reply
        case .timeOut: .timeout
        case .quit: .quit
        }
    }
}
