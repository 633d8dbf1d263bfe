import Testing
@testable import AllyCore

/// A run of the garage scenario with `handles` joined, its first question open at time 0.
private func startedRun(_ handles: [String] = ["ann", "bob", "cem"], settings: LiveRun.Settings = .init()) throws -> LiveRun {
    var run = LiveRun(scenario: garage, settings: settings)
    for handle in handles { try run.join(handle) }
    try run.start(at: 0)
    return run
}

/// Moves `run` past the type and strategy questions to the first reply, everyone answering right.
private func atFirstReply(_ run: inout LiveRun) throws {
    for decision in [Decision.identify(.hostage), .strategy(.harnessNegativeEnergy)] {
        for trainee in run.participants { _ = try run.answer(decision, from: trainee.handle, at: 1) }
        try run.reveal()
        try run.advance(at: 2)
    }
}

@Suite("Live run")
struct LiveRunTests {
    @Test("a run waits in the lobby, then every trainee lands on the same first question")
    func lobbyThenQuestion() throws {
        var run = LiveRun(scenario: garage)
        try run.join("ann")
        try run.join("bob")
        #expect(run.phase == .lobby)
        #expect(run.view(for: "ann") == .lobby(waiting: 2))
        try run.start(at: 10)
        #expect(run.phase == .open)
        #expect(run.currentRound?.prompt == .identify)
        #expect(run.view(for: "ann") == .question(round: 0, answered: nil))
        #expect(run.view(for: "bob") == .question(round: 0, answered: nil))
        #expect(run.options.count == CustomerType.allCases.count)
    }

    @Test("answers are counted per option, never by name, out of those connected")
    func tally() throws {
        var run = try startedRun()
        let stored = try run.answer(.identify(.hostage), from: "ann", at: 3.5)
        _ = try run.answer(.identify(.victim), from: "bob", at: 4)
        _ = try run.answer(.identify(.hostage), from: "cem", at: 5)
        #expect(stored == LiveAnswer(handle: "ann", round: 0, stepID: "arrive", decision: .identify(.hostage), seconds: 3.5))
        let tally = try #require(run.currentRound.map(run.tally(of:)))
        #expect(tally.counts == [.identify(.hostage): 2, .identify(.victim): 1])
        #expect(tally.answered == 3)
        #expect(tally.connected == 3)
    }

    @Test("a changed mind replaces the earlier answer while the question is open")
    func changedMind() throws {
        var run = try startedRun()
        _ = try run.answer(.identify(.victim), from: "ann", at: 1)
        _ = try run.answer(.identify(.hostage), from: "ann", at: 2)
        #expect(run.currentRound?.answers["ann"] == .identify(.hostage))
        #expect(run.currentRound.map(run.tally(of:))?.answered == 1)
    }

    @Test("the projector shows only how many answered, unless the instructor chose a live histogram")
    func projectorHidesUntilReveal() throws {
        var hidden = try startedRun()
        _ = try hidden.answer(.identify(.hostage), from: "ann", at: 1)
        #expect(hidden.projectorTally == LiveTally(counts: [:], answered: 1, connected: 3))
        try hidden.reveal()
        #expect(hidden.projectorTally?.counts == [.identify(.hostage): 1])

        var live = try startedRun(settings: .init(histogramLive: true))
        _ = try live.answer(.identify(.hostage), from: "ann", at: 1)
        #expect(live.projectorTally?.counts == [.identify(.hostage): 1])
    }

