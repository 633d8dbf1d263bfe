import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// The update function: navigation, decisions, timing, resize, mouse, leaving and resuming.
@Suite struct UpdateTests {
    @Test func welcomeNeedsANameAndRemembersIt() {
        let start = AppModel(library: SampleContent.library, language: .en)
        let empty = press([.enter], start)
        #expect(empty.screen.id == .welcome)
        #expect(empty.screen.welcome?.nameMissing == true)
        let (named, commands) = App.update(press(Storyboard.type("Zoë"), start), .input(.key(.enter)), now: 10)
        #expect(named.screen.id == .menu)
        #expect(commands.contains(.saveProfile(TraineeProfile(name: "Zoë", language: .en))))
    }

    @Test func languageChoiceChangesInterfaceAndScenarioList() {
        let start = AppModel(library: SampleContent.library, language: .en)
        let dutch = press([.down, .right], start)
        #expect(dutch.language == .nl)
        #expect(dutch.filteredScenarios.allSatisfy { $0.language == .nl })
        let browser = press([.up] + Storyboard.type("Ana") + [.enter, .enter], dutch)
        #expect(browser.filteredScenarios.allSatisfy { $0.language == .nl })
        #expect(App.frame(browser).lines.joined().contains("Kies een scenario"))
    }

    @Test func browserNeverFiltersByType() {
        var m = press([.enter], menuModel())
        #expect(m.screen.id == .browser)
        let before = m.filteredScenarios.count
        m = press([.char("d"), .char("d")], m)
        #expect(m.screen.browser?.difficulty == 2)
        #expect(m.filteredScenarios.allSatisfy { $0.difficulty == 2 })
        m = press([.char("d"), .char("d"), .char("l"), .char("l")], m)
        #expect(m.screen.browser?.language == nil)
        #expect(m.filteredScenarios.count > before)
        let screen = App.frame(m).lines.joined(separator: "\n")
        for type in CustomerType.allCases where type != .ally {
            #expect(!screen.contains(type.name(in: .en)), "the browser must not reveal the type \(type)")
        }
    }

