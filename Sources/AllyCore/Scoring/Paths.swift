/// One move along a path through a scenario: at a step, the reply taken (or nil for a timeout).
public struct PathStep: Sendable, Equatable {
    /// The step.
    public var stepID: String
    /// The reply's index, or nil when time ran out.
    public var choiceIndex: Int?
}

/// Paths through a scenario that the debrief compares against.
public enum Paths {
    /// The ideal path: at every step the best reply, preferring the one that leads to the best ending.
    public static func ideal(_ scenario: Scenario) -> [PathStep] {
        walk(scenario, prefer: >)
    }

    /// The worst path: at every step the poorest reply.
    public static func worst(_ scenario: Scenario) -> [PathStep] {
        walk(scenario, prefer: <)
    }

    /// The decisions that play `path`, with the right answers to every question, for tests and tools.
    public static func decisions(for path: [PathStep], in scenario: Scenario, answerQuestions: Bool = true) -> [Decision] {
        var type = scenario.customer.type
        var out: [Decision] = []
        for move in path {
            guard let step = scenario.step(move.stepID) else { break }
            if let index = move.choiceIndex {
                for question in step.asks {
                    switch question {
                    case .identify: out.append(.identify(answerQuestions ? type : type.confusedWith))
                    case .strategy: out.append(.strategy(answerQuestions ? type.family : .partWays))
                    default:
                        guard let kind = question.concept, let right = step.answers[kind] else { break }
                        out.append(.concept(kind, answerQuestions ? right : kind.answers.first { $0 != right } ?? right))
                    }
                }
                out.append(.reply(index))
                if let becomes = step.choices[index].becomes { type = becomes }
            } else {
                out.append(.timeOut)
                if let becomes = step.timeLimit?.becomes { type = becomes }
            }
        }
        return out
    }

    /// Walks from the start choosing greedily by quality (ties broken by the best reachable ending).
    private static func walk(_ scenario: Scenario, prefer: (Double, Double) -> Bool) -> [PathStep] {
        let reach = bestReachableOutcome(scenario, prefer: prefer)
        var path: [PathStep] = []
        var visited: Set<String> = []
        var current = scenario.start
        while let step = scenario.step(current), !visited.contains(current) {
            visited.insert(current)
            let candidates = step.choices.indices.filter { !visited.contains(step.choices[$0].next) }
            let pool = candidates.isEmpty ? Array(step.choices.indices) : candidates
            let pick = pool.reduce(pool[0]) { best, index in
                let a = step.choices[index], b = step.choices[best]
                let keyA = Double(a.quality) * 10 + (reach[a.next] ?? 0)
                let keyB = Double(b.quality) * 10 + (reach[b.next] ?? 0)
                return prefer(keyA, keyB) ? index : best
            }
            path.append(PathStep(stepID: current, choiceIndex: pick))
            current = step.choices[pick].next
        }
        return path
    }

    /// For every node, the best (or worst) outcome credit reachable from it.
    ///
    /// The endings are taken best first and each is walked back from over reversed edges: a node
    /// gets the value of the first ending that reaches it, which is its best. Every node and edge
    /// is visited once, so a long chain costs no more than a wide tree (relaxing until nothing
    /// changed took a round per step of a chain).
    private static func bestReachableOutcome(_ scenario: Scenario, prefer: (Double, Double) -> Bool) -> [String: Double] {
        var sources: [String: [String]] = [:]
        for step in scenario.steps {
            for target in step.targets { sources[target, default: []].append(step.id) }
        }
        // An ending's value is the best (or worst) of the outcomes it has words for.
        let endings = scenario.endings.map { ending in
            let credits = ending.outcomes.map(Credit.outcome)
            return (ending.id, credits.reduce(credits.first ?? 0) { prefer($1, $0) ? $1 : $0 })
        }
        var reach: [String: Double] = [:]
        for (id, value) in endings.sorted(by: { prefer($0.1, $1.1) }) where reach[id] == nil {
            reach[id] = value
            var work = sources[id] ?? []
            while let node = work.popLast() {
                guard reach[node] == nil else { continue }
                reach[node] = value
                work.append(contentsOf: sources[node] ?? [])
            }
        }
        return reach
    }
}

extension CustomerType {
    /// The type a trainee most often mistakes this one for (used for wrong-answer walks).
    public var confusedWith: CustomerType {
        switch self {
        case .ally: .tolerant
        case .tolerant: .patient
        case .patient: .hostage
        case .incompetent: .victim
        case .victim: .incompetent
        case .hostage: .patient
        case .intolerant: .terrorist
        case .anarchist: .intolerant
        case .terrorist: .intolerant
        }
    }
}
