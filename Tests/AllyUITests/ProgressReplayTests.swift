import AllyCore
import AllyTerminal
import AllyTestSupport
@testable import AllyUI
import Testing

/// The progress screen's confusion matrix, attempt selection and step-by-step replay.
@Suite struct ProgressReplayTests {
    /// The garage scenario played through to an ending with the in-memory persistence; returns its id there.
    static func playedGarage(_ store: InMemoryTrainerPersistence) -> (ReplaySource, [TimedDecision]) {
        let scenario = SampleContent.library.scenario(id: "garage-warranty-en")!
        var state = PlayState(scenario: scenario)
        var decisions: [TimedDecision] = []
        // Always the first option: identify, strategy and replies, until an ending.
        while state.stepID != nil, decisions.count < 40 {
            let decision: Decision = switch state.prompt {
            case .identify: .identify(decisions.isEmpty ? .patient : state.customerType)
            case .strategy: .strategy(state.customerType.family)
            default: .reply(0)
            }
            let timed = TimedDecision(decision, seconds: 2)
            store.recordDecision(timed, index: decisions.count, scenario: scenario, play: PlaySettings(), trainee: "Ana")
            decisions.append(timed)
            state = try! Engine.apply(timed, to: state, in: scenario).state
        }
        store.finishAttempt(state, of: scenario, weights: .standard, trainee: "Ana")
        return (store.replaySource(attempt: 1)!, decisions)
    }

    /// The progress screen with the in-memory store's progress loaded.
    static func progressModel(_ store: InMemoryTrainerPersistence, size: TerminalSize = AppModel.minimumSize) -> AppModel {
        var m = menuModel(size: size)
        let index = m.menuItems.firstIndex(of: .progress)!
        m = press([.char(Character("\(index + 1)"))], m)
        return App.update(m, .progressLoaded(store.progress(trainee: "Ana")), now: m.now + 1).0
    }

    @Test func inMemoryPersistenceKeepsEventLogsForReplay() {
        let store = InMemoryTrainerPersistence()
        let (source, decisions) = Self.playedGarage(store)
        #expect(source.decisions == decisions)
        #expect(source.scenario.id == "garage-warranty-en")
        #expect(store.replaySource(attempt: 99) == nil)
        let replay = AttemptReplay(scenario: source.scenario, decisions: source.decisions)
        #expect(replay.decisions.count == decisions.count)
        #expect(replay.misfitIndex == nil)
        #expect(replay.decisions.first?.ideal == CustomerType.hostage.name(in: .en))
        #expect(replay.decisions.first?.feedback.judgement == .wrong)
    }

    @Test func selectingAnAttemptOpensItsReplayStepsAndGoesBack() {
        let store = InMemoryTrainerPersistence()
        let (source, decisions) = Self.playedGarage(store)
        let m = Self.progressModel(store)
        #expect(m.screen.progress?.data?.report.recent.count == 1)
        // Enter asks for the selected attempt; its arrival opens the replay.
        let (asked, commands) = send(.key(.enter), m)
        #expect(commands == [.loadReplay(attemptID: 1)])
        var r = App.update(asked, .replayLoaded(source), now: asked.now + 1).0
        #expect(r.screen.id == .progress)
        #expect(r.screen.replay?.index == 0)
        r = press([.right, .char("n")], r)
        #expect(r.screen.replay?.index == 2)
        r = press([.left, .char("p")], r)
        #expect(r.screen.replay?.index == 0)
        r = press([.left], r)
        #expect(r.screen.replay?.index == 0)
        r = press(Array(repeating: .right, count: decisions.count + 3), r)
        #expect(r.screen.replay?.index == decisions.count - 1)
        #expect(App.frame(r).lines.joined().contains("Score"))
        r = press([.escape], r)
        #expect(r.screen.replay == nil)
        #expect(r.screen.id == .progress)
        r = press([.escape], r)
        #expect(r.screen.id == .menu)
    }

