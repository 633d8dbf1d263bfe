import Testing
@testable import AllyCore

@Suite("Engine")
struct EngineTests {
    @Test("a fresh attempt asks for the type first, then the strategy, then a reply")
    func promptsInOrder() throws {
        #expect(PlayState(scenario: garage).prompt == .identify)
        #expect(try play([.identify(.hostage)]).prompt == .strategy)
        #expect(try play([.identify(.hostage), .strategy(.harnessNegativeEnergy)]).prompt == .reply)
    }

    @Test("the ideal path ends delighted with mood raised and the type unchanged")
    func idealPath() throws {
        let state = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(0)])
        #expect(state.endingID == "won")
        #expect(state.mood == 2)
        #expect(state.customerType == .hostage)
        #expect(state.repliesGiven == 3)
    }

    @Test("a choice with `becomes` changes the customer's type, and later questions are judged against the new type")
    func typeChange() throws {
        let start = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy)])
        let (state, feedback) = try Engine.apply(TimedDecision(.reply(2)), to: start, in: garage)
        #expect(feedback.typeChange == TypeChange(from: .hostage, to: .terrorist))
        #expect(state.customerType == .terrorist)
        #expect(state.prompt == .identify)
        let (_, named) = try Engine.apply(TimedDecision(.identify(.terrorist)), to: state, in: garage)
        #expect(named.judgement == .right)
    }

    @Test("mood is clamped to -3...3")
    func moodClamped() throws {
        // -1 at the start, then -1, -1 and -2: the meter stops at -3.
        let state = try play([.identify(.hostage), .strategy(.partWays), .reply(1), .reply(1), .reply(2)])
        #expect(state.mood == -3)
        #expect(state.endingID == "silent")
    }

    @Test("a timeout skips the open questions, scores them 0 and follows the time limit")
    func timeout() throws {
        let state = try play([.timeOut])
        #expect(state.stepID == "escalation")
        #expect(state.record.map(\.kind) == [
            .missed(.identify, truth: .hostage), .missed(.strategy, truth: .hostage), .timedOut,
        ])
        #expect(state.mood == -2)
    }

    @Test("quitting ends the attempt without a score")
    func quit() throws {
        let state = try play([.identify(.hostage), .quit])
        #expect(state.position == .quit)
        #expect(state.isOver)
        #expect(Score(state, in: garage) == nil)
    }

    @Test("decisions that do not answer the prompt are refused and change nothing")
    func refusals() throws {
        let start = PlayState(scenario: garage)
        #expect(throws: EngineError.unexpected(.reply(0), expected: .identify)) {
            try Engine.apply(TimedDecision(.reply(0)), to: start, in: garage)
        }
        let atReply = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy)])
        #expect(throws: EngineError.noSuchReply(7, available: 3)) {
            try Engine.apply(TimedDecision(.reply(7)), to: atReply, in: garage)
        }
        let untimed = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0)])
        #expect(throws: EngineError.notTimed(step: "explain")) {
            try Engine.apply(TimedDecision(.timeOut), to: untimed, in: garage)
        }
        let over = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0), .reply(0)])
        #expect(throws: EngineError.attemptIsOver) {
            try Engine.apply(TimedDecision(.reply(0)), to: over, in: garage)
        }
    }

    @Test("replaying the same event log gives the same state, step by step (resume = replay)")
    func replayIsDeterministic() throws {
        let log: [Decision] = [.identify(.patient), .strategy(.informAndInvolve), .reply(1), .reply(1), .reply(1)]
        var state = PlayState(scenario: garage)
        for decision in log {
            state = try Engine.apply(TimedDecision(decision, seconds: 2), to: state, in: garage).state
            let prefix = Array(log.prefix(state.record.count))
            #expect(try play(prefix) == state)
        }
    }

    @Test("authored feedback is shown after a reply, and the ending with the last one")
    func feedbackAndEnding() throws {
        let before = try play([.identify(.hostage), .strategy(.harnessNegativeEnergy), .reply(0), .reply(0)])
        let (_, feedback) = try Engine.apply(TimedDecision(.reply(2)), to: before, in: garage)
        #expect(feedback.message == "Bad.")
        #expect(feedback.judgement == .wrong)
        #expect(feedback.ending?.id != nil && feedback.outcome != nil)
    }

    @Test("identification feedback names the true type in the scenario's language")
    func identificationFeedbackLanguage() throws {
        var dutch = garage
        dutch.language = .nl
        let (_, feedback) = try Engine.apply(TimedDecision(.identify(.patient)), to: PlayState(scenario: dutch), in: dutch)
        #expect(feedback.judgement == .wrong)
        #expect(feedback.message.hasPrefix("Dit is het type gijzelaar, niet het type patiënt"))
    }

    @Test("feedback reads as sentences: the type is named as a type, a strategy starts with a capital")
    func feedbackSentences() {
        #expect(Explanation.identification(named: .tolerant, truth: .tolerant, in: .en).hasPrefix("The tolerant type: "))
        #expect(Explanation.identification(named: .ally, truth: .incompetent, in: .en).hasPrefix("This is the incompetent type, not the ally type: "))
        #expect(Explanation.strategy(chosen: .informAndInvolve, truth: .tolerant, in: .en).hasPrefix("Inform & involve: "))
        #expect(Explanation.strategy(chosen: .keepAndLeverage, truth: .tolerant, in: .nl).hasPrefix("Het type tolerant wordt een bondgenoot door "))
    }
}
