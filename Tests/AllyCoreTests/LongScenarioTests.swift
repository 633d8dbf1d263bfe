import Testing
@testable import AllyCore

/// Scenarios far longer than anyone writes by hand: every walk over the graph must be iterative
/// (a recursion per step overflowed the stack at about 13,000 steps) and linear.
///
/// How long they take is measured by `ally-bench long`, not asserted here.
@Suite("Long scenarios")
struct LongScenarioTests {
    /// A chain of `length` steps, each with a good and a poor reply to the next, and a loop back
    /// to the start from the poor reply of the last step when `loop` is set.
    static func chain(_ length: Int, loop: Bool = false) -> Scenario {
        let steps = (0..<length).map { i in
            let next = i + 1 < length ? "s\(i + 1)" : "done"
            return Step(id: "s\(i)", phase: .greet, say: "Step \(i).", choices: [
                Choice(text: "Good", quality: 2, feedback: "Yes.", next: next),
                Choice(text: "Poor", quality: -1, feedback: "No.", next: loop && i + 1 == length ? "s0" : next),
            ])
        }
        return Scenario(
            id: "chain", language: .en, title: "Chain", setting: "Lab", customer: Customer(name: "Bob", type: .tolerant),
            start: "s0", steps: steps, endings: [
                Ending(id: "done", say: "Bye.", outcome: .delighted),
            ])
    }

    @Test("a chain of 50,000 steps has 50,000 decisions, counted without overflowing the stack")
    func decisionCountOfALongChain() {
        #expect(Self.chain(50_000).decisionCount == 50_000)
    }

    @Test("a loop back to the start counts once")
    func decisionCountWithALoop() {
        #expect(Self.chain(3, loop: true).decisionCount == 3)
    }

    @Test("the ideal and worst paths of a long chain run to the ending")
    func pathsOfALongChain() {
        let scenario = Self.chain(50_000)
        let ideal = Paths.ideal(scenario)
        #expect(ideal.count == 50_000)
        #expect(ideal.allSatisfy { $0.choiceIndex == 0 })
        #expect(Paths.worst(scenario).allSatisfy { $0.choiceIndex == 1 })
    }

    @Test("a long chain plays to its ending, scores and gets a debrief")
    func playALongChain() throws {
        let scenario = Self.chain(20_000)
        let state = try Engine.replay(scenario, Array(repeating: TimedDecision(.reply(0)), count: 20_000))
        #expect(state.endingID == "done")
        #expect(state.repliesGiven == 20_000)
        let debrief = try #require(Debrief(state, in: scenario))
        #expect(debrief.lines.count == 20_000)
    }

    @Test("the ideal path prefers the reply that can still reach the best ending")
    func bestReachableEnding() {
        // Both replies are equally good; only the second can reach the delighted ending.
        let scenario = Scenario(
            id: "fork", language: .en, title: "Fork", setting: "Lab", customer: Customer(name: "Bob", type: .tolerant),
            start: "a", steps: [
                Step(id: "a", phase: .greet, say: "?", choices: [
                    Choice(text: "Left", quality: 1, next: "left"),
                    Choice(text: "Right", quality: 1, next: "right"),
                ]),
                Step(id: "left", phase: .meet, say: "?", choices: [Choice(text: "Go", quality: 1, next: "sad")]),
                Step(id: "right", phase: .meet, say: "?", choices: [
                    Choice(text: "Back", quality: 1, next: "left"),
                    Choice(text: "Go", quality: 1, next: "glad"),
                ]),
            ], endings: [
                Ending(id: "sad", say: "Hm.", outcome: .dissatisfiedSilent),
                Ending(id: "glad", say: "Great!", outcome: .delighted),
            ])
        #expect(Paths.ideal(scenario).map(\.stepID) == ["a", "right"])
        #expect(Paths.ideal(scenario).map(\.choiceIndex) == [1, 1])
        #expect(Paths.worst(scenario).map(\.stepID) == ["a", "left"])
    }
}
