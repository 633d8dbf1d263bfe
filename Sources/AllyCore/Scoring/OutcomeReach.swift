/// Which outcomes each ending can be reached with, over every path through a scenario.
///
/// The walk's state is (node, satisfaction tally, customer type): paths that agree on these
/// agree on every outcome to come, so they are explored once. Iterative, so no scenario can
/// overflow the stack; bounded, so no scenario can exhaust memory.
public struct OutcomeReach: Sendable {
    /// One move of an example path: a step and the reply taken (nil for a timeout).
    public typealias Move = PathStep

    /// For each ending id, the outcomes some path earns there, each with one such path.
    public var examples: [String: [Outcome: [Move]]]
    /// For each step id, the customer types the customer can have on arriving there.
    public var typesAt: [String: Set<CustomerType>]
    /// Whether the walk stopped at `limit` states before exploring every path.
    public var isPartial: Bool

    /// Most states explored: far above any real scenario (a few thousand), far below a hostile one.
    public static let limit = 200_000

    private struct State: Hashable {
        var node: Int
        var tally: Satisfaction
        var type: CustomerType
    }

    /// Explores every path of `scenario` (replies in a cycle counted up to one lap per step).
    public init(_ scenario: Scenario) {
        let ids = scenario.steps.map(\.id) + scenario.endings.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let stepCount = scenario.steps.count
        var parent: [State: (State, Move)] = [:]
        var seen: Set<State> = []
        var examples: [String: [Outcome: [Move]]] = [:]
        var typesAt: [String: Set<CustomerType>] = [:]
        var partial = false
        guard let first = index[scenario.start], first < stepCount else {
            self.init(examples: [:], typesAt: [:], isPartial: false)
            return
        }
        let origin = State(node: first, tally: Satisfaction(), type: scenario.customer.type)
        var work = [origin]
        seen.insert(origin)
        func path(to state: State) -> [Move] {
            var moves: [Move] = []
            var current = state
            while let (previous, move) = parent[current] {
                moves.append(move)
                current = previous
            }
            return moves.reversed()
        }
        while let state = work.popLast() {
            if state.node >= stepCount {
                let ending = scenario.endings[state.node - stepCount]
                let outcome = state.tally.outcome(expectation: scenario.customer.expectation, type: state.type)
                if examples[ending.id]?[outcome] == nil { examples[ending.id, default: [:]][outcome] = path(to: state) }
                continue
            }
            let step = scenario.steps[state.node]
            typesAt[step.id, default: []].insert(state.type)
            // A path longer than one visit per step only repeats a cycle: its outcomes are already known.
            guard state.tally.replies <= stepCount else { continue }
            var moves: [(Move, quality: Int, becomes: CustomerType?, next: String)] = step.choices.enumerated().map {
                (Move(stepID: step.id, choiceIndex: $0), $1.quality, $1.becomes, $1.next)
            }
            if let limit = step.timeLimit { moves.append((Move(stepID: step.id, choiceIndex: nil), limit.quality, limit.becomes, limit.next)) }
            for (move, quality, becomes, next) in moves {
                guard let target = index[next] else { continue }
                let child = State(node: target, tally: state.tally.adding(quality: quality, phase: step.phase), type: becomes ?? state.type)
                guard seen.insert(child).inserted else { continue }
                guard seen.count <= Self.limit else { partial = true; break }
                parent[child] = (state, move)
                work.append(child)
            }
            if partial { break }
        }
        self.init(examples: examples, typesAt: typesAt, isPartial: partial)
    }

    private init(examples: [String: [Outcome: [Move]]], typesAt: [String: Set<CustomerType>], isPartial: Bool) {
        self.examples = examples
        self.typesAt = typesAt
        self.isPartial = isPartial
    }

    /// The outcomes some path earns at the ending `id`, best first.
    public func outcomes(at id: String) -> [Outcome] {
        Outcome.allCases.filter { examples[id]?[$0] != nil }
    }
}
