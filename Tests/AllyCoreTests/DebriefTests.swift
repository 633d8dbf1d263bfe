import Testing
@testable import AllyCore

@Suite("Debrief and paths")
struct DebriefTests {
    @Test("the ideal path takes the best reply at every step and reaches the best ending")
    func idealPath() throws {
        let path = Paths.ideal(garage)
        #expect(path.map(\.stepID) == ["arrive", "explain", "check"])
        #expect(path.map(\.choiceIndex) == [0, 0, 0])
        let state = try play(Paths.decisions(for: path, in: garage))
        #expect(state.endingID == "won")
    }

    @Test("the worst path takes the poorest replies and loses the customer")
    func worstPath() throws {
        let path = Paths.worst(garage)
        let state = try play(Paths.decisions(for: path, in: garage, answerQuestions: false))
        #expect(state.endingID == "silent")
        // Wrong type twice (patient for the hostage, intolerant for the terrorist he became: other
        // families, 0), parting ways as a last resort (0.25 -> 7.5), worst replies (0); an unrepaired −2
        // loses the customer, and a terrorist says so: complaining, 0.4 × 15 = 6. 13.5 rounds to 14.
        let score = try #require(Score(state, in: garage))
        #expect(score.outcome == .dissatisfiedComplaining)
        #expect(score.total == 14)
        #expect(!score.passes(mark: 0))
    }

    @Test("the debrief lists every wrong decision with its feedback and the ideal answer beside it")
    func wrongDecisionsCarryFeedback() throws {
        let state = try play([.identify(.patient), .strategy(.harnessNegativeEnergy), .reply(1), .reply(0), .reply(0)])
        let debrief = try #require(Debrief(state, in: garage))
        let wrong = debrief.lines.filter { !$0.isRight }
        #expect(wrong.count == 2)
        #expect(wrong[0].yours == "patient" && wrong[0].ideal == "hostage")
        #expect(wrong[1].yours == "Take a number." && wrong[1].ideal == "Walk through it with the foreman?")
        #expect(wrong[1].feedback == "Cold.")
        #expect(debrief.lines.filter(\.isRight).allSatisfy { $0.feedback == nil })
        #expect(debrief.outcome == .delighted)
        #expect(debrief.idealPath == ["Walk through it with the foreman?", "Here is the report.", "Call me directly."])
    }

    @Test("SERVQUAL dimensions served count only good replies; time per decision adds up")
    func servqualAndTime() throws {
        let state = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(1)])
        let debrief = try #require(Debrief(state, in: garage))
        #expect(debrief.servqual == [.empathy: 1, .assurance: 1, .reliability: 1])
        #expect(debrief.totalSeconds == 10)
        #expect(debrief.lines.allSatisfy { $0.seconds == 2 })
    }

    @Test("decision count is the longest path of steps from the start")
    func decisionCount() {
        #expect(garage.decisionCount == 3)
    }
}

@Suite("Domain")
struct DomainTests {
    @Test("nine types, five families; every type has a family, Dutch and English names, a reminder")
    func typesAndFamilies() {
        #expect(CustomerType.allCases.count == 9)
        #expect(StrategyFamily.allCases.count == 5)
        #expect(StrategyFamily.partWays.types == [.terrorist])  // the notes' answer for the terrorist
        #expect(StrategyFamily.harnessNegativeEnergy.types == [.hostage, .intolerant, .anarchist])
        #expect(CustomerType.hostage.name(in: .nl) == "gijzelaar")
        #expect(CustomerType.ally.name(in: .nl) == "bondgenoot")
        for type in CustomerType.allCases {
            #expect(!type.reminder(in: .en).isEmpty && !type.reminder(in: .nl).isEmpty)
            #expect(!type.reminder(in: .en).contains(type.rawValue))  // a reminder must not give the answer away
        }
    }

    @Test("the notes' transitions: a patient can turn hostage or anarchist, an intolerant customer terrorist")
    func transitions() {
        #expect(CustomerType.patient.typicalChanges == [.hostage, .anarchist, .ally])
        #expect(CustomerType.intolerant.typicalChanges == [.terrorist, .ally])
        #expect(CustomerType.ally.typicalChanges.isEmpty)
    }
}