    /// The garage scenario with a customer who talks for longer than a window is high.
    static let longGarage: Scenario = {
        var scenario = SampleContent.garageEnglish
        scenario.steps[0].say = [
            "Third time this month. The warranty says I have to come here, so here I am. Again.",
            "The first time you told me it was the sensor, and that it would take an hour. It took the whole day.",
            "The second time you told me it was the software, and that an update would fix it for good.",
            "I took a day off work for that. Nobody called me when it was ready; I had to call you, twice.",
            "Now the same light is on again, on the same road, at the same speed, as if nothing was ever done.",
            "My neighbour bought the same model at another dealer and has never been back once.",
            "I would take it there myself, but the warranty says I have to come here. So here I am.",
            "I want to know what you are going to do differently this time, and I want to hear it from someone who knows.",
            "And I want a car for the day, because I am not taking another day off for this.",
            "I have written it all down: the dates, the names, what each of you promised me.",
            "The man at the desk last time said he would pass it on to the foreman. Did he? Nobody knows.",
            "The time before, the car came back with grease on the seat and the radio set to a station I never listen to.",
            "I am not an unreasonable man. I pay my bills, I service it on time, I read the manual.",
            "But I am running out of patience, and you are running out of chances.",
            "So tell me: who is going to look at it, when will it be ready, and how will I know?",
        ].joined(separator: " ")
        return scenario
    }()

    /// The long garage attempt replayed over the progress screen, at its first decision.
    static func longReplay() -> AppModel {
        let decisions = [
            TimedDecision(.identify(.intolerant), seconds: 6), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 4),
            TimedDecision(.reply(0), seconds: 9), TimedDecision(.reply(0), seconds: 5), TimedDecision(.reply(0), seconds: 3),
        ]
        let summary = AttemptSummary(id: 7, trainee: "Ana", scenarioID: longGarage.id, title: longGarage.title,
                                     customerType: .hostage, startedAt: 0, finishedAt: 30, total: 85, outcome: .delighted, seconds: 27)
        let m = progressModel(InMemoryTrainerPersistence())
        return App.update(m, .replayLoaded(ReplaySource(summary: summary, scenario: longGarage, decisions: decisions)), now: m.now + 1).0
    }

    @Test func aLongReplayScrollsAndSaysThereIsMore() throws {
        let m = Self.longReplay()
        let maxScroll = ReplayScreen.maxScroll(m)
        #expect(maxScroll > 3)
        let top = App.frame(m)
        #expect(top.lines.contains { $0.hasSuffix("▼") })
        #expect(!top.lines.contains { $0.hasSuffix("▲") })
        // Arrows and j/k scroll a line, PgUp/PgDn a page, Home/End to the top and the end.
        var r = press([.down, .char("j"), .down, .char("k")], m)
        #expect(r.screen.replay?.scroll == 2)
        #expect(r.screen.replay?.index == 0)
        r = press([.pageDown], r)
        #expect(r.screen.replay?.scroll == maxScroll)
        r = press([.home], r)
        #expect(r.screen.replay?.scroll == 0)
        r = press([.end], r)
        #expect(r.screen.replay?.scroll == maxScroll)
        #expect(!App.frame(r).lines.contains { $0.hasSuffix("▼") })
        #expect(App.frame(r).lines.contains { $0.hasSuffix("▲") })
        r = press([.pageUp], r)
        #expect(r.screen.replay?.scroll == 0)
        // The wheel scrolls a line a notch.
        r = send(.scroll(.down, column: 40, row: 10), r).0
        #expect(r.screen.replay?.scroll == 1)
        // Stepping shows the next decision from its top; p goes back.
        r = press([.down, .down, .right], r)
        #expect(r.screen.replay?.index == 1)
        #expect(r.screen.replay?.scroll == 0)
        r = press([.down, .char("p")], r)
        #expect(r.screen.replay?.index == 0)
        #expect(r.screen.replay?.scroll == 0)
        // Scrolled down at 80×24: the last lines show, with marks both ways.
        let scrolled = press([.down, .down, .down], m)
        #expect(scrolled.screen.replay?.scroll == 3)
        let frame = App.frame(scrolled)
        #expect(frame.lines.contains { $0.hasSuffix("▲") } && frame.lines.contains { $0.hasSuffix("▼") })
        try Snapshot.check(frame, named: "en-progress-replay-scrolled-80x24")
    }

    @Test func digitsAndClicksPickAnAttempt() {
        let store = InMemoryTrainerPersistence()
        _ = Self.playedGarage(store)
        let m = Self.progressModel(store, size: TerminalSize(columns: 120, rows: 40))
        let (_, digit) = send(.key(.char("1")), m)
        #expect(digit == [.loadReplay(attemptID: 1)])
        let row = App.frame(m).lines.firstIndex { $0.contains("Back at the garage") }!
        let (_, click) = send(.click(column: 20, row: row), m)
        #expect(click == [.loadReplay(attemptID: 1)])
    }

    @Test func anAttemptThatCannotBeReplayedIsSaidOnScreen() {
        let store = InMemoryTrainerPersistence()
        _ = Self.playedGarage(store)
        let m = Self.progressModel(store)
        let r = App.update(press([.enter], m), .replayLoaded(nil), now: m.now + 2).0
        #expect(r.screen.replay == nil)
        #expect(r.screen.progress?.replayUnavailable == true)
        #expect(App.frame(r).lines.joined().contains("cannot be replayed"))
    }

    @Test func theMatrixShowsItsNumbersAtBothSizes() {
        for size in [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40)] {
            var m = menuModel(size: size)
            m = press([.char("3")], m)
            m = App.update(m, .progressLoaded(Storyboard.sampleProgress), now: m.now + 1).0
            let text = DocumentScreen.lines(m, width: DocumentScreen.textWidth(size.columns))
                .map { $0.map(\.text).joined() }
            #expect(text.contains { $0.contains("Which type you named") })
            let matrix = ProgressPage.matrixLines(m, Storyboard.sampleProgress.report.matrix).map { $0.map(\.text).joined() }
            #expect(matrix.count == 12)
            #expect(matrix.allSatisfy { $0.displayWidth <= DocumentScreen.textWidth(size.columns) })
            #expect(matrix.contains { $0.hasPrefix("hostage") && $0.contains("   1") })
        }
        // At 120×40 the matrix stands beside the mastery bars, and the whole page fits.
        var wide = menuModel(size: TerminalSize(columns: 120, rows: 40))
        wide = press([.char("3")], wide)
        wide = App.update(wide, .progressLoaded(Storyboard.sampleProgress), now: wide.now + 1).0
        #expect(Layout.documentHeight(wide) <= Layout.documentViewHeight(wide))
    }
}

