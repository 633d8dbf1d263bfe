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
        var node: Int32
        var type: UInt8
        var tally: Satisfaction
    }

    /// Explores every path of `scenario` (replies in a cycle counted up to one lap per step).
    ///
    /// States live in an array and point to their parent by index, and per-node facts are kept
    /// in arrays: the only hashing is the one set that stops a state from being explored twice.
    public init(_ scenario: Scenario) {
        let ids = scenario.steps.map(\.id) + scenario.endings.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let stepCount = scenario.steps.count
        let types = CustomerType.allCases
        guard let first = index[scenario.start], first < stepCount else {
            self.init(examples: [:], typesAt: [:], isPartial: false)
            return
        }
        // Each step's moves, resolved once: (choice index or nil, quality, new type index, target).
        let moves: [[(choice: Int?, quality: Int, becomes: UInt8?, target: Int)]] = scenario.steps.map { step in
            var list = step.choices.enumerated().compactMap { offset, choice in
                index[choice.next].map { (Optional(offset), choice.quality, choice.becomes.map { UInt8(types.firstIndex(of: $0)!) }, $0) }
            }
            if let limit = step.timeLimit, let target = index[limit.next] {
                list.append((nil, limit.quality, limit.becomes.map { UInt8(types.firstIndex(of: $0)!) }, target))
            }
            return list
        }
        var states: [State] = []
        var parent: [Int] = []
        var via: [Int?] = []  // the choice taken into each state (nil: a timeout, or the origin)
        var seen: Set<State> = []
        var typeBits = [UInt16](repeating: 0, count: stepCount)
        var found = [[Int?]](repeating: [Int?](repeating: nil, count: Outcome.allCases.count), count: scenario.endings.count)
        var partial = false
        let origin = State(node: Int32(first), type: UInt8(types.firstIndex(of: scenario.customer.type)!), tally: Satisfaction())
        states.append(origin)
        parent.append(-1)
        via.append(nil)
        seen.insert(origin)
        var work = [0]
        while let current = work.popLast() {
            let state = states[current]
            let node = Int(state.node)
            if node >= stepCount {
                let outcome = state.tally.outcome(expectation: scenario.customer.expectation, type: types[Int(state.type)])
                let slot = Outcome.allCases.firstIndex(of: outcome)!
                if found[node - stepCount][slot] == nil { found[node - stepCount][slot] = current }
                continue
            }
            typeBits[node] |= 1 << state.type
            // A path longer than one visit per step only repeats a cycle: its outcomes are already known.
            guard state.tally.replies <= stepCount else { continue }
            let phase = scenario.steps[node].phase
            for move in moves[node] {
                let child = State(
                    node: Int32(move.target), type: move.becomes ?? state.type,
                    tally: state.tally.adding(quality: move.quality, phase: phase))
                guard seen.insert(child).inserted else { continue }
                guard seen.count <= Self.limit else { partial = true; break }
                states.append(child)
                parent.append(current)
                via.append(move.choice)
                work.append(states.count - 1)
            }
            if partial { break }
        }
        func path(to end: Int) -> [Move] {
            var moves: [Move] = []
            var current = end
            while parent[current] >= 0 {
                moves.append(Move(stepID: scenario.steps[Int(states[parent[current]].node)].id, choiceIndex: via[current]))
                current = parent[current]
            }
            return moves.reversed()
        }
        var examples: [String: [Outcome: [Move]]] = [:]
        for (ending, slots) in zip(scenario.endings, found) {
            for (outcome, end) in zip(Outcome.allCases, slots) {
                if let end { examples[ending.id, default: [:]][outcome] = path(to: end) }
            }
        }
        var typesAt: [String: Set<CustomerType>] = [:]
        for (step, bits) in zip(scenario.steps, typeBits) where bits != 0 {
            typesAt[step.id] = Set(types.indices.filter { bits & (1 << $0) != 0 }.map { types[$0] })
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
