import AllyCore
import Foundation
import Testing
@testable import AllyXAPI

/// xAPI for live class runs: one `answered` per settled answer, the run as its registration.
@Suite struct LiveStatementTests {
    let settings = XAPISettings(homePage: "https://school.example", passMark: 60, classGroup: "monday-a", instructor: "mrs-jansen")

    func answer(_ trainee: String, run: String = "live-1", response: String, round: Int = 0) -> XAPILiveAnswer {
        XAPILiveAnswer(run: run, trainee: trainee, scenarioID: "desk-en", round: round, stepID: "arrive",
                       response: response, correct: ["identify:hostage"], credit: response == "identify:hostage" ? 1 : 0, time: 1_800_000_000)
    }

    @Test func everyAnswerOfARunSharesTheRunsRegistrationAndNamesTheRightAnswer() throws {
        let anna = XAPIStatement.liveAnswered(answer("anna", response: "identify:hostage"), settings: settings)
        let bert = XAPIStatement.liveAnswered(answer("bert", response: "identify:victim"), settings: settings)
        let other = XAPIStatement.liveAnswered(answer("anna", run: "live-2", response: "identify:hostage"), settings: settings)
        #expect(anna.context.registration == bert.context.registration)
        #expect(anna.context.registration != other.context.registration)
        #expect(UUID(uuidString: anna.context.registration ?? "") != nil)
        #expect(anna.verb.id == "http://adlnet.gov/expapi/verbs/answered")
        #expect(anna.object.definition?.correctResponsesPattern == ["identify:hostage"])
        #expect(anna.result?.response == "identify:hostage" && anna.result?.success == true)
        #expect(bert.result?.response == "identify:victim" && bert.result?.success == false)
        #expect(anna.context.instructor?.account.name == "mrs-jansen")
        #expect(anna.context.contextActivities?.grouping?.contains { $0.id == "https://school.example/classes/monday-a" } == true)
    }

    @Test func theSameAnswerIsTheSameStatementAndAnotherTrainee_sIsAnother() {
        let first = XAPIStatement.liveAnswered(answer("anna", response: "identify:hostage"), settings: settings)
        let again = XAPIStatement.liveAnswered(answer("anna", response: "identify:hostage"), settings: settings)
        let next = XAPIStatement.liveAnswered(answer("anna", response: "identify:hostage", round: 1), settings: settings)
        #expect(first.id == again.id)
        #expect(first.id != next.id)
    }
}