    @Test func aDecisionIsRecordedWithItsTime() {
        let m = garageModel()
        // The digit only selects: nothing is decided or recorded yet.
        let (picked, none) = App.update(m, .input(.key(.char("6"))), now: m.now + 2)
        #expect(picked.screen.play?.selected == 5)
        #expect(picked.screen.play?.feedback == nil)
        #expect(none.isEmpty)
        // Enter answers with it, timed from when the question showed.
        let (after, commands) = App.update(picked, .input(.key(.enter)), now: m.now + 4.25)
        #expect(after.screen.play?.feedback?.feedback.judgement == .right)
        #expect(commands == [.recordDecision(TimedDecision(.identify(.hostage), seconds: 4.3), index: 0,
                                             scenarioID: "garage-warranty-en", play: PlaySettings())])
    }

    @Test func timeThinkingExcludesFeedbackAndHelp() {
        var m = press([.char("6"), .enter], garageModel())
        m = App.update(m, .input(.tick), now: m.now + 30).0   // reading feedback: paused
        m = press([.enter], m)
        m = App.update(m, .input(.key(.char("?"))), now: m.now + 2).0
        m = App.update(m, .input(.tick), now: m.now + 100).0   // help open: paused
        m = App.update(m, .input(.key(.escape)), now: m.now + 1).0
        m = App.update(m, .input(.key(.char("4"))), now: m.now + 2).0   // selecting is part of the thinking
        let (_, commands) = App.update(m, .input(.key(.enter)), now: m.now + 1)
        #expect(commands.first == .recordDecision(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 5), index: 1,
                                                  scenarioID: "garage-warranty-en", play: PlaySettings()))
    }

    @Test func theSameDigitOrClickAgainAnswersAndArrowsSelectFromNothing() {
        let m = garageModel()
        #expect(m.screen.play?.selected == nil)
        // Down from nothing selects the first option, up the last.
        #expect(press([.down], m).screen.play?.selected == 0)
        #expect(press([.up], m).screen.play?.selected == CustomerType.allCases.count - 1)
        // Another digit moves the selection; the same digit again answers.
        let moved = press([.char("6"), .char("3")], m)
        #expect(moved.screen.play?.selected == 2)
        #expect(moved.screen.play?.decisions.isEmpty == true)
        let (answered, commands) = send(.key(.char("3")), moved)
        #expect(answered.screen.play?.state.record.first?.kind == .identified(named: .patient, truth: .hostage))
        #expect(commands.first == .recordDecision(TimedDecision(.identify(.patient), seconds: 3), index: 0,
                                                  scenarioID: "garage-warranty-en", play: PlaySettings()))
    }

    @Test func aBareEnterAtAGradedQuestionAnswersNothing() {
        // The type question, with nothing selected: Enter (or a second one) decides nothing.
        let m = garageModel()
        #expect(m.screen.play?.selected == nil)
        let (same, commands) = send(.key(.enter), m)
        #expect(commands.isEmpty)
        #expect(same.screen.play?.feedback == nil)
        #expect(same.screen.play?.decisions.isEmpty == true)
        #expect(same.screen.play?.state == m.screen.play?.state)
        #expect(press([.enter, .enter], m).screen.play?.state.prompt == .identify)
        // The strategy question and the reply start with nothing selected too.
        let strategy = press(answers("6"), m)
        #expect(strategy.screen.play?.state.prompt == .strategy)
        #expect(strategy.screen.play?.selected == nil)
        #expect(send(.key(.enter), strategy).1.isEmpty)
        let reply = press(answers("4"), strategy)
        #expect(reply.screen.play?.state.prompt == .reply)
        #expect(reply.screen.play?.selected == nil)
        let (stillReply, none) = send(.key(.enter), reply)
        #expect(none.isEmpty)
        #expect(stillReply.screen.play?.decisions.count == 2)
        #expect(stillReply.screen.play?.feedback == nil)
    }

    @Test func otherListsStillChooseWithTheDigitAtOnce() {
        let m = menuModel()
        let index = m.menuItems.firstIndex(of: .progress)!
        #expect(press([.char(Character("\(index + 1)"))], m).screen.id == .progress)
    }

    @Test func theReplyClockStartsOnlyAtTheReplyPrompt() {
        // The garage's first step is timed (45 s), but naming the type and the strategy is not the customer's wait.
        let m = garageModel()
        #expect(m.screen.play?.state.prompt == .identify)
        #expect(!m.needsClock)
        #expect(m.secondsLeft == nil)
        #expect(!App.frame(m).lines[0].contains("s left"))
        // Long past the limit at the type question: nothing runs out.
        let (late, none) = App.update(m, .input(.tick), now: m.now + 100)
        #expect(none.isEmpty)
        #expect(late.screen.play?.state == m.screen.play?.state)
        #expect(late.screen.play?.feedback == nil)
        let strategy = press(answers("6"), late)
        #expect(strategy.screen.play?.state.prompt == .strategy)
        #expect(!strategy.needsClock && strategy.secondsLeft == nil)
        let (stillStrategy, nothing) = App.update(strategy, .input(.tick), now: strategy.now + 100)
        #expect(nothing.isEmpty && stillStrategy.screen.play?.state.prompt == .strategy)
        // Leaving the strategy's feedback shows the reply: its clock starts now, with the whole limit.
        let answered = press([.char("4"), .enter], stillStrategy)
        let (reply, commands) = send(.key(.enter), answered)
        #expect(reply.screen.play?.state.prompt == .reply)
        #expect(reply.secondsLeft == 45)
        #expect(reply.needsClock)
        #expect(commands == [.startTimer(interval: App.tickInterval)])
        #expect(App.frame(reply).lines[0].contains("45 s left"))
    }

    @Test func aTimedStepRunsOutOnATick() {
        let m = press(answers("64"), garageModel())
        #expect(m.screen.play?.state.prompt == .reply)
        #expect(m.needsClock)
        #expect(m.secondsLeft == 45)
        let (later, _) = App.update(m, .input(.tick), now: m.now + 20)
        #expect(later.secondsLeft == 25)
        #expect(App.frame(later).lines[0].contains("25 s left"))
        let (out, commands) = App.update(later, .input(.tick), now: m.now + 45.5)
        #expect(out.screen.play?.feedback?.feedback.typeChange?.to == .intolerant)
        #expect(out.screen.play?.state.stepID == "escalation")
        #expect(commands.contains { if case .recordDecision(let d, 2, _, _) = $0 { d.decision == .timeOut } else { false } })
    }

    @Test func timeLimitsOffLeaveTheReplyUntimedAndTheDebriefSaysSo() {
        var start = menuModel()
        start.timersOff = true
        var m = press([.enter], start)
        let index = m.filteredScenarios.firstIndex { $0.id == "garage-warranty-en" }!
        m = press(Array(repeating: .down, count: index) + [.enter], m)
        #expect(m.screen.play?.play.untimed == true)
        m = press(answers("64"), m)
        #expect(m.screen.play?.state.prompt == .reply)
        #expect(m.secondsLeft == nil && !m.needsClock)
        let (waited, none) = App.update(m, .input(.tick), now: m.now + 600)
        #expect(none.isEmpty && waited.screen.play?.feedback == nil)
        m = press(answers("111"), waited)
        #expect(m.screen.id == .debrief)
        #expect(m.screen.debrief?.play.untimed == true)
        let text = DocumentScreen.lines(m, width: 200).map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Played without time limits."))
        #expect(!DocumentScreen.lines(press(answers("64111"), garageModel()), width: 200)
            .map { $0.map(\.text).joined() }.joined().contains("Played without time limits."))
    }

    @Test func resizeInTheMiddleOfADecisionKeepsIt() {
        // At the timed reply, the third reply selected.
        var m = press(answers("64") + [.down, .down, .down], garageModel())
        #expect(m.screen.play?.state.prompt == .reply)
        #expect(m.secondsLeft != nil)
        let before = m
        let frameBefore = App.frame(m)
        m = send(.resize(columns: 60, rows: 20), m, after: 0).0
        #expect(m.isTooSmall)
        #expect(App.frame(m).lines.joined().contains("this needs 80×24".capitalizedFirst))
        // Keys do nothing behind the message.
        m = press([.char("1"), .enter, .escape], m)
        m = send(.resize(columns: 120, rows: 40), m, after: 0).0
        #expect(m.screen.play?.selected == 2)
        #expect(m.screen.play?.state == before.screen.play?.state)
        #expect(m.screen.play?.state.prompt == .reply)
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
        // The first click selects, the second answers.
        let (selected, none) = send(.click(column: 10, row: row), m)
        #expect(selected.screen.play?.selected == 5)
        #expect(selected.screen.play?.state.record.isEmpty == true)
        #expect(none.isEmpty)
        let (after, _) = send(.click(column: 10, row: row), selected)
        #expect(after.screen.play?.state.record.first?.kind == .identified(named: .hostage, truth: .hostage))
        let (menu, _) = send(.click(column: 20, row: App.frame(menuModel()).lines.firstIndex { $0.contains("Progress") }!), menuModel())
        #expect(menu.screen.id == .progress)
    }

    @Test func leavingAsksFirst() {
        let m = press([.char("q")], garageModel())
        #expect(m.screen.play?.confirmingLeave == true)
        let frame = App.frame(m).lines.joined(separator: "\n")
        #expect(frame.contains("Leave this scenario?"))
        #expect(frame.contains("Stop for now; continue later from the menu"))
        #expect(frame.contains("Give up this attempt"))
        #expect(frame.contains("Cancel: keep playing"))
        for key: Key in [.char("n"), .escape, .char("3")] {
            let stay = press([key], m)
            #expect(stay.screen.id == .play && stay.screen.play?.confirmingLeave == false, "\(key) cancels")
        }
        // Giving up ends the attempt: the quit is recorded.
        let (left, commands) = send(.key(.char("2")), m)
        #expect(left.screen.id == .menu && left.unfinished == nil)
        #expect(commands.contains(.recordDecision(TimedDecision(.quit), index: 0, scenarioID: "garage-warranty-en", play: PlaySettings())))
    }

    @Test func stoppingForNowKeepsTheAttemptToResume() {
        let named = press([.char("6"), .enter, .enter], garageModel())   // the type named, on to the strategy
        #expect(named.screen.play?.state.prompt == .strategy)
        for keys: [Key] in [[.char("q"), .char("y")], [.char("q"), .enter], [.char("q"), .char("1")]] {
            let (menu, commands) = App.update(press(Array(keys.dropLast()), named), .input(.key(keys.last!)), now: named.now)
            #expect(menu.screen.id == .menu, "\(keys)")
            #expect(!commands.contains { if case .recordDecision = $0 { true } else { false } }, "nothing is recorded: the attempt stays open")
            #expect(menu.unfinished?.decisions == named.screen.play?.decisions)
            #expect(menu.menuItems[menu.menuSelected] == .resume, "Enter resumes")
            let resumed = press([.enter], menu)
            #expect(resumed.screen.id == .play && resumed.screen.play?.state.prompt == .strategy)
        }
    }

    @Test func theDutchLeaveQuestionTakesJForJa() {
        var m = garageModel()
        m.language = .nl
        let asked = press([.char("q")], m)
        #expect(App.frame(asked).lines.joined().contains("Enter, j of y: nu stoppen"))
        let left = press([.char("j")], asked)
        #expect(left.screen.id == .menu)
        // Elsewhere j still moves down.
        #expect(press([.char("j")], m).screen.play?.selected == 0)
    }

    @Test func menuDigitsStayWhenAResumeIsOffered() {
        let plain = press([.enter], AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en)))
        let unfinished = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)])
        let offered = press([.enter], AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished))
        let rows = { (m: AppModel) in App.frame(m).lines.filter { $0.contains(". ") }.map { String($0.drop { $0 == " " || $0 == "›" }) } }
        for item in ["1. Play a scenario", "2. Play a course", "3. Progress", "4. Drill", "7. Quit"] {
            #expect(rows(plain).contains { $0.hasPrefix(item) }, "\(item) without a resume")
            #expect(rows(offered).contains { $0.hasPrefix(item) }, "\(item) with a resume")
        }
        #expect(press([.char("3")], plain).screen.id == .progress)
        #expect(press([.char("3")], offered).screen.id == .progress)
    }

    @Test func ctrlCAndSignalsQuit() {
        #expect(send(.key(.ctrlC), garageModel()).1.contains(.quit))
        #expect(send(.terminate(signal: 15), garageModel()).1.contains(.quit))
        #expect(send(.key(.ctrlC), AppModel(library: SampleContent.library, language: .en)).1 == [.quit])
    }

    @Test func aStoreThatCouldNotBeOpenedIsSaidOnEveryScreenFromTheStart() {
        var m = AppModel(library: SampleContent.library, language: .en)
        #expect(!App.frame(m).lines.joined().contains("progress not saved"))
        m = App.update(m, .progressNotSaved, now: 0).0
        #expect(App.frame(m).lines.last?.contains("progress not saved") == true)
        m = press(Array("Ana").map { .char($0) } + [.enter], m)
        #expect(m.screen.id == .menu)
        #expect(App.frame(m).lines.last?.contains("progress not saved") == true)
    }

    @Test func anUnfinishedAttemptResumesWhereItWas() {
        let unfinished = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)])
        var m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished)
        m = press([.enter], m)
        #expect(m.menuItems.last == .resume)
        #expect(App.frame(m).lines.joined().contains("Resume: Back at the garage again"))
        m = press([.enter], m)
        #expect(m.screen.id == .play)
        #expect(m.screen.play?.state.prompt == .strategy)
        let (_, commands) = send(.key(.enter), press([.char("4")], m))
        #expect(commands.first == .recordDecision(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2), index: 1,
                                                  scenarioID: "garage-warranty-en", play: PlaySettings()))
    }

    /// The garage attempt left at its timed first step (45 s) after naming the type in 3 s and,
    /// with `strategy`, the strategy in 2 s (so at the reply); the step reached `secondsOnStep`
    /// before it was read; on the menu at the model's clock.
    func resumable(secondsOnStep: Double, strategy: Bool = true) -> AppModel {
        var decisions = [TimedDecision(.identify(.hostage), seconds: 3)]
        if strategy { decisions.append(TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2)) }
        let unfinished = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: decisions, secondsOnStep: secondsOnStep)
        let m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished)
        return press([.enter], m)
    }

    @Test func aResumedTimedStepKeepsItsReplyClock() {
        // Read at 0, on the menu at 1, resumed at 2: 20 + 2 seconds on the step, of which the
        // questions took 3 + 2; the other 17 of the reply's 45 seconds are gone.
        let m = press([.enter], resumable(secondsOnStep: 20))
        #expect(m.screen.play?.state.prompt == .reply)
        #expect(m.secondsLeft == 28)
        #expect(m.needsClock)
        #expect(App.frame(m).lines[0].contains("28 s left"))
        // It runs out when what was left is gone, not 45 seconds after the resume.
        let (before, none) = App.update(m, .input(.tick), now: m.now + 27.5)
        #expect(before.screen.play?.feedback == nil && none.isEmpty)
        let (out, commands) = App.update(m, .input(.tick), now: m.now + 28)
        #expect(out.screen.play?.state.stepID == "escalation")
        #expect(commands.first == .recordDecision(TimedDecision(.timeOut, seconds: 28), index: 2,
                                                  scenarioID: "garage-warranty-en", play: PlaySettings()))
    }

    @Test func aStepResumedAtItsQuestionsHasNoClockUntilTheReply() {
        // Left at the strategy question, long ago: the reply's clock never started, so nothing ran out.
        let m = press([.enter], resumable(secondsOnStep: 600, strategy: false))
        #expect(m.screen.play?.state.prompt == .strategy)
        #expect(m.screen.play?.feedback == nil)
        #expect(m.secondsLeft == nil && !m.needsClock)
        // The reply, when it shows, has the whole limit.
        let reply = press(answers("4"), m)
        #expect(reply.screen.play?.state.prompt == .reply)
        #expect(reply.secondsLeft == 45)
    }

    @Test func aResumedUnfinishedAttemptReadAfterTheWelcomeCountsFromTheReading() {
        var m = AppModel(library: SampleContent.library, language: .en)
        m = press(Storyboard.type("Ana") + [.enter], m)
        let unfinished = UnfinishedAttempt(
            scenarioID: "garage-warranty-en",
            decisions: [TimedDecision(.identify(.hostage), seconds: 3), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2)],
            secondsOnStep: 10)
        m = App.update(m, .unfinishedLoaded(unfinished), now: m.now + 1).0
        // Five seconds on the menu count too: the customer has been waiting all along
        // (10 + 5 on the step, less the 3 + 2 of its questions).
        m = App.update(m, .input(.key(.enter)), now: m.now + 5).0
        #expect(m.screen.id == .play)
        #expect(m.secondsLeft == 35)
    }

    @Test func aTimedStepThatRanOutWhileAwayTimesOutOnResume() {
        let (m, commands) = send(.key(.enter), resumable(secondsOnStep: 600))
        #expect(m.screen.id == .play)
        // The engine's timeout at the reply: the customer turns intolerant.
        #expect(m.screen.play?.state.stepID == "escalation")
        #expect(m.screen.play?.state.record.map(\.kind) == [
            .identified(named: .hostage, truth: .hostage), .strategy(chosen: .harnessNegativeEnergy, truth: .hostage), .timedOut,
        ])
        #expect(m.screen.play?.feedback?.feedback.typeChange?.to == .intolerant)
        #expect(m.screen.play?.feedback?.chosen == "Time is up.")
        // Recorded with the reply's whole limit (45 s), as a timeout in play is.
        #expect(commands == [.recordDecision(TimedDecision(.timeOut, seconds: 45), index: 2,
                                             scenarioID: "garage-warranty-en", play: PlaySettings())])
        #expect(!m.needsClock)
    }

    @Test func aResumedUntimedStepHasNoClockAndAFreshAttemptTheFullLimit() {
        let replies = [TimedDecision(.identify(.hostage), seconds: 3), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2),
                       TimedDecision(.reply(0), seconds: 4)]
        let untimed = UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: replies, secondsOnStep: 600)
        var m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: untimed)
        m = press([.enter, .enter], m)
        #expect(m.screen.play?.state.stepID == "explain")
        #expect(m.secondsLeft == nil)
        // A new attempt of the same scenario reaches its reply with the whole limit.
        #expect(press(answers("64"), garageModel()).secondsLeft == 45)
    }

    @Test func aResumedAttemptKeepsItsReplyOrderAndANewOneTakesTheNextSeed() throws {
        let scenario = SampleContent.garageEnglish
        let step = scenario.steps[0]
        // A seed whose order differs from the file's, so the test shows which order is used.
        let seed = try #require((1...64).map { UInt64($0) }.first { ReplyOrder.indices(of: step, seed: $0) != Array(step.choices.indices) })
        let order = ReplyOrder.indices(of: step, seed: seed)
        let unfinished = UnfinishedAttempt(
            scenarioID: scenario.id,
            decisions: [TimedDecision(.identify(.hostage), seconds: 3), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2)],
            play: PlaySettings(replyOrder: seed))
        var m = AppModel(library: SampleContent.library, language: .en, profile: TraineeProfile(name: "Ana", language: .en), unfinished: unfinished)
        m = press([.enter, .enter], m)
        #expect(m.screen.play?.play.replyOrder == seed)
        #expect(PlayScreen.options(m.screen.play!, .en) == order.map { step.choices[$0].text })
        // The first option shown is the reply recorded, by its index in the file.
        let (_, commands) = send(.key(.enter), press([.char("1")], m))
        #expect(commands.first == .recordDecision(TimedDecision(.reply(order[0]), seconds: 2), index: 2,
                                                  scenarioID: scenario.id, play: PlaySettings(replyOrder: seed)))
        // Without seeds (tests, previews) a new attempt keeps the file's order; with them, it takes the next.
        #expect(garageModel().screen.play?.play.replyOrder == 0)
        var seeded = menuModel()
        seeded.nextReplyOrder = 7
        seeded = press([.enter], seeded)
        let index = seeded.filteredScenarios.firstIndex { $0.id == scenario.id }!
        seeded = press(Array(repeating: .down, count: index) + [.enter], seeded)
        #expect(seeded.screen.play?.play.replyOrder == 7)
        #expect(seeded.nextReplyOrder != 7 && seeded.nextReplyOrder != 0)
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
        #expect(m.screen.play?.course?.index == 0)
        #expect(m.screen.play?.scenario.id == "garage-warranty-en")
        m = press(answers("64111"), m)
        #expect(m.screen.id == .debrief)
        m = press([.enter], m)
        #expect(m.screen.play?.scenario.id == "library-card-en")
        #expect(App.frame(m).lines[0].contains("course 2 of 2"))
    }

    @Test func wideCharactersNeverBreakAFrame() {
        var scenario = SampleContent.libraryEnglish
        scenario.steps[0].say = "我想退货 🙂🙂 — “zoë’s café” naïve façade " + String(repeating: "漢字", count: 60)
        scenario.title = "絵文字 🎉 title"
        let library = TrainingLibrary(scenarios: [scenario])
        var m = AppModel(library: library, language: .en)
        m = press(Storyboard.type("李") + [.enter, .enter, .enter], m)
        #expect(m.screen.id == .play)
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

@Suite struct TimeLimitPreferenceTests {
    @Test("the menu's time-limits item turns limits off and on, and remembers it with the profile")
    func menuTogglesTimeLimits() throws {
        var m = menuModel()
        let index = try #require(m.menuItems.firstIndex(of: .timeLimits))
        #expect(App.frame(m).lines.contains { $0.contains("Time limits: on") })
        let (off, commands) = send(.key(.char(Character("\(index + 1)"))), m)
        #expect(off.timersOff)
        #expect(commands == [.saveProfile(TraineeProfile(name: "Ana", language: .en, timersOff: true))])
        #expect(App.frame(off).lines.contains { $0.contains("Time limits: off") })
        m = press([.char(Character("\(index + 1)"))], off)
        #expect(!m.timersOff)
    }

    @Test("a remembered preference turns limits off at start; a new attempt is played untimed")
    func rememberedPreference() {
        var m = AppModel(library: SampleContent.library, language: .en)
        m = App.update(m, .profileLoaded(TraineeProfile(name: "Ana", language: .en, timersOff: true), nil), now: 1).0
        #expect(m.timersOff)
        m = press([.enter, .enter], m)  // the welcome, then the menu's first item: the browser
        m = press([.enter], m)
        #expect(m.screen.play?.play.untimed == true)
    }
}

@Suite struct ConceptQuestionScreenTests {
    @Test("a concept question shows its question, its answers with their reminders, and the notes' feedback")
    func playsAConceptQuestion() throws {
        var scenario = SampleContent.libraryEnglish
        scenario.steps[0].asks = [.role]
        scenario.steps[0].answers = [.role: "gatekeeper"]
        scenario.steps[0].explanations = [.role: "She decides what reaches the director."]
        var m = AppModel(library: TrainingLibrary(scenarios: [scenario]), language: .en)
        m = press(Storyboard.type("Ana") + [.enter, .enter, .enter], m)
        #expect(m.screen.play?.state.prompt == .concept(.role))
        let asked = App.frame(m).lines.joined(separator: "\n")
        #expect(asked.contains("Which role does this person play in the decision to buy?"))
        #expect(asked.contains("gatekeeper") && asked.contains("controls who and what gets through to the others"))
        // Nothing selected: Enter answers nothing; the digit of "decider", then Enter, answers.
        #expect(press([.enter], m).screen.play?.feedback == nil)
        let decider = ConceptKind.role.answers.firstIndex(of: "decider")! + 1
        m = press([.char(Character("\(decider)")), .enter], m)
        let feedback = App.frame(m).lines.joined(separator: " ")
        #expect(feedback.contains("Not decider but gatekeeper"))
        #expect(feedback.contains("She decides what reaches the director."))
    }
}
