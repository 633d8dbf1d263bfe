import Testing
@testable import AllyCore

/// The satisfaction framework as the engine computes it, rule by rule.
struct SatisfactionTests {
    func tally(_ replies: [(Int, ServicePhase)]) -> Satisfaction {
        replies.reduce(Satisfaction()) { $0.adding(quality: $1.0, phase: $1.1) }
    }

    @Test("performance above the expectation delights, about equal satisfies, below dissatisfies")
    func performanceAgainstExpectation() {
        let good = tally([(2, .greet), (1, .needs), (2, .meet)])  // 3 + 5/3 = 4.67
        #expect(good.outcome(expectation: 4, type: .tolerant) == .delighted)  // 4.67 ≥ 4 + 0.5
        #expect(good.outcome(expectation: 5, type: .tolerant) == .satisfied)  // within half a point of 5
        let middling = tally([(0, .greet), (1, .needs), (-1, .meet)])  // 3
        #expect(middling.outcome(expectation: 3, type: .tolerant) == .satisfied)
        #expect(middling.outcome(expectation: 4, type: .tolerant) == .dissatisfiedSilent)
        #expect(middling.outcome(expectation: 2, type: .tolerant) == .delighted)
    }

    @Test("an unrepaired −2 always loses the customer, however good the rest")
    func unrepairedWorst() {
        let slip = tally([(2, .greet), (2, .needs), (2, .meet), (-2, .door)])
        #expect(slip.outcome(expectation: 1, type: .tolerant) == .dissatisfiedSilent)
    }

    @Test("a −2 put right by a later excellent reply counts as 0: a repair beats a neutral step")
    func repair() {
        let repaired = tally([(-2, .greet), (2, .needs)])  // (0 + 2) / 2 = 1
        let neutral = tally([(0, .greet), (0, .needs)])
        #expect(repaired.performance == 4)
        #expect(repaired.performance > neutral.performance)
        #expect(repaired.outcome(expectation: 3, type: .victim) == .delighted)
        // A good but not excellent reply does not repair.
        #expect(tally([(-2, .greet), (1, .needs)]).outcome(expectation: 1, type: .victim) == .dissatisfiedSilent)
    }

    @Test("dissatisfied customers complain by type; the quiet types complain only when the threshold was lowered")
    func complainingOrSilent() {
        let poor = tally([(-1, .greet), (-1, .needs)])
        for type in [CustomerType.tolerant, .patient, .incompetent, .victim] {
            #expect(poor.outcome(expectation: 3, type: type) == .dissatisfiedSilent)
        }
        for type in [CustomerType.ally, .hostage, .intolerant, .anarchist, .terrorist] {
            #expect(poor.outcome(expectation: 3, type: type) == .dissatisfiedComplaining)
        }
        let asked = tally([(-1, .greet), (-2, .needs), (1, .check)])
        #expect(asked.thresholdLowered)
        #expect(asked.outcome(expectation: 3, type: .tolerant) == .dissatisfiedComplaining)
        // A good reply elsewhere does not invite the complaint.
        #expect(!tally([(-1, .greet), (-2, .needs), (1, .meet)]).thresholdLowered)
    }

    @Test("the engine computes the outcome at the ending, and only a kept customer passes")
    func engineOutcome() throws {
        let state = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(0)])
        #expect(state.outcome == .delighted)
        let score = try #require(Score(state, in: garage))
        #expect(score.passes(mark: 60))
        #expect(!Score.passes(total: 95, outcome: .dissatisfiedComplaining, mark: 60))
        #expect(!Score.passes(total: 95, outcome: nil, mark: 60))
    }

    @Test("every ending's reachable outcomes are found, with a path that earns each")
    func reach() {
        let reach = OutcomeReach(garage)
        #expect(!reach.isPartial)
        for ending in garage.endings {
            for outcome in reach.outcomes(at: ending.id) {
                let path = reach.examples[ending.id]![outcome]!
                let decisions = Paths.decisions(for: path, in: garage).map { TimedDecision($0) }
                #expect((try? Engine.replay(garage, decisions))?.outcome == outcome, "\(ending.id) \(outcome)")
            }
        }
    }

    @Test("a chain of 20,000 steps is walked without overflowing the stack")
    func longChain() {
        let n = 20_000
        let steps = (0..<n).map { i in
            Step(id: "s\(i)", phase: .needs, say: "a", choices: [Choice(text: "a", quality: 1, next: i + 1 < n ? "s\(i + 1)" : "end")])
        }
        let chain = Scenario(
            id: "chain", language: .en, title: "Chain", setting: "Lab", customer: Customer(name: "B", type: .tolerant),
            start: "s0", steps: steps, endings: [Ending(id: "end", say: "bye", outcome: .delighted)])
        #expect(chain.decisionCount == n)
        #expect(OutcomeReach(chain).outcomes(at: "end") == [.delighted])
    }
}

