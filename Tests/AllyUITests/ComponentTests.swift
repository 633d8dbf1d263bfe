import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// Each screen's `update` on its own: its state, the shared context, the commands it asks for,
/// and the screen it goes to (nil: it stays).
@Suite struct ComponentTests {
    /// The context of Ana on the sample library, at 80×24.
    static func context(_ language: Language = .en) -> TrainerContext {
        TrainerContext(library: SampleContent.library, language: language, traineeName: "Ana", size: AppModel.minimumSize, now: 100)
    }

    @Test func welcomeTypesAndGoesToTheMenuWithANameOnly() {
        var form = WelcomeForm(name: "")
        var app = Self.context()
        var commands: [Command] = []
        #expect(WelcomeScreen.update(&form, .confirm, &app, &commands) == nil)
        #expect(form.nameMissing && commands.isEmpty)
        _ = WelcomeScreen.update(&form, .type("Z"), &app, &commands)
        _ = WelcomeScreen.update(&form, .nextField, &app, &commands)
        _ = WelcomeScreen.update(&form, .right, &app, &commands)
        #expect(form.name == "Z" && app.language == .nl)
        let next = WelcomeScreen.update(&form, .confirm, &app, &commands)
        #expect(next == .menu(MenuState(app)))
        #expect(app.traineeName == "Z")
        #expect(commands == [.saveProfile(TraineeProfile(name: "Z", language: .nl)), .loadUnfinished, .loadBestScores])
    }

    @Test func theMenuOpensEachScreenWithItsLoadAndComesBackToTheSameItem() {
        var app = Self.context()
        var commands: [Command] = []
        var menu = MenuState(app)
        #expect(MenuScreen.update(&menu, .pick(2), &app, &commands) == .progress(ProgressState()))
        #expect(commands == [.loadProgress])
        commands = []
        #expect(MenuScreen.update(&menu, .pick(3), &app, &commands) == .drill(nil))
        #expect(commands == [.loadDrill])
        var progress = ProgressState()
        #expect(ProgressScreen.update(&progress, .back, &app, &commands) == .menu(MenuState(selecting: .progress, app)))
        #expect(MenuState(selecting: .progress, app).selected == 2)
    }

    @Test func theMenuResumesAnAttemptAndOffersItLast() {
        var app = Self.context()
        app.takeUnfinished(UnfinishedAttempt(scenarioID: "garage-warranty-en", decisions: [TimedDecision(.identify(.hostage), seconds: 3)]))
        var menu = MenuState.opening(app)
        #expect(app.menuItems[menu.selected] == .resume)
        var commands: [Command] = []
        guard case .play(let session) = MenuScreen.update(&menu, .confirm, &app, &commands) else {
            Issue.record("resume did not start the play")
            return
        }
        #expect(session.decisions.count == 1 && app.unfinished == nil && commands.isEmpty)
    }

    @Test func theBrowserFiltersAndStartsAPlay() {
        var app = Self.context()
        var commands: [Command] = []
        var browser = BrowserState(language: .en)
        let all = browser.scenarios(in: app.library).count
        #expect(BrowserScreen.update(&browser, .filterDifficulty, &app, &commands) == nil)
        #expect(browser.difficulty == 1 && browser.scenarios(in: app.library).count < all)
        #expect(BrowserScreen.update(&browser, .back, &app, &commands) == .menu(MenuState(selecting: .playScenario, app)))
        browser.difficulty = nil
        let next = BrowserScreen.update(&browser, .pick(0), &app, &commands)
        #expect(next?.play?.scenario == browser.scenarios(in: app.library)[0])
        #expect(commands.isEmpty, "starting records nothing until the first decision")
    }

    @Test func aCourseStartsAtItsFirstScenarioNotFinished() throws {
        var app = Self.context()
        let course = try #require(app.listedCourses.first)
        app.bestScores[course.scenarios[0]] = 80
        var commands: [Command] = []
        var courses = CoursesState()
        let next = CoursesScreen.update(&courses, .confirm, &app, &commands)
        #expect(next?.play?.course?.index == 1)
        #expect(next?.play?.scenario.id == course.scenarios[1])
    }

