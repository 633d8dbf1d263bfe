import AllyCore
import Foundation
import Testing
@testable import AllyStore
import AllyXAPI

@Suite struct RecordedPlayTests {
    @Test func everyDecisionIsSavedBeforeItsFeedbackIsReturned() throws {
        let store = try freshStore()
        let play = RecordedPlay(store: store, trainee: "anna", scenario: desk, source: deskSource)
        #expect(play.isSaved)
        #expect(play.secondsLeft() == nil)   // the first step is not timed
        for (index, decision) in winning.enumerated() {
            _ = try play.decide(decision)
            #expect(try store.decisions(of: play.attempt!).count == index + 1)
        }
        #expect(play.state.isOver && play.isSaved)
        #expect(try store.attempt(play.attempt!).summary.total == 100)
        #expect(try store.attempt(play.attempt!).contentHash == StableID.contentHash(of: deskSource))
    }

    @Test func aResumedPlayContinuesAtTheExactStep() throws {
        let store = try freshStore()
        let first = RecordedPlay(store: store, trainee: "anna", scenario: desk, source: deskSource)
        for decision in winning.prefix(3) { _ = try first.decide(decision) }
        // The process dies here; the next start finds the attempt and resumes it.
        let stored = try #require(try store.unfinishedAttempt(trainee: "anna"))
        let resumed = try RecordedPlay(resuming: stored, scenario: desk, store: store)
        #expect(resumed.state.stepID == "check")
        // The timed step's clock counts from when the step was reached, not from the restart.
        #expect(resumed.stepEnteredAt == stored.recordedAt[2])
        #expect(abs(resumed.secondsLeft(now: stored.recordedAt[2] + 12)! - 18) < 1e-6)
        _ = try resumed.decide(winning[3])
        #expect(resumed.isSaved)
        #expect(try store.decisions(of: stored.id) == winning)
    }

    @Test func theFirstStepCountsTheThinkingBeforeItsFirstSavedDecision() throws {
        let store = try freshStore()
        let play = RecordedPlay(store: store, trainee: "anna", scenario: desk, source: deskSource)
        _ = try play.decide(TimedDecision(winning[0].decision, seconds: 8))
        let stored = try #require(try store.unfinishedAttempt(trainee: "anna"))
        // The attempt is stored from its first decision on; the step was reached 8 s before it.
        #expect(abs(stored.stepEnteredAt - (stored.recordedAt[0] - 8)) < 1e-6)
    }

    @Test func aStoreThatFailsIsSaidAndCaughtUpLater() throws {
        let store = try freshStore(busyTimeout: 0.2)
        let play = RecordedPlay(store: store, trainee: "anna", scenario: desk, source: deskSource)
        _ = try play.decide(winning[0])
        // Another program holds the write lock for longer than the busy timeout.
        let release = try holdWriteLock(of: store.path)
        _ = try play.decide(winning[1])
        #expect(play.saveProblem == .locked(path: store.path, seconds: 0.2))
        #expect(!play.isSaved)
        #expect(play.state.prompt == .reply)   // the play goes on
        release()
        #expect(try store.decisions(of: play.attempt!).count == 1)
        // The lock is gone: the next decision saves the one that waited, in order.
        _ = try play.decide(winning[2])
        #expect(play.isSaved)
        #expect(try store.decisions(of: play.attempt!) == Array(winning.prefix(3)))
    }

    @Test func withoutAStoreThePlayGoesOnAndSaysItIsNotSaved() throws {
        let play = RecordedPlay(store: nil, trainee: "anna", scenario: desk, source: deskSource)
        _ = try play.decide(winning[0])
        #expect(play.saveProblem != nil)
        #expect(!play.isSaved)
        #expect(play.state.prompt == .strategy)
    }

    @Test func anAttemptKilledBetweenItsLastDecisionAndItsResultGetsItsResultOnResumeOnce() throws {
        let store = try freshStore()
        let attempt = try store.startAttempt(trainee: "anna", scenario: desk, contentHash: "h", source: deskSource)
        // Every decision is committed; the process died before the result was written.
        for (index, decision) in winning.enumerated() { try store.append(decision, to: attempt, at: index) }
        let stored = try #require(try store.unfinishedAttempt(trainee: "anna"))

        let resumed = try RecordedPlay(resuming: stored, scenario: desk, store: store)
        #expect(resumed.state.endingID == "won")
        #expect(resumed.isSaved)
        #expect(try store.attempt(attempt).summary.total == 100)
        #expect(try store.unfinishedAttempt(trainee: "anna") == nil)

        // A second resume of the same stored attempt (another session read it too) writes nothing more.
        let again = try RecordedPlay(resuming: stored, scenario: desk, store: store)
        #expect(again.isSaved)
        #expect(try store.attempts(trainee: "anna").count == 1)
        #expect(try store.progress(trainee: "anna", now: 0).finishedCount == 1)
        #expect(try store.answers(trainee: "anna").count == 2)   // the identify and strategy answers, once
    }
}