/// Replies in a fresh order per attempt, fixed by the attempt's seed.
struct ReplyOrderTests {
    @Test("the same seed gives the same order (resume and replay agree); seed 0 keeps the file's order")
    func determinism() {
        let step = garage.steps[0]
        #expect(ReplyOrder.indices(of: step, seed: 0) == Array(step.choices.indices))
        for seed in [UInt64(1), 42, .max] {
            let order = ReplyOrder.indices(of: step, seed: seed)
            #expect(order == ReplyOrder.indices(of: step, seed: seed))
            #expect(order.sorted() == Array(step.choices.indices))
        }
    }

    @Test("over many attempts the best reply shows in every position")
    func everyPosition() {
        let step = garage.steps[0]
        let best = step.choices.indices.max { step.choices[$0].quality < step.choices[$1].quality }!
        let positions = Set((1...200).map { ReplyOrder.indices(of: step, seed: UInt64($0)).firstIndex(of: best)! })
        #expect(positions == Set(step.choices.indices))
    }
}

/// The concept questions: a closed answer set, credit for the right answer, the notes' feedback, a score part.
struct ConceptQuestionTests {
    /// A small business-to-business step: who is the person at the desk?
    let office = Scenario(
        id: "office", language: .en, title: "A coffee contract", setting: "Office reception",
        customer: Customer(name: "Ms Smit", type: .ally), start: "desk",
        steps: [Step(
            id: "desk", phase: .greet, say: "I'll pass it on; the director signs everything.", asks: [.role, .dimension],
            answers: [.role: "gatekeeper", .dimension: "responsiveness"],
            explanations: [.role: "She screens the calls and passes messages on; the director decides."],
            choices: [Choice(text: "Thank you.", quality: 2, next: "end")])],
        endings: [Ending(id: "end", say: "Bye.", outcome: .delighted)])

    @Test("every kind has a closed set of answers with Dutch and English names and a reminder")
    func answerSets() {
        for kind in ConceptKind.allCases {
            #expect(!kind.answers.isEmpty)
            #expect(!kind.question(in: .nl).isEmpty && !kind.question(in: .en).isEmpty)
            for answer in kind.answers {
                #expect(!kind.name(of: answer, in: .nl).isEmpty && !kind.name(of: answer, in: .en).isEmpty)
                #expect(!kind.reminder(of: answer, in: .nl).isEmpty && !kind.reminder(of: answer, in: .en).isEmpty, "\(kind) \(answer)")
            }
        }
        #expect(ConceptKind.role.answers.count == 8)  // the notes' eight roles in the decision-making unit
        #expect(Question.role.concept == .role && Question.identify.concept == nil)
    }

    @Test("the right answer earns full credit and a wrong one none, with the notes' reason and the author's explanation")
    func credit() throws {
        let state = PlayState(scenario: office)
        #expect(state.prompt == .concept(.role))
        let (wrong, feedback) = try Engine.apply(TimedDecision(.concept(.role, "decider")), to: state, in: office)
        #expect(feedback.judgement == .wrong)
        #expect(feedback.message.hasPrefix("Not decider but gatekeeper: controls who and what gets through"))
        #expect(feedback.message.hasSuffix("the director decides."))
        #expect(wrong.prompt == .concept(.dimension))
        let (right, good) = try Engine.apply(TimedDecision(.concept(.dimension, "responsiveness")), to: wrong, in: office)
        #expect(good.judgement == .right)
        let ended = try Engine.apply(TimedDecision(.reply(0)), to: right, in: office).state
        let score = try #require(Score(ended, in: office))
        #expect(score[.concepts].value == 0.5)
        #expect(score[.identification].value == nil)  // not asked: left out, the others scaled up
        #expect(score.shownParts.contains { $0.part == .concepts })
    }

    @Test("a scenario without concept questions leaves the part out, and the debrief does not list it")
    func leftOut() throws {
        let state = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(0)])
        let score = try #require(Score(state, in: garage))
        #expect(score[.concepts].value == nil)
        #expect(!score.shownParts.contains { $0.part == .concepts })
        #expect(score.total == 100)
    }
}

/// The reply's clock: what of a step's time went to its questions.
struct ReplyClockTests {
    @Test("the trailing answers to a step's questions count as thinking, concept questions included")
    func questionsBeforeTheReply() {
        let log = [TimedDecision(.identify(.tolerant), seconds: 1), TimedDecision(.reply(0), seconds: 5),
                   TimedDecision(.identify(.hostage), seconds: 3), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2),
                   TimedDecision(.concept(.role, "decider"), seconds: 4)]
        #expect(TimedDecision.secondsOnQuestions(log) == 9)
        #expect(TimedDecision.secondsOnQuestions(Array(log.prefix(2))) == 0)
    }
}
