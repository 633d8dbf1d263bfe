import AllyContent
import AllyCore

/// What one fuzzer input goes through: the YAML reader, the decoder and checker, and every walk
/// the engine and the tools make over a scenario that checks clean.
///
/// The input is a scenario file; its bytes, read again from the start, also pick the answers of
/// one more walk through each scenario, so the engine sees more than the ideal and worst paths.
enum FuzzTarget {
    /// Most decisions one input may drive, so a loop in a scenario cannot make an input run for ever.
    static let maximumDecisions = 2_000

    /// Runs one input; any crash, hang or blow-up in here is a finding.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let library = ContentLoader.load(texts: [(name: "fuzz.yaml", text: text)])
        for diagnostic in library.diagnostics { _ = diagnostic.description }
        for scenario in library.scenarios {
            _ = scenario.decisionCount
            _ = ScenarioGraph.tree(scenario)
            _ = ScenarioGraph.dot(scenario)
            for path in [Paths.ideal(scenario), Paths.worst(scenario)] {
                for answering in [true, false] {
                    let decisions = Paths.decisions(for: path, in: scenario, answerQuestions: answering).map { TimedDecision($0) }
                    finish((try? Engine.replay(scenario, decisions)) ?? PlayState(scenario: scenario), scenario, decisions)
                }
            }
            walk(scenario, choosingWith: bytes)
        }
    }

    /// A walk whose every answer is the next input byte: a type, a family, a reply or a timeout.
    private static func walk(_ scenario: Scenario, choosingWith bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        var state = PlayState(scenario: scenario)
        var decisions: [TimedDecision] = []
        var index = 0
        while let stepID = state.stepID, let step = scenario.step(stepID), decisions.count < maximumDecisions {
            let byte = Int(bytes[index % bytes.count])
            index += 1
            let decision: Decision
            switch state.prompt {
            case .identify: decision = .identify(CustomerType.allCases[byte % CustomerType.allCases.count])
            case .strategy: decision = .strategy(StrategyFamily.allCases[byte % StrategyFamily.allCases.count])
            case .concept(let kind): decision = .concept(kind, kind.answers[byte % kind.answers.count])
            case .reply:
                let options = step.choices.count + (step.timeLimit == nil ? 0 : 1)
                let pick = byte % max(1, options)
                decision = pick < step.choices.count ? .reply(pick) : .timeOut
            case .none: return
            }
            let timed = TimedDecision(decision, seconds: Double(byte))
            guard let next = try? Engine.apply(timed, to: state, in: scenario) else { break }
            state = next.state
            decisions.append(timed)
        }
        finish(state, scenario, decisions)
    }

    /// Everything that is built from a finished (or stopped) play: score, debrief, replay.
    private static func finish(_ state: PlayState, _ scenario: Scenario, _ decisions: [TimedDecision]) {
        _ = Score(state, in: scenario)
        _ = Debrief(state, in: scenario)
        _ = AttemptReplay(scenario: scenario, decisions: decisions)
    }
}
