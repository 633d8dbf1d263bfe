import AllyCore
import AllyReporting
import AllyStore
import Testing

/// Concept answers kept with an attempt's result, and the progress they make.
struct ConceptProgressTests {
    /// Two steps, each asking who the person is: a gatekeeper, then a decider.
    let office = Scenario(
        id: "office", language: .en, title: "A coffee contract", setting: "Office",
        customer: Customer(name: "Ms Smit", type: .ally), start: "desk",
        steps: [
            Step(id: "desk", phase: .greet, say: "I'll pass it on.", asks: [.role], answers: [.role: "gatekeeper"],
                 choices: [Choice(text: "Thank you.", quality: 2, next: "boss")]),
            Step(id: "boss", phase: .door, say: "I choose.", asks: [.role], answers: [.role: "decider"],
                 choices: [Choice(text: "Thank you.", quality: 2, next: "end")]),
        ],
        endings: [Ending(id: "end", say: "Bye.", outcome: .delighted)])

    func play(_ decisions: [Decision], in store: Store, trainee: String = "anna") throws {
        let attempt = try store.startAttempt(trainee: trainee, scenario: office, contentHash: "h", source: "")
        var state = PlayState(scenario: office)
        for (index, decision) in decisions.enumerated() {
            let timed = TimedDecision(decision, seconds: 1)
            state = try Engine.apply(timed, to: state, in: office).state
            try store.append(timed, to: attempt, at: index)
        }
        try store.finish(attempt, state: state, in: office)
    }

    @Test("mastery per right answer and the role confusion come back from the store")
    func roundTrip() throws {
        let store = try freshStore()
        try play([.concept(.role, "gatekeeper"), .reply(0), .concept(.role, "buyer"), .reply(0)], in: store)
        try play([.concept(.role, "initiator"), .reply(0), .concept(.role, "decider"), .reply(0)], in: store)
        let concepts = try store.progress(trainee: "anna", now: 1e10).concepts
        #expect(concepts.mastery[.role]?["gatekeeper"] == 0.5)
        #expect(concepts.mastery[.role]?["decider"] == 0.5)
        #expect(concepts.confusion[.role]?["decider"] == ["buyer": 1, "decider": 1])
        #expect(concepts.confusion[.role]?["gatekeeper"] == ["gatekeeper": 1, "initiator": 1])
        // The same figures as the in-memory rule, from the same answers.
        let report = ProgressDocument.build(try store.progress(trainee: "anna", now: 1e10), language: .en).text
        #expect(report.contains("Concepts (last 5 answers)"))
        #expect(report.contains("Confusion: role in the decision-making unit"))
        #expect(report.contains("    decider     ██████████░░░░░░░░░░   50%"))
    }

    @Test("a trainee who never met a concept question sees no concept section")
    func noneMet() throws {
        let store = try freshStore()
        #expect(try store.progress(trainee: "bram", now: 0).concepts.isEmpty)
        #expect(!ProgressDocument.build(try store.progress(trainee: "bram", now: 0), language: .nl).text.contains("Begrippen"))
    }

    @Test("mastery counts the last five answers only")
    func window() {
        let answers = (0..<7).map { i in ConceptAnswer(kind: .gap, truth: "delivery", chosen: i < 2 ? "standards" : "delivery", credit: i < 2 ? 0 : 1, time: Double(i)) }
        let progress = ConceptProgress(answers)
        #expect(progress.mastery[.gap]?["delivery"] == 1)
        #expect(progress.confusion[.gap]?["delivery"] == ["standards": 2, "delivery": 5])
    }
}
