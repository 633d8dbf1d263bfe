import AllyContent
import AllyCore
import Testing

@Suite("Random walks through every bundled scenario")
struct RandomWalkTests {
    @Test("200 seeded walks per scenario always reach an ending with a score from 0 to 100")
    func walksEnd() throws {
        #expect(!bundled.scenarios.isEmpty)
        for scenario in bundled.scenarios {
            for seed in UInt64(1)...200 {
                var rng = SeededGenerator(seed: seed)
                var state = PlayState(scenario: scenario)
                var moves = 0
                while let stepID = state.stepID, let step = scenario.step(stepID), moves < 1_000 {
                    moves += 1
                    let decision: Decision
                    if step.timeLimit != nil && Int.random(in: 0..<6, using: &rng) == 0 {
                        decision = .timeOut
                    } else {
                        switch state.prompt {
                        case .identify: decision = .identify(CustomerType.allCases.randomElement(using: &rng)!)
                        case .strategy: decision = .strategy(StrategyFamily.allCases.randomElement(using: &rng)!)
                        case .concept(let kind): decision = .concept(kind, kind.answers.randomElement(using: &rng)!)
                        case .reply: decision = .reply(Int.random(in: 0..<step.choices.count, using: &rng))
                        case .none: decision = .quit
                        }
                    }
                    state = try Engine.apply(TimedDecision(decision, seconds: 1), to: state, in: scenario).state
                }
                let score = try #require(
                    Score(state, in: scenario, weights: bundled.scoringWeights),
                    "\(scenario.id), seed \(seed): no ending after \(moves) moves")
                #expect((0...100).contains(score.total), "\(scenario.id), seed \(seed)")
            }
        }
    }

    @Test("the ideal path of every scenario scores higher than its worst path, and ends loyal")
    func idealBeatsWorst() throws {
        for scenario in bundled.scenarios {
            let ideal = try Engine.replay(scenario, Paths.decisions(for: Paths.ideal(scenario), in: scenario).map { TimedDecision($0) })
            let worst = try Engine.replay(
                scenario, Paths.decisions(for: Paths.worst(scenario), in: scenario, answerQuestions: false).map { TimedDecision($0) })
            let best = try #require(Score(ideal, in: scenario), "\(scenario.id): the ideal path does not end")
            let poor = try #require(Score(worst, in: scenario), "\(scenario.id): the worst path does not end")
            #expect(best.total > poor.total, "\(scenario.id)")
            #expect(ideal.outcome?.isLoyal == true, "\(scenario.id): the ideal path does not end loyal")
        }
    }
}
