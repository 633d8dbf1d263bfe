import AllyCore
import Foundation
import GRDB
import Testing
@testable import AllyStore
import AllyTestSupport

@Suite struct StoreTests {
    @Test func opensInWALModeWithMigrationsApplied() throws {
        let store = try freshStore()
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let version = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == Schema.version)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(Store.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/ally/ally.sqlite")
        #expect(Store.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/ally/ally.sqlite")
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        #expect(Store.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/a"]) == "/home/a/.local/share/ally/ally.sqlite")
    }

    @Test func createsMissingFolders() throws {
        let path = try temporaryFolder().path + "/a/b/ally.sqlite"
        _ = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func eventLogRoundTripsAndResumesAtTheExactStep() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenario: desk, contentHash: "h1", source: deskSource)
        for (index, decision) in winning.prefix(3).enumerated() {
            try store.append(decision, to: id, at: index)
        }
        // A new connection, as after a crash, sees everything that was acknowledged.
        let reopened = try Store.open(path: store.path)
        let unfinished = try #require(try reopened.unfinishedAttempt(trainee: "anna"))
        #expect(unfinished.id == id)
        #expect(unfinished.decisions == Array(winning.prefix(3)))
        #expect(unfinished.source == deskSource)
        #expect(unfinished.contentHash == "h1")
        #expect(unfinished.language == .en)
        let state = try Engine.replay(desk, unfinished.decisions)
        #expect(state.stepID == "check")
        #expect(try reopened.unfinishedAttempt(trainee: "bert") == nil)
    }

    @Test func finishingRecordsTheResultAndAnswers() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenario: desk, contentHash: "h1", source: deskSource)
        for decision in winning { try store.append(decision, to: id) }
        let state = try Engine.replay(desk, winning)
        try store.finish(id, state: state, in: desk)
        let summary = try #require(try store.attempts(trainee: "anna").first)
        #expect(summary.total == 100)
        #expect(summary.outcome == .delighted)
        #expect(summary.seconds == 10.5)
        #expect(summary.title == "At the desk")
        #expect(summary.customerType == .hostage)
        let answers = try store.answers(trainee: "anna")
        #expect(answers.map(\.question) == [.identify, .strategy])
        #expect(answers.first?.named == .hostage)
        #expect(try store.unfinishedAttempt(trainee: "anna") == nil)
        #expect(try store.attempt(id).parts[.identification] == 1)
        #expect(throws: StoreError.attemptFinished(id)) { try store.append(TimedDecision(.quit), to: id) }
    }

    @Test func bestScoresKeepTheBestFinishedTotalPerScenario() throws {
        let store = try freshStore()
        #expect(try store.bestScores(trainee: "anna") == [:])
        let won = try store.startAttempt(trainee: "anna", scenario: desk, contentHash: "h1", source: deskSource)
        for decision in winning { try store.append(decision, to: won) }
        try store.finish(won, state: try Engine.replay(desk, winning), in: desk)
        // Given up afterwards: it has no total and does not lower the best.
        let given = try store.startAttempt(trainee: "anna", scenario: desk, contentHash: "h1", source: deskSource)
        try store.append(TimedDecision(.quit), to: given)
        try store.finish(given, state: try Engine.replay(desk, [TimedDecision(.quit)]), in: desk)
        #expect(try store.bestScores(trainee: "anna") == ["desk-en": 100])
        #expect(try store.bestScores(trainee: "bert") == [:])
    }

    @Test func aStaleTerminalIsRefusedNotInterleaved() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        try store.append(winning[0], to: id, at: 0)
        #expect(throws: StoreError.conflict(attempt: id, expected: 0, found: 1)) {
            try store.append(winning[0], to: id, at: 0)
        }
        #expect(try store.decisions(of: id) == [winning[0]])
        #expect(throws: StoreError.noSuchAttempt(999)) { try store.append(winning[0], to: 999) }
    }

    @Test func preferencesRoundTrip() throws {
        let store = try freshStore()
        #expect(try store.preferences() == Preferences())
        try store.setPreferences(Preferences(traineeName: "Anna", language: .nl))
        #expect(try store.preferences() == Preferences(traineeName: "Anna", language: .nl))
        try store.setPreferences(Preferences(traineeName: "Anna"))
        #expect(try store.preferences().language == nil)
        try store.setPreferences(Preferences(traineeName: "Anna", timersOff: true))
        #expect(try store.preferences().timersOff)
        try store.setPreferences(Preferences(traineeName: "Anna"))
        #expect(try !store.preferences().timersOff)
    }

    @Test func drillAnswersCountForProgress() throws {
        let store = try freshStore()
        try store.recordDrill(trainee: "anna", scenarioID: "desk-en", answers: [
            .identify(.victim, truth: .hostage, time: 10), .strategy(.harnessNegativeEnergy, truth: .hostage, time: 11),
        ])
        let answers = try store.answers(trainee: "anna")
        #expect(answers.count == 2)
        #expect(answers[0].credit == 0)
        #expect(try store.trainees() == ["anna"])
    }
}