    @Test("an answer that is no option of the open question, or comes after closing, is refused")
    func refusedAnswers() throws {
        var run = try startedRun()
        #expect(throws: LiveRunError.notAnOption(.strategy(.harnessNegativeEnergy))) {
            try run.answer(.strategy(.harnessNegativeEnergy), from: "ann", at: 1)
        }
        #expect(throws: LiveRunError.unknownTrainee("eve")) { try run.answer(.identify(.ally), from: "eve", at: 1) }
        try run.close()
        #expect(throws: LiveRunError.wrongPhase(.closed)) { try run.answer(.identify(.ally), from: "ann", at: 1) }
        try atFirstReplyAfterClose(&run)
        #expect(throws: LiveRunError.notAnOption(.reply(3))) { try run.answer(.reply(3), from: "ann", at: 1) }
    }

    private func atFirstReplyAfterClose(_ run: inout LiveRun) throws {
        try run.reveal()
        try run.advance(at: 2)
        try run.reveal()
        try run.advance(at: 3)
        #expect(run.currentRound?.prompt == .reply)
    }

    @Test("the clock closes the question when its time is up, not before")
    func clockCloses() throws {
        var run = try startedRun(settings: .init(answerSeconds: 20))
        run.tick(at: 19.9)
        #expect(run.phase == .open)
        run.tick(at: 20)
        #expect(run.phase == .closed)
        #expect(run.view(for: "ann") == .closed(answered: nil))
    }

    @Test("the time left counts down from each question's opening, and stops with answering")
    func timeLeft() throws {
        var run = try startedRun(settings: .init(answerSeconds: 20))
        #expect(run.closesAt == 20)
        #expect(run.secondsLeft(at: 3) == 17)
        #expect(run.secondsLeft(at: 25) == 0, "never below 0")
        try atFirstReply(&run)
        #expect(run.closesAt == 22 && run.secondsLeft(at: 12) == 10, "each question has its own 20 s from its opening")
        try run.close()
        #expect(run.secondsLeft(at: 12) == nil, "closed: nothing counts down")
        #expect(try startedRun().secondsLeft(at: 3) == nil, "no time limit, no countdown")
    }

    @Test("a countdown shows whole seconds rounded up, changes once a second, and marks its last five")
    func countdown() {
        let countdown = LiveCountdown(closesAt: 100)
        #expect(countdown.seconds(at: 83) == 17)
        #expect(countdown.seconds(at: 83.2) == 17)
        #expect(countdown.seconds(at: 99.9) == 1, "1 s until the very end")
        #expect(countdown.seconds(at: 100) == 0 && countdown.seconds(at: 130) == 0)
        #expect(countdown.nextChange(after: 83.2) == 84)
        #expect(countdown.seconds(at: 84) == 16)
        #expect(countdown.nextChange(after: 84) == 85)
        #expect(countdown.nextChange(after: 100) == nil, "at 0 the server's close comes next")
        #expect(!countdown.isFinal(at: 94.9) && countdown.isFinal(at: 95) && countdown.isFinal(at: 99.5))
    }

    @Test("a late joiner lands on the question that is open now")
    func lateJoiner() throws {
        var run = try startedRun()
        try atFirstReply(&run)
        try run.join("dee")
        #expect(run.view(for: "dee") == .question(round: 2, answered: nil))
        _ = try run.answer(.reply(0), from: "dee", at: 4)
        #expect(run.currentRound.map(run.tally(of:))?.answered == 1)
    }

    @Test("a trainee who drops and reconnects keeps their answer, and is not counted as connected meanwhile")
    func reconnectKeepsAnswer() throws {
        var run = try startedRun()
        _ = try run.answer(.identify(.victim), from: "bob", at: 1)
        run.drop("bob")
        #expect(run.connectedCount == 2)
        #expect(run.currentRound.map(run.tally(of:))?.answered == 1)
        try run.join("bob")
        #expect(run.connectedCount == 3)
        #expect(run.view(for: "bob") == .question(round: 0, answered: .identify(.victim)))
    }

    @Test("a removed trainee's open answer no longer counts, and they cannot join again")
    func removal() throws {
        var run = try startedRun()
        _ = try run.answer(.identify(.victim), from: "bob", at: 1)
        try run.remove("bob")
        #expect(run.currentRound.map(run.tally(of:)) == LiveTally(counts: [:], answered: 0, connected: 2))
        #expect(run.view(for: "bob") == .removed)
        #expect(throws: LiveRunError.removed("bob")) { try run.join("bob") }
        #expect(throws: LiveRunError.removed("bob")) { try run.answer(.identify(.ally), from: "bob", at: 2) }
    }

    @Test("the reveal judges each trainee's own answer and names the right one")
    func reveal() throws {
        var run = try startedRun()
        _ = try run.answer(.identify(.hostage), from: "ann", at: 1)
        _ = try run.answer(.identify(.victim), from: "bob", at: 1)
        try run.reveal()
        guard case .revealed(let annAnswer, let annFeedback, let right) = run.view(for: "ann"),
              case .revealed(_, let bobFeedback, _) = run.view(for: "bob"),
              case .revealed(nil, nil, _) = run.view(for: "cem")
        else {
            Issue.record("every trainee sees the reveal")
            return
        }
        #expect(annAnswer == .identify(.hostage))
        #expect(annFeedback?.judgement == .right)
        #expect(bobFeedback?.judgement == .wrong)
        #expect(right == [.identify(.hostage)])
    }

    @Test("a question that does not steer the path moves on with the right answer, whatever most said")
    func settledQuestions() throws {
        var run = try startedRun()
        for handle in ["ann", "bob", "cem"] { _ = try run.answer(.identify(.victim), from: handle, at: 1) }
        try run.reveal()
        try run.advance(at: 2)
        #expect(run.rounds[0].choice == .settled(.identify(.hostage)))
        #expect(run.currentRound?.prompt == .strategy)
        #expect(run.currentRound?.openedAt == 2)
    }

    @Test("the class's path follows the majority's reply, with its consequence for everyone")
    func majorityPath() throws {
        var run = try startedRun()
        try atFirstReply(&run)
        _ = try run.answer(.reply(2), from: "ann", at: 3)
        _ = try run.answer(.reply(2), from: "bob", at: 3)
        _ = try run.answer(.reply(0), from: "cem", at: 3)
        try run.reveal()
        try run.advance(at: 4)
        #expect(run.rounds[2].choice == .majority(.reply(2)))
        #expect(run.path.customerType == .terrorist)
        #expect(run.currentRound?.stepID == "escalation")
    }

    @Test("a tie or a question nobody answered waits for the instructor's pick")
    func tieNeedsPick() throws {
        var run = try startedRun(["ann", "bob"])
        try atFirstReply(&run)
        _ = try run.answer(.reply(1), from: "ann", at: 3)
        _ = try run.answer(.reply(0), from: "bob", at: 3)
        try run.reveal()
        #expect(throws: LiveRunError.needsInstructorPick(candidates: [.reply(0), .reply(1)])) { try run.advance(at: 4) }
        #expect(throws: LiveRunError.notAnOption(.reply(7))) { try run.advance(pick: .reply(7), at: 4) }
        try run.advance(pick: .reply(1), at: 4)
        #expect(run.rounds[2].choice == .instructor(.reply(1)))
        #expect(run.currentRound?.stepID == "explain")

        try run.reveal()
        #expect(throws: LiveRunError.needsInstructorPick(candidates: [.reply(0), .reply(1)])) { try run.advance(at: 5) }
    }

    @Test("the run ends with the scenario; each trainee sees only their own summary")
    func endAndSummary() throws {
        var run = try startedRun(["ann", "bob"])
        _ = try run.answer(.identify(.hostage), from: "ann", at: 1)
        _ = try run.answer(.identify(.victim), from: "bob", at: 1)
        try run.reveal()
        try run.advance(at: 2)
        _ = try run.answer(.strategy(.harnessNegativeEnergy), from: "ann", at: 3)
        try run.reveal()
        try run.advance(at: 4)
        for _ in 0..<3 {
            _ = try run.answer(.reply(0), from: "ann", at: 5)
            try run.reveal()
            try run.advance(at: 6)
        }
        #expect(run.phase == .ended)
        #expect(run.path.endingID == "won")
        #expect(run.view(for: "ann") == .ended(LiveSummary(answered: 5, right: 5, asked: 5)))
        #expect(run.view(for: "bob") == .ended(LiveSummary(answered: 1, right: 0, asked: 5)))
        #expect(run.confusion[.hostage] == [.hostage: 1, .victim: 1])
        #expect(run.splits == [0])
    }

    @Test("an action out of turn is refused with the phase it met")
    func wrongPhase() throws {
        var run = LiveRun(scenario: garage)
        #expect(throws: LiveRunError.wrongPhase(.lobby)) { try run.reveal() }
        #expect(throws: LiveRunError.wrongPhase(.lobby)) { try run.advance(at: 0) }
        try run.start(at: 0)
        #expect(throws: LiveRunError.wrongPhase(.open)) { try run.start(at: 0) }
        run.end()
        #expect(throws: LiveRunError.wrongPhase(.ended)) { try run.close() }
    }
}
