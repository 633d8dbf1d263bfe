import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// The update function: navigation, decisions, timing, resize, mouse, leaving and resuming.
@Suite struct UpdateTests {
    @Test func welcomeNeedsANameAndRemembersIt() {
        let start = AppModel(library: SampleContent.library, language: .en)
        let empty = press([.enter], start)
        #expect(empty.screen == .welcome)
        #expect(empty.welcome.nameMissing)
        let (named, commands) = App.update(press(Storyboard.type("Zoë"), start), .input(.key(.enter)), now: 10)
        #expect(named.screen == .menu)
        #expect(commands.contains(.saveProfile(TraineeProfile(name: "Zoë", language: .en))))
    }

    @Test func languageChoiceChangesInterfaceAndScenarioList() {
        let start = AppModel(library: SampleContent.library, language: .en)
        let dutch = press([.down, .right], start)
        #expect(dutch.language == .nl)
        #expect(dutch.browser.language == .nl)
        let browser = press([.up] + Storyboard.type("Ana") + [.enter, .enter], dutch)
        #expect(browser.filteredScenarios.allSatisfy { $0.language == .nl })
        #expect(App.frame(browser).lines.joined().contains("Kies een scenario"))
    }

    @Test func browserNeverFiltersByType() {
        var m = press([.enter], menuModel())
        #expect(m.screen == .browser)
        let before = m.filteredScenarios.count
        m = press([.char("d"), .char("d")], m)
        #expect(m.browser.difficulty == 2)
        #expect(m.filteredScenarios.allSatisfy { $0.difficulty == 2 })
        m = press([.char("d"), .char("d"), .char("l"), .char("l")], m)
        #expect(m.browser.language == nil)
        #expect(m.filteredScenarios.count > before)
        let screen = App.frame(m).lines.joined(separator: "\n")
        for type in CustomerType.allCases where type != .ally {
            #expect(!screen.contains(type.name(in: .en)), "the browser must not reveal the type \(type)")
        }
    }

