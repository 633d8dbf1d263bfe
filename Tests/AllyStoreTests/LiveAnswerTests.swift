import AllyCore
import Testing
@testable import AllyStore

@Suite("Live answers in the store")
struct LiveAnswerTests {
    @Test("an answer is stored at once; a changed mind replaces it; the list names trainee, question and answer")
    func recordAndReplace() throws {
        let store = try freshStore()
        let first = LiveAnswer(handle: "anna", round: 0, stepID: "arrive", decision: .identify(.victim), seconds: 4)
        try store.recordLiveAnswer(first, run: "run-1", scenarioID: "desk-en", time: 100)
        let second = LiveAnswer(handle: "anna", round: 0, stepID: "arrive", decision: .identify(.hostage), seconds: 6)
        try store.recordLiveAnswer(second, run: "run-1", scenarioID: "desk-en", time: 102)
        let other = LiveAnswer(handle: "bert", round: 0, stepID: "arrive", decision: .identify(.ally), seconds: 2)
        try store.recordLiveAnswer(other, run: "run-1", scenarioID: "desk-en", time: 101)
        try store.recordLiveAnswer(other, run: "run-2", scenarioID: "desk-en", time: 200)

        let answers = try store.liveAnswers(run: "run-1")
        #expect(answers.map(\.trainee) == ["anna", "bert"])
        #expect(answers[0].answer == second)
        #expect(answers[0].time == 102)
        #expect(try store.liveAnswers().count == 3)
    }

    @Test("a revealed answer counts for progress once, and is no longer replaced")
    func settleOnce() throws {
        let store = try freshStore()
        var run = LiveRun(scenario: desk)
        try run.join("anna")
        try run.start(at: 0)
        let answer = try run.answer(.identify(.victim), from: "anna", at: 3)
        try store.recordLiveAnswer(answer, run: "run-1", scenarioID: desk.id, time: 100)
        try run.reveal()
        let round = try #require(run.currentRound)
        let progress = run.progress(of: answer.decision, in: round, time: 100)
        #expect(progress.answers.map(\.named) == [.victim])
        #expect(progress.answers.map(\.truth) == [.hostage])

        let credit = run.credit(of: answer.decision, in: round)
        try store.settleLiveAnswer(trainee: "anna", run: "run-1", round: 0, answers: progress.answers, concepts: progress.concepts,
                                   credit: credit, correct: run.rightAnswers(of: round))
        try store.settleLiveAnswer(trainee: "anna", run: "run-1", round: 0, answers: progress.answers, concepts: progress.concepts,
                                   credit: 1, correct: [])
        let settled = try #require(try store.liveAnswers(run: "run-1").first)
        #expect(settled.credit == credit && settled.credit != 1, "the first settling is kept")
        #expect(settled.correct == [.identify(.hostage)])
        let report = try store.progress(trainee: "anna", now: 200)
        #expect(report.matrix[.hostage, .victim] == 1)

        let late = LiveAnswer(handle: "anna", round: 0, stepID: "arrive", decision: .identify(.hostage), seconds: 9)
        try store.recordLiveAnswer(late, run: "run-1", scenarioID: desk.id, time: 110)
        #expect(try store.liveAnswers(run: "run-1").map(\.answer.decision) == [.identify(.victim)])
        #expect(try store.liveAnswers(run: "run-1").map(\.settled) == [true])
    }

    @Test("a live run's later questions judge against the class's path, not the trainee's own")
    func judgedAgainstClassPath() throws {
        var run = LiveRun(scenario: desk)
        try run.join("anna")
        try run.start(at: 0)
        try run.reveal()
        try run.advance(at: 1)
        let round = try #require(run.currentRound)
        #expect(round.prompt == .strategy)
        let progress = run.progress(of: .strategy(.harnessNegativeEnergy), in: round, time: 5)
        #expect(progress.answers.map(\.question) == [.strategy])
        #expect(progress.answers.map(\.credit) == [1])
    }
}