    @Test func playRecordsADecisionAndEndsInTheDebrief() {
        var app = Self.context()
        var session = PlayScreen.start(SampleContent.garageEnglish, &app)
        var commands: [Command] = []
        #expect(PlayScreen.update(&session, .pick(5), &app, &commands) == nil)
        #expect(session.selected == 5 && commands.isEmpty, "a digit selects, it does not answer")
        app.now += 4
        #expect(PlayScreen.update(&session, .confirm, &app, &commands) == nil)
        #expect(commands == [.recordDecision(TimedDecision(.identify(.hostage), seconds: 4), index: 0, scenarioID: "garage-warranty-en")])
        #expect(session.feedback?.feedback.judgement == .right)
        // Leaving asks first; "give up" records the quit and goes back to the menu.
        commands = []
        _ = PlayScreen.update(&session, .back, &app, &commands)
        #expect(session.confirmingLeave)
        let left = PlayScreen.update(&session, .pick(1), &app, &commands)
        #expect(left == .menu(MenuState(selecting: .playScenario, app)))
        #expect(commands.contains(.recordDecision(TimedDecision(.quit, seconds: 0), index: 1, scenarioID: "garage-warranty-en")))
    }

    @Test func theDebriefScrollsPlaysAgainAndLeaves() {
        var app = Self.context()
        let session = PlayScreen.start(SampleContent.garageEnglish, decisions: [TimedDecision(.quit, seconds: 0)], &app)
        var debrief = DebriefScreen.enter(session, &app)
        var commands: [Command] = []
        #expect(DebriefScreen.update(&debrief, .down, &app, &commands) == nil)
        let again = DebriefScreen.update(&debrief, .again, &app, &commands)
        #expect(again?.play?.scenario.id == "garage-warranty-en" && again?.play?.decisions.isEmpty == true)
        #expect(DebriefScreen.update(&debrief, .back, &app, &commands) == .menu(MenuState(app)))
        #expect(commands.isEmpty)
    }

    @Test func theHelpPageScrollsAndGoesBackToItsMenuItem() {
        var app = Self.context()
        var help = HelpPageState()
        var commands: [Command] = []
        #expect(HelpScreen.update(&help, .pageDown, &app, &commands) == nil)
        #expect(help.scroll == app.size.rows - 4)
        #expect(HelpScreen.update(&help, .first, &app, &commands) == nil && help.scroll == 0)
        #expect(HelpScreen.update(&help, .back, &app, &commands) == .menu(MenuState(selecting: .help, app)))
    }

    @Test func progressAsksForAReplayAndStepsThroughIt() {
        var app = Self.context()
        var progress = ProgressState(data: Storyboard.sampleProgress)
        var commands: [Command] = []
        #expect(ProgressScreen.update(&progress, .pick(1), &app, &commands) == nil)
        #expect(commands == [.loadReplay(attemptID: Storyboard.sampleProgress.report.recent[1].id)])
        ProgressScreen.replayLoaded(nil, &progress)
        #expect(progress.replayUnavailable && progress.replay == nil)
        let scenario = SampleContent.garageEnglish
        ProgressScreen.replayLoaded(ReplaySource(
            summary: Storyboard.sampleProgress.report.recent[1], scenario: scenario,
            decisions: [TimedDecision(.identify(.hostage), seconds: 2), TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 3)]), &progress)
        #expect(ProgressScreen.update(&progress, .right, &app, &commands) == nil)
        #expect(progress.replay?.index == 1)
        #expect(ProgressScreen.update(&progress, .back, &app, &commands) == nil)
        #expect(progress.replay == nil, "back closes the replay, not the page")
    }

    @Test func theDrillWrapperLeavesForTheMenuWhenTheDrillEnds() {
        var app = Self.context()
        var drill: DrillState? = nil
        var commands: [Command] = []
        #expect(DrillComponent.update(&drill, .back, &app, &commands) == .menu(MenuState(selecting: .drill, app)))
        drill = DrillState(history: DrillHistory(answers: [], now: 0), library: app.library, language: .en, now: app.now)
        #expect(DrillComponent.update(&drill, .pick(0), &app, &commands) == nil)
        #expect(drill?.selected == 0)
    }

    @Test func theBrowserOpensAgainAsItWasLeftUntilTheLanguageChanges() {
        var app = Self.context()
        var commands: [Command] = []
        var browser = BrowserState(language: .en)
        _ = BrowserScreen.update(&browser, .filterDifficulty, &app, &commands)
        _ = BrowserScreen.update(&browser, .back, &app, &commands)
        var menu = MenuState(app)
        #expect(MenuScreen.update(&menu, .pick(0), &app, &commands)?.browser?.difficulty == 1)
        var form = WelcomeForm(name: "Ana", focus: .language)
        _ = WelcomeScreen.update(&form, .right, &app, &commands)
        #expect(MenuScreen.update(&menu, .pick(0), &app, &commands) == .browser(BrowserState(language: .nl)))
    }
}