    @Test func aDecisionIsRecordedWithItsTime() {
        let m = garageModel()
        let (after, commands) = App.update(m, .input(.key(.char("6"))), now: m.now + 4.25)
        #expect(after.session?.feedback?.feedback.judgement == .right)
        #expect(commands == [.recordDecision(TimedDecision(.identify(.hostage), seconds: 4.3), index: 0, scenarioID: "garage-warranty-en"),
                             .stopTimer])
    }

    @Test func timeThinkingExcludesFeedbackAndHelp() {
        var m = press([.char("6")], garageModel())
        m = App.update(m, .input(.tick), now: m.now + 30).0   // reading feedback: paused
        m = press([.enter], m)
        m = App.update(m, .input(.key(.char("?"))), now: m.now + 2).0
        m = App.update(m, .input(.tick), now: m.now + 100).0   // help open: paused
        m = App.update(m, .input(.key(.escape)), now: m.now + 1).0
        let (_, commands) = App.update(m, .input(.key(.char("4"))), now: m.now + 3)
        #expect(commands.first == .recordDecision(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 5), index: 1, scenarioID: "garage-warranty-en"))
    }

    @Test func aTimedStepRunsOutOnATick() {
        let m = garageModel()
        #expect(m.needsClock)
        #expect(m.secondsLeft == 45)
        let (later, _) = App.update(m, .input(.tick), now: m.now + 20)
        #expect(later.secondsLeft == 25)
        #expect(App.frame(later).lines[0].contains("25 s left"))
        let (out, commands) = App.update(later, .input(.tick), now: m.now + 45.5)
        #expect(out.session?.feedback?.feedback.typeChange?.to == .intolerant)
        #expect(out.session?.state.stepID == "escalation")
        #expect(commands.contains { if case .recordDecision(let d, 0, _, _) = $0 { d.decision == .timeOut } else { false } })
    }

    @Test func resizeInTheMiddleOfADecisionKeepsIt() {
        var m = press([.char("6"), .enter, .down, .down], garageModel())
        let before = m
        let frameBefore = App.frame(m)
        m = send(.resize(columns: 60, rows: 20), m, after: 0).0
        #expect(m.isTooSmall)
        #expect(App.frame(m).lines.joined().contains("this needs 80×24".capitalizedFirst))
        // Keys do nothing behind the message.
        m = press([.char("1"), .enter, .escape], m)
        m = send(.resize(columns: 120, rows: 40), m, after: 0).0
        #expect(m.session?.selected == 2)
        #expect(m.session?.state == before.session?.state)
        #expect(m.session?.state.prompt == .strategy)
        m = send(.resize(columns: 80, rows: 24), m, after: 0).0
        #expect(App.frame(m).lines == frameBefore.lines.enumerated().map { index, line in
            index == 0 ? App.frame(m).lines[0] : line  // the countdown moved on
        })
        // The countdown did not run while the window was too small.
        #expect(m.secondsLeft == before.secondsLeft)
    }

    @Test func clickingAnOptionChoosesIt() {
        let m = garageModel()
        let frame = App.frame(m)
        let row = frame.lines.firstIndex { $0.contains("6. hostage") }!
        let (after, _) = send(.click(column: 10, row: row), m)
        #expect(after.session?.state.record.first?.kind == .identified(named: .hostage, truth: .hostage))
        let (menu, _) = send(.click(column: 20, row: App.frame(menuModel()).lines.firstIndex { $0.contains("Progress") }!), menuModel())
        #expect(menu.screen == .progress)
    }

    @Test func leavingAsksFirst() {
        let m = press([.char("q")], garageModel())
        #expect(m.session?.confirmingLeave == true)
        #expect(App.frame(m).lines.joined().contains("Leave this scenario?"))
        let stay = press([.char("n")], m)
        #expect(stay.screen == .play && stay.session?.confirmingLeave == false)
        let (left, commands) = send(.key(.char("y")), m)
        #expect(left.screen == .menu)
        #expect(commands.contains(.recordDecision(TimedDecision(.quit), index: 0, scenarioID: "garage-warranty-en")))
    }

    @Test func ctrlCAndSignalsQuit() {
        #expect(send(.key(.ctrlC), garageModel()).1.contains(.quit))
        #expect(send(.terminate(signal: 15), garageModel()).1.contains(.quit))
        #expect(send(.key(.ctrlC), AppModel(library: SampleContent.library, language: .en)).1 == [.quit])
    }

    @Test func anUnfinishedAttemptResumesWhereItWas() {
        let unfinished = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)])
        var m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished)
        m = press([.enter], m)
        #expect(m.menuItems.first == .resume)
        #expect(App.frame(m).lines.joined().contains("Resume: Back at the garage again"))
        m = press([.enter], m)
        #expect(m.screen == .play)
        #expect(m.session?.state.prompt == .strategy)
        let (_, commands) = send(.key(.char("4")), m)
        #expect(commands.first == .recordDecision(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 1), index: 1, scenarioID: "garage-warranty-en"))
    }

    /// The garage attempt left after naming the type in 3 s, its timed first step (45 s)
    /// reached `secondsOnStep` before it was read; on the menu at the model's clock.
    func resumable(secondsOnStep: Double) -> AppModel {
        let unfinished = UnfinishedAttempt(
            scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)], secondsOnStep: secondsOnStep)
        let m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished)
        return press([.enter], m)
    }

    @Test func aResumedTimedStepKeepsItsClock() {
        // Read at 0, on the menu at 1, resumed at 2: 20 + 2 of the 45 seconds are gone.
        let m = press([.enter], resumable(secondsOnStep: 20))
        #expect(m.session?.state.prompt == .strategy)
        #expect(m.secondsLeft == 23)
        #expect(m.needsClock)
        #expect(App.frame(m).lines[0].contains("23 s left"))
        // It runs out when what was left is gone, not 45 seconds after the resume.
        let (before, none) = App.update(m, .input(.tick), now: m.now + 22.5)
        #expect(before.session?.feedback == nil && none.isEmpty)
        let (out, commands) = App.update(m, .input(.tick), now: m.now + 23)
        #expect(out.session?.state.stepID == "escalation")
        #expect(commands.first == .recordDecision(TimedDecision(.timeOut, seconds: 23), index: 1, scenarioID: "garage-warranty-en"))
    }

    @Test func aResumedUnfinishedAttemptReadAfterTheWelcomeCountsFromTheReading() {
        var m = AppModel(library: SampleContent.library, language: .en)
        m = press(Storyboard.type("Ana") + [.enter], m)
        let unfinished = UnfinishedAttempt(
            scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)], secondsOnStep: 10)
        m = App.update(m, .unfinishedLoaded(unfinished), now: m.now + 1).0
        // Five seconds on the menu count too: the customer has been waiting all along.
        m = App.update(m, .input(.key(.enter)), now: m.now + 5).0
        #expect(m.screen == .play)
        #expect(m.secondsLeft == 30)
    }

    @Test func aTimedStepThatRanOutWhileAwayTimesOutOnResume() {
        let (m, commands) = send(.key(.enter), resumable(secondsOnStep: 600))
        #expect(m.screen == .play)
        // The engine's timeout: the open strategy question is missed, the customer turns intolerant.
        #expect(m.session?.state.stepID == "escalation")
        #expect(m.session?.state.record.map(\.kind) == [
            .identified(named: .hostage, truth: .hostage), .missed(.strategy, truth: .hostage), .timedOut,
        ])
        #expect(m.session?.feedback?.feedback.typeChange?.to == .intolerant)
        #expect(m.session?.feedback?.chosen == "Time is up.")
        // Recorded with what the type question left of the limit (45 − 3 s), as a timeout in play is.
        #expect(commands == [.recordDecision(TimedDecision(.timeOut, seconds: 42), index: 1, scenarioID: "garage-warranty-en")])
        #expect(!m.needsClock)
    }

    @Test func aResumedUntimedStepHasNoClockAndAFreshAttemptTheFullLimit() {
        let replies = [TimedDecision(.identify(.hostage), seconds: 3), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2),
                       TimedDecision(.reply(0), seconds: 4)]
        let untimed = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: replies, secondsOnStep: 600)
        var m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: untimed)
        m = press([.enter, .enter], m)
        #expect(m.session?.state.stepID == "explain")
        #expect(m.secondsLeft == nil)
        // A new attempt of the same scenario starts with the whole limit.
        #expect(garageModel().secondsLeft == 45)
    }

    @Test func theInMemoryPersistenceCountsTheStepFromWhenItWasReached() {
        nonisolated(unsafe) var clock = 100.0
        let store = InMemoryTrainerPersistence(now: { clock })
        let scenario = SampleContent.garageEnglish
        store.recordDecision(TimedDecision(.identify(.hostage), seconds: 3), index: 0, scenario: scenario, play: PlaySettings(), trainee: "Ana")
        clock = 130
        // 30 s since the first decision, plus the 3 s thought before it.
        #expect(store.unfinishedAttempt(trainee: "Ana")?.secondsOnStep == 33)
        store.recordDecision(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2), index: 1, scenario: scenario, play: PlaySettings(), trainee: "Ana")
        store.recordDecision(TimedDecision(.reply(0), seconds: 4), index: 2, scenario: scenario, play: PlaySettings(), trainee: "Ana")
        clock = 137
        #expect(store.unfinishedAttempt(trainee: "Ana")?.secondsOnStep == 7)
    }

    @Test func aCourseGoesOnToItsNextScenario() {
        var m = press([.down, .enter, .enter], menuModel())
        #expect(m.session?.course?.index == 0)
        #expect(m.session?.scenario.id == "garage-warranty-en")
        m = press([.char("6"), .enter, .char("4"), .enter, .char("1"), .enter, .char("1"), .enter, .char("1"), .enter], m)
        #expect(m.screen == .debrief)
        m = press([.enter], m)
        #expect(m.session?.scenario.id == "library-card-en")
        #expect(App.frame(m).lines[0].contains("course 2 of 2"))
    }

    @Test func wideCharactersNeverBreakAFrame() {
        var scenario = SampleContent.libraryEnglish
        scenario.steps[0].say = "我想退货 🙂🙂 — “zoë’s café” naïve façade " + String(repeating: "漢字", count: 60)
        scenario.title = "絵文字 🎉 title"
        let library = TrainingLibrary(scenarios: [scenario])
        var m = AppModel(library: library, language: .en)
        m = press(Storyboard.type("李") + [.enter, .enter, .enter], m)
        #expect(m.screen == .play)
        for size in [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 81, rows: 25), TerminalSize(columns: 119, rows: 40)] {
            m.size = size
            let frame = App.frame(m)
            for y in 0..<frame.height { #expect(frame.line(y).displayWidth <= size.columns) }
            for y in 0..<frame.height {
                for x in 0..<frame.width where frame[x, y].isContinuation {
                    #expect(x > 0 && frame[x - 1, y].width == 2)
                }
            }
        }
    }
}

extension String {
    /// The string with its first letter upper-cased ("this needs" → "This needs").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
