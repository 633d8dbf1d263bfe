import Testing
@testable import AllyCore

/// The one drill rule both front ends follow: which cards, in which order, from which steps, and
/// the same Leitner boxes for concept answers as for types.
@Suite struct DrillRuleTests {
    let day = SpacedRepetition.day

    /// A scenario whose opening asks the type and whose second step asks `kind` with answer `answer`.
    func scenario(_ id: String, type: CustomerType, kind: ConceptKind, answer: String) -> Scenario {
        Scenario(
            id: id, language: .en, title: id, setting: "Desk",
            customer: Customer(name: "Ms Jansen", type: type, expectation: 3, mood: 0), start: "open",
            steps: [
                Step(id: "open", phase: .greet, say: "Hello.", asks: [.identify, .strategy],
                     choices: [Choice(text: "Welcome.", quality: 2, next: "ask")]),
                Step(id: "ask", phase: .needs, narration: "The evidence.", say: "So?", asks: [Question(rawValue: kind.rawValue)!],
                     answers: [kind: answer], choices: [Choice(text: "Right.", quality: 2, next: "end")]),
            ],
            endings: [Ending(id: "end", texts: [.delighted: EndingText(say: "Thanks.")])])
    }

    var library: [Scenario] {
        [scenario("a", type: .hostage, kind: .basics, answer: "availability"),
         scenario("b", type: .tolerant, kind: .segment, answer: "approach"),
         scenario("c", type: .hostage, kind: .basics, answer: "surroundings")]
    }

    @Test func theDeckHoldsTypesAlwaysAndConceptsOnceTheirKindWasMet() {
        let fresh = DrillRule.deck(library)
        #expect(Set(fresh.keys) == [.type(.hostage), .type(.tolerant)])
        #expect(fresh[.type(.hostage)]!.map(\.scenario.id) == ["a", "c"])
        let met = DrillRule.deck(library, kindsMet: [.basics])
        #expect(Set(met.keys) == [.type(.hostage), .type(.tolerant), .concept(.basics, "availability"), .concept(.basics, "surroundings")])
        #expect(met[.concept(.basics, "availability")]!.map(\.stepID) == ["ask"])
        // --only a kind brings it in unmet, and leaves the types out.
        #expect(Set(DrillRule.deck(library, only: .segment).keys) == [.concept(.segment, "approach")])
        #expect(Set(DrillRule.deck(library, only: .identify, kindsMet: [.basics]).keys) == [.type(.hostage), .type(.tolerant)])
    }

    @Test func conceptAnswersMoveThroughTheSameBoxesAsTypes() {
        let t0 = 10 * day
        let history = AnswerHistory(answers: [.identify(.hostage, truth: .hostage, time: t0)], conceptAnswers: [
            .drill(.basics, chosen: "availability", truth: "availability", time: t0),
            .drill(.basics, chosen: "availability", truth: "availability", time: t0 + day),
            .drill(.segment, chosen: "who", truth: "approach", time: t0),
        ])
        let cards = SpacedRepetition.cards(history)
        // One right answer: box 2 for the type and for a concept alike; two: box 3, due 3 days later.
        #expect(cards[.type(.hostage)]?.box == 2)
        #expect(cards[.concept(.basics, "availability")]?.box == 3)
        #expect(cards[.concept(.basics, "availability")]?.dueAt == t0 + day + 3 * day)
        // Wrong: back to box 1, due at once.
        #expect(cards[.concept(.segment, "approach")]?.box == 1)
        #expect(cards[.concept(.segment, "approach")]?.isDue(at: t0) == true)
        #expect(DrillRule.mastery(history)[.concept(.segment, "approach")] == 0)
        #expect(DrillRule.mastery(history)[.concept(.basics, "availability")] == 1)
    }

    @Test func aWeakDueConceptComesBeforeKnownTypes() {
        let now = 50 * day
        let history = AnswerHistory(
            answers: [.identify(.hostage, truth: .hostage, time: now - 1), .identify(.tolerant, truth: .tolerant, time: now - 1)],
            conceptAnswers: [.drill(.segment, chosen: "who", truth: "approach", time: now - 1)])
        let rounds = DrillRule.rounds(1, from: library, history: history, now: now, seed: 3)
        #expect(rounds.map(\.card) == [.concept(.segment, "approach")])
        #expect(rounds.first?.scenario.id == "b")
        #expect(rounds.first?.stepID == "ask")
        #expect(rounds.first?.step?.say == "So?")
    }

    @Test func theSameSeedGivesTheSameDrillAndAnotherSeedMayNot() {
        let history = AnswerHistory(answers: [], conceptAnswers: [.drill(.basics, chosen: "price", truth: "availability", time: 0)])
        let one = DrillRule.rounds(5, from: library, history: history, now: 0, seed: 42)
        #expect(one == DrillRule.rounds(5, from: library, history: history, now: 0, seed: 42))
        #expect(one.count == 5)
        let orders = Set((0..<20).map { seed in DrillRule.rounds(5, from: library, history: history, now: 0, seed: UInt64(seed)).map(\.card) })
        #expect(orders.count > 1)
        // Five rounds over four cards (all equally needed here): every card comes up, one twice.
        #expect(Set(one.map(\.card)).count == 4)
    }

    @Test func changesNameTheCardsWhoseMasteryMoved() {
        let before = AnswerHistory(answers: [])
        let after = AnswerHistory(answers: [.identify(.ally, truth: .ally, time: 1)],
                                  conceptAnswers: [.drill(.gap, chosen: "delivery", truth: "delivery", time: 1)])
        let changes = DrillRule.changes(from: before, to: after)
        #expect(changes.map(\.card) == [.type(.ally), .concept(.gap, "delivery")])
        #expect(changes.allSatisfy { $0.before == nil && $0.after == 1 })
        #expect(DrillCard.concept(.gap, "delivery").name(in: .nl) == "servicekloof: leveringskloof")
    }

    @Test func aDrillAnswerIsJudgedAsInPlay() {
        #expect(ConceptAnswer.drill(.role, chosen: "buyer", truth: "buyer", time: 0).judgement == .right)
        #expect(ConceptAnswer.drill(.role, chosen: "purchaser", truth: "buyer", time: 0).credit == 0)
        #expect(ConceptAnswer.drill(.role, chosen: nil, truth: "buyer", time: 0).judgement == .wrong)
    }
}
