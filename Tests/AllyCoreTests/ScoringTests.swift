import Testing
@testable import AllyCore

@Suite("Scoring table")
struct ScoringTests {
    @Test("identification: exact type 1.0, same strategy family 0.5, otherwise 0", arguments: [
        (CustomerType.hostage, CustomerType.hostage, 1.0),
        (.intolerant, .hostage, 0.5),  // both harness negative energy
        (.terrorist, .intolerant, 0.0),  // the terrorist's answer is parting ways: another family
        (.patient, .tolerant, 0.5),  // both inform & involve
        (.victim, .incompetent, 0.5),
        (.patient, .hostage, 0.0),
        (.ally, .tolerant, 0.0),
    ])
    func identification(named: CustomerType, truth: CustomerType, credit: Double) {
        #expect(Credit.identification(named: named, truth: truth) == credit)
    }

    @Test("strategy: the recommended family 1.0 for every type")
    func recommendedStrategy() {
        for type in CustomerType.allCases {
            #expect(Credit.strategy(chosen: type.family, truth: type) == 1)
        }
    }

    @Test("strategy: credit across families only where the notes give it: harnessing the terrorist's energy")
    func notesPartialCredit() {
        #expect(CustomerType.terrorist.family == .partWays)
        #expect(Credit.strategy(chosen: .harnessNegativeEnergy, truth: .terrorist) == 0.5)
        #expect(Credit.strategy(chosen: .informAndInvolve, truth: .hostage) == 0)
        #expect(Credit.strategy(chosen: .guideAndSupport, truth: .victim) == 1)
        #expect(Credit.strategy(chosen: .informAndInvolve, truth: .victim) == 0)
    }

    @Test("strategy: parting ways is a last resort for difficult types, the worst choice for the others")
    func partingWays() {
        for type in [CustomerType.hostage, .intolerant, .anarchist] {
            #expect(Credit.strategy(chosen: .partWays, truth: type) == Credit.lastResort)
        }
        for type in [CustomerType.ally, .tolerant, .patient, .incompetent, .victim] {
            let worst = Credit.strategy(chosen: .partWays, truth: type)
            #expect(worst == Credit.worstStrategy)
            for other in StrategyFamily.allCases where other != .partWays {
                #expect(Credit.strategy(chosen: other, truth: type) > worst)
            }
        }
    }

    @Test("outcome: delighted 1.0, satisfied 0.8, complaining 0.4, silent 0")
    func outcomes() {
        #expect(Credit.outcome(.delighted) == 1)
        #expect(Credit.outcome(.satisfied) == 0.8)
        #expect(Credit.outcome(.dissatisfiedComplaining) == 0.4)
        #expect(Credit.outcome(.dissatisfiedSilent) == 0)
    }

    @Test("conversation: quality normalised over what each step offered")
    func conversationNormalised() {
        #expect(Credit.quality(2, in: -2...2) == 1)
        #expect(Credit.quality(0, in: -2...2) == 0.5)
        #expect(Credit.quality(-2, in: -2...2) == 0)
        #expect(Credit.quality(1, in: 1...1) == 1)
    }

    @Test("a perfect attempt scores 100 with 30/30/25/15 points")
    func perfectScore() throws {
        let state = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(0)])
        let score = try #require(Score(state, in: garage))
        #expect(score.total == 100)
        #expect(score.parts.map(\.points) == [30, 30, 25, 15, 0])  // no concept questions: that part is left out
        #expect(score[.concepts].value == nil)
    }

    @Test("the parts add up: close type, another family, mixed replies with a repair, delighted")
    func mixedScore() throws {
        // identification 0.5 -> 15; strategy 0 (the notes give no credit to inform & involve for a hostage);
        // conversation: (-1 in -2...2 -> 0.25) + (2 -> 1) + (0 in -2...2 -> 0.5) = 1.75/3 -> 14.58;
        // outcome: the -1 is repaired by the 2 after it, so performance is 3 + (0 + 2 + 0)/3 = 3.67,
        // above the expectation of 3 by more than half a point: delighted -> 15
        let state = try play([.identify(.intolerant), .strategy(.informAndInvolve), .reply(1), .reply(0), .reply(1)])
        let score = try #require(Score(state, in: garage))
        #expect(score[.identification].points == 15)
        #expect(score[.strategy].points == 0)
        #expect(abs(score[.conversation].points - 25 * 1.75 / 3) < 1e-9)
        #expect(score.outcome == .delighted)
        #expect(abs(score[.outcome].points - 15) < 1e-9)
        #expect(score.total == 45)
    }

    @Test("parting ways with a customer who could become an ally costs points from the other parts; the total never drops below 0")
    func worstStrategyPenalty() throws {
        var tolerant = garage
        tolerant.customer.type = .tolerant
        let state = try play([.identify(.tolerant), .strategy(.partWays), .reply(2), .identify(.tolerant), .reply(1)], tolerant)
        let score = try #require(Score(state, in: tolerant))
        #expect(score[.strategy].points == -30)
        #expect(score.total == 0)
        let better = try play([.identify(.tolerant), .strategy(.guideAndSupport), .reply(2), .identify(.tolerant), .reply(1)], tolerant)
        #expect(try #require(Score(better, in: tolerant)).total > score.total)
    }

    @Test("weights from scoring.yaml change the points; parts a scenario does not test are left out")
    func customWeights() throws {
        let noQuestions = Scenario(
            id: "plain", language: .en, title: "Plain", setting: "Desk",
            customer: Customer(name: "A", type: .ally), start: "only",
            steps: [Step(id: "only", phase: .greet, say: "Hi!", choices: [
                Choice(text: "Hello", quality: 2, next: "end"), Choice(text: "What?", quality: 0, next: "end"),
                Choice(text: "Go away.", quality: -2, next: "end"),
            ])],
            endings: [Ending(id: "end", say: "Bye", outcome: .delighted)])
        let state = try play([.reply(1)], noQuestions)
        let score = try #require(Score(state, in: noQuestions, weights: ScoringWeights(identification: 0, strategy: 0, conversation: 50, outcome: 50)))
        #expect(score[.identification].value == nil)
        // One neutral reply meets an expectation of 3: satisfied (0.8).
        #expect(score.total == 65)  // conversation 0.5 * 50 + outcome 0.8 * 50
        let standard = try #require(Score(state, in: noQuestions))
        #expect(standard.total == 61)  // (0.5 * 25 + 0.8 * 15) / 40 * 100 = 61.25
    }
}
