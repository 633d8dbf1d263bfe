import AllyClassLink
import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// The trainee's side of a live run: what the server's messages do to the screen, and what an answer asks the loop to do.
@Suite struct LiveScreenTests {
    let run = "live-1"

    func menu(_ name: String = "Ana") -> AppModel {
        Storyboard.press(Storyboard.type(name) + [.enter], AppModel(library: SampleContent.library, language: .en, size: AppModel.minimumSize))
    }

    var garage: Scenario { SampleContent.library.scenarios.first { $0.id.hasPrefix("garage") && $0.language == .en }! }

    func receive(_ message: LiveServerMessage, _ m: AppModel) -> (AppModel, [Command]) {
        App.update(m, .live(message), now: m.now + 1)
    }

    func press(_ keys: [Key], _ m: AppModel) -> (AppModel, [Command]) {
        var model = m
        var commands: [Command] = []
        for key in keys {
            let (next, more) = App.update(model, .input(.key(key)), now: model.now + 1)
            model = next
            commands += more
        }
        return (model, commands)
    }

    @Test func aLiveRunTakesTheScreenFromPlayAndStopsItsClock() {
        var m = Storyboard.press([.enter], menu())   // the browser
        m = Storyboard.press([.enter], m)             // a scenario in play
        m = Storyboard.press([.char("6"), .enter], m) // one decision in
        #expect(m.screen.play != nil)
        #expect(m.screen.play?.decisions.count == 1, "\(App.frame(m).lines.joined(separator: "\n"))")
        let (live, commands) = receive(.lobby(run: run, scenario: garage.id), m)
        #expect(live.screen.live?.phase == .lobby)
        #expect(commands.contains(.stopTimer))
        // After the run, the menu offers to resume the play it interrupted.
        #expect(live.unfinished?.scenarioID == m.screen.play?.scenario.id)
        var after = receive(.ended(run: run, answered: 0, right: 0, asked: 1), live).0
        after = Storyboard.press([.enter], after)
        #expect(after.screen.menu != nil)
        #expect(after.unfinished != nil)
    }