/// The drill from the menu: weakest and due types, type then strategy, recorded, then what improved.
@Suite struct DrillUpdateTests {
    @Test func aDrillRoundAsksTypeThenFamilyAndRecordsBoth() {
        var m = menuModel()
        let index = m.menuItems.firstIndex(of: .drill)!
        let (opened, commands) = send(.key(.char(Character("\(index + 1)"))), m)
        #expect(opened.screen.id == .drill)
        #expect(commands == [.loadDrill])
        let store = InMemoryTrainerPersistence(now: { 1_000 })
        m = App.update(opened, .drillLoaded(store.drillHistory(trainee: "Ana")), now: opened.now + 1).0
        let drill = m.screen.drill!
        #expect(!drill.rounds.isEmpty && drill.rounds.count <= DrillState.roundCount)
        let round = drill.round!
        // Nothing is selected: a bare Enter answers nothing. Then name the true type, then its family
        // (a digit selects, Enter answers).
        #expect(press([.enter], m).screen.drill?.stage == .type)
        m = press([.char(Character("\(round.truth.index + 1)")), .enter], m)
        #expect(m.screen.drill?.stage == .family(named: round.truth))
        let family = StrategyFamily.allCases.firstIndex(of: round.truth.family)!
        m = press([.char(Character("\(family + 1)"))], m)
        #expect(m.screen.drill?.selected == family)
        let (answered, recorded) = send(.key(.enter), m)
        #expect(answered.screen.drill?.stage == .feedback(named: round.truth, chosen: round.truth.family))
        guard case .recordDrill(let answers, let scenarioID)? = recorded.first else {
            Issue.record("no recordDrill command")
            return
        }
        #expect(scenarioID == round.scenario.id)
        #expect(answers.map(\.credit) == [1, 1])
        #expect(App.frame(answered).lines.joined().contains("✓ Right  The tolerant type"))
        // Stopping shows what improved; a second Esc goes back to the menu.
        let done = press([.escape], answered)
        #expect(done.screen.drill?.stage == .done)
        #expect(App.frame(done).lines.joined().contains(round.truth.name(in: .en) + ": new → 100%"))
        #expect(press([.escape], done).screen.id == .menu)
    }

    @Test func theDrillPicksTheWeakestDueTypes() {
        let scenarios = SampleContent.library.scenarios.filter { $0.language == .en }
        let types = Set(scenarios.map(\.customer.type))
        // All types answered right long ago except one, answered wrong just now.
        let weak = types.sorted { $0.index < $1.index }.first!
        var answers = types.filter { $0 != weak }.map { Answer.identify($0, truth: $0, time: 0) }
        answers.append(.identify(types.first { $0 != weak } ?? weak, truth: weak, time: 0))
        let drill = DrillState(history: DrillHistory(answers: answers, now: 10), library: SampleContent.library, language: .en, now: 0)
        #expect(drill.rounds.contains { $0.truth == weak })
        #expect(drill.rounds.allSatisfy { $0.scenario.language == .en })
    }
}
