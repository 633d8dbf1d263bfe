/// A finished attempt's score, part by part.
public struct Score: Sendable, Equatable {
    /// One part of the score.
    public struct Part: Sendable, Equatable {
        /// Which part.
        public var part: ScorePart
        /// The credit earned, -1...1, or nil when the scenario did not test this part.
        public var value: Double?
        /// The part's relative weight.
        public var weight: Double
        /// Points earned out of `maximum` (may be negative for the worst strategy).
        public var points: Double
        /// The most points this part could earn.
        public var maximum: Double
    }

    /// The four parts in the order of the scoring table.
    public var parts: [Part]
    /// The total, 0...100.
    public var total: Int
    /// Where the customer ended on the satisfaction framework.
    public var outcome: Outcome

    /// Whether the attempt passes at `mark`: enough points, and the customer kept (losing them cannot pass).
    public func passes(mark: Int) -> Bool {
        Self.passes(total: total, outcome: outcome, mark: mark)
    }

    /// The pass rule, for stored results too: at least `mark` points and a customer kept.
    public static func passes(total: Int, outcome: Outcome?, mark: Int) -> Bool {
        total >= mark && outcome?.isLoyal == true
    }

    /// The parts a debrief lists: all of them, but the concept questions only where the scenario asks
    /// some (most do not, and "not tested" on every debrief would be noise).
    public var shownParts: [Part] {
        parts.filter { $0.part != .concepts || $0.value != nil }
    }

    /// The part `part`.
    public subscript(part: ScorePart) -> Part {
        parts.first { $0.part == part }!
    }

    /// Scores the attempt `state` of `scenario` with `weights`; nil while the attempt is not finished.
    public init?(_ state: PlayState, in scenario: Scenario, weights: ScoringWeights = .standard) {
        guard let outcome = state.outcome else { return nil }
        func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        var identification: [Double] = []
        var strategy: [Double] = []
        var conversation: [Double] = []
        var concepts: [Double] = []
        for verdict in state.record {
            switch verdict.kind {
            case .identified: identification.append(verdict.credit)
            case .strategy: strategy.append(verdict.credit)
            case .concept: concepts.append(verdict.credit)
            case .missed(.identify, _): identification.append(0)
            case .missed(.strategy, _): strategy.append(0)
            case .missed: concepts.append(0)
            case .reply, .timedOut: conversation.append(verdict.credit)
            case .quit: break
            }
        }
        self.outcome = outcome
        let values: [ScorePart: Double?] = [
            .identification: mean(identification),
            .strategy: mean(strategy),
            .conversation: mean(conversation),
            .concepts: mean(concepts),
            .outcome: Credit.outcome(outcome),
        ]
        let tested = ScorePart.allCases.filter { values[$0]! != nil }
        let totalWeight = tested.map { weights[$0] }.reduce(0, +)
        parts = ScorePart.allCases.map { part in
            let value = values[part]!
            let maximum = value == nil || totalWeight == 0 ? 0 : 100 * weights[part] / totalWeight
            return Part(part: part, value: value, weight: weights[part], points: (value ?? 0) * maximum, maximum: maximum)
        }
        let sum = parts.map(\.points).reduce(0, +)
        total = Int(min(100, max(0, sum)).rounded())
    }
}