    @Test func anAnswerIsStoredThenSentAndAChangedMindReplacesIt() throws {
        var (m, _) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil), menu())
        #expect(m.screen.live?.options.count == CustomerType.allCases.count)
        var commands: [Command]
        (m, commands) = press([.char("6")], m)
        let answer = try #require(commands.compactMap { if case .recordLiveAnswer(let a, let r, let s) = $0, r == run, s == garage.id { a } else { nil } }.first)
        #expect(answer.round == 0 && answer.decision == .identify(CustomerType.allCases[5]) && answer.handle == "Ana")
        // The same answer again asks for nothing; another one replaces it.
        (m, commands) = press([.enter], m)
        #expect(commands.isEmpty)
        (m, commands) = press([.char("2")], m)
        #expect(commands.count == 1)
        #expect(m.screen.live?.answered == .identify(CustomerType.allCases[1]))
    }

    @Test func theRevealJudgesOnTheTraineesOwnCopyAndSettlesTheAnswerOnce() throws {
        var (m, _) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil), menu())
        (m, _) = press([.char("6")], m)
        var commands: [Command]
        (m, _) = receive(.closed(run: run, round: 0), m)
        #expect(m.screen.live?.phase == .closed)
        // Too late: answering is closed.
        (m, commands) = press([.char("1")], m)
        #expect(commands.isEmpty)
        (m, commands) = receive(.reveal(run: run, round: 0), m)
        #expect(m.screen.live?.phase == .revealed)
        let settle = try #require(commands.first)
        guard case .settleLiveAnswer(let answer, run, let mirror) = settle else { Issue.record("no settle: \(commands)"); return }
        #expect(answer.decision == .identify(CustomerType.allCases[5]))
        let frame = App.frame(m).lines.joined(separator: " ")
        #expect(frame.contains("Right answer:"))
        if case .revealed(_, let feedback, let right) = mirror.view(for: "Ana") {
            #expect(frame.contains(right.isEmpty ? "No answer was fully right" : "Right answer:"))
            #expect(feedback != nil)
        }
    }

    @Test func aReconnectLandsOnTheQuestionWithItsAnswerKept() {
        let (m, commands) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: .identify(.victim)), menu())
        #expect(commands.isEmpty, "a kept answer is not stored again")
        #expect(m.screen.live?.answered == .identify(.victim))
        #expect(m.screen.live.map { $0.options[$0.selected] } == .identify(.victim))
        #expect(App.frame(m).lines.joined(separator: " ").contains("Your answer is in"))
    }

    @Test func repliesShowInEachTraineesOwnOrderTheSameAfterAReconnect() throws {
        var path: [Decision] = []
        while let mirror = LiveRun.mirror(of: garage, path: path, handle: "x"), let round = mirror.rounds.last, round.prompt != .reply,
              let right = mirror.rightAnswers(of: round).first {
            path.append(right)
        }
        let question = LiveServerMessage.question(run: run, scenario: garage.id, round: path.count, path: path, answered: nil)
        let orders = ["Ana", "Bo", "Cas", "Dirk", "Eva"].map { receive(question, menu($0)).0.screen.live?.options ?? [] }
        #expect(orders.allSatisfy { Set($0) == Set(orders[0]) && $0.count >= 2 })
        #expect(Set(orders).count > 1, "not everyone sees the same order")
        #expect(receive(question, menu("Ana")).0.screen.live?.options == orders[0])
    }

    @Test func aRemovedTraineeOrTheSummaryGoesBackToTheMenuAndOtherRunsAreIgnored() {
        var (m, _) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil), menu())
        (m, _) = receive(.closed(run: "another", round: 0), m)
        #expect(m.screen.live?.phase == .question)
        (m, _) = receive(.removed(run: run), m)
        #expect(m.screen.live?.phase == .removed)
        #expect(App.frame(m).lines.joined(separator: " ").contains("took you out"))
        (m, _) = press([.enter], m)
        #expect(m.screen.menu != nil)
        (m, _) = receive(.ended(run: run, answered: 2, right: 1, asked: 3), m)
        #expect(App.frame(m).lines.joined(separator: " ").contains("You answered 2 of 3 questions, 1 of them right"))
    }

    @Test func anAnswerTheStoreRefusedDoesNotCountAndIsAskedAgain() {
        var (m, _) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil), menu())
        var commands: [Command]
        (m, commands) = press([.char("6")], m)
        #expect(commands.count == 1)
        m = App.update(m, .liveAnswerNotSaved(.identify(CustomerType.allCases[5])), now: m.now + 1).0
        #expect(m.screen.live?.answered == nil)
        #expect(App.frame(m).lines.joined(separator: " ").contains("could not be saved"))
        (m, commands) = press([.enter], m)
        #expect(commands.count == 1, "the same answer may be given again")
        #expect(!App.frame(m).lines.joined(separator: " ").contains("could not be saved"))
    }

    @Test func withoutAStoreALiveAnswerIsRefusedNotSent() throws {
        let effects = TrainerEffects(persistence: InMemoryTrainerPersistence(now: { 0 }), afterFirstFrame: [], clock: { 0 })
        let answer = LiveAnswer(handle: "Ana", round: 0, stepID: "s", decision: .identify(.victim), seconds: 1)
        guard case .events(let events) = try effects.perform(.recordLiveAnswer(answer, run: run, scenarioID: garage.id), for: menu()) else {
            Issue.record("no answer from the loop")
            return
        }
        #expect(events == [.liveAnswerNotSaved(.identify(.victim))])
    }

    /// The styles of the cells on the row of `frame` that shows `text`.
    func styles(of text: String, in frame: ScreenBuffer) -> Set<Style> {
        guard let row = frame.lines.firstIndex(where: { $0.contains(text) }) else { return [] }
        return Set((0..<frame.size.columns).map { frame[$0, row] }.filter { !$0.grapheme.isWhitespace }.map(\.style))
    }

    @Test func aTimedQuestionCountsDownOnTheTrainersOwnClockAndRedrawsOnlyWhenTheSecondChanges() {
        var (m, _) = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil, closesIn: 20), menu())
        let shown = m.now
        m = App.update(m, .input(.tick), now: shown + 3).0
        #expect(m.secondsLeft == 17)
        #expect(App.frame(m).lines.joined(separator: " ").contains("17 s left"))
        #expect(styles(of: "17 s left", in: App.frame(m)).contains(Style(.muted)), "quiet while time is ample")
        // The next redraw is when 16 shows, not before; a wake-up within the same second draws nothing.
        #expect(m.clockChange(after: shown + 3.2) == shown + 4)
        #expect(TrainerEffects.sameFrame(m, App.update(m, .input(.tick), now: shown + 3.9).0))
        #expect(!TrainerEffects.sameFrame(m, App.update(m, .input(.tick), now: shown + 4).0))
        // The last five seconds: bold, in the colour of a warning, never that of a wrong answer.
        let late = App.update(m, .input(.tick), now: shown + 16).0
        let lateStyles = styles(of: "4 s left", in: App.frame(late))
        #expect(lateStyles.contains(Style(.warning, .bold)) && !lateStyles.contains { $0.role == .wrong })
        // Closed: the countdown goes, and nothing asks for a redraw any more.
        let closed = receive(.closed(run: run, round: 0), late).0
        #expect(closed.secondsLeft == nil && closed.clockChange(after: shown + 17) == nil)
        #expect(!App.frame(closed).lines.joined(separator: " ").contains("s left"))
        // Without a time limit there is no countdown at all.
        let untimed = receive(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil), menu()).0
        #expect(untimed.secondsLeft == nil && untimed.clockChange(after: untimed.now) == nil)
    }

    /// The class link as the loop reads it: a made-up descriptor and messages handed out a batch per look.
    final class ScriptedInbox: LiveInbox {
        var batches: [[LiveServerMessage]]
        init(_ batches: [[LiveServerMessage]]) { self.batches = batches }
        var descriptor: Int32? { 7 }
        func messages() -> [LiveServerMessage] { batches.isEmpty ? [] : batches.removeFirst() }
    }

    @Test func theLoopWaitsOnTheKeyboardAndTheLinkWithoutATimeoutUntilACountdownNeedsOne() throws {
        // The first wake-up finds nothing on the link, then the link wakes the loop twice.
        let inbox = ScriptedInbox([[], [.lobby(run: run, scenario: garage.id)],
                                   [.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil, closesIn: 20)]])
        let backend = InMemoryBackend(events: [.tick, .tick, .tick], whenExhausted: .terminate(signal: 1))
        let loop = TrainerLoop(backend: backend, persistence: InMemoryTrainerPersistence(), model: menu(),
                               liveInbox: inbox, clock: { 100 })
        try loop.run()
        #expect(backend.watchedDescriptors.allSatisfy { $0 == 7 })
        // In the menu and the lobby nothing needs the clock: the loop sleeps until a key or a message.
        #expect(Array(backend.requestedTimeouts.prefix(3)) == [nil, nil, nil])
        // A question with 20 s: woken for the next second (a millisecond past it), not sooner.
        #expect(backend.requestedTimeouts.last == .milliseconds(1001))
        #expect(backend.lastFrame?.lines.joined(separator: " ").contains("20 s left") == true)
    }

    @Test func aQuietWakeUpDrawsNothingButACountdownDoes() {
        let m = menu()
        var later = m
        later.context.now += 5
        #expect(TrainerEffects.sameFrame(m, later))
        var changed = later
        changed.screen = .live(LiveState(run: run, scenarioID: garage.id))
        #expect(!TrainerEffects.sameFrame(m, changed))
    }
}
