import AllyCore

/// Every string of the interface, by its key in the catalogues (`AllyCore/Localization/Catalogue`).
///
/// The names are the screens' vocabulary; the wording lives in one file per language, and
/// `CatalogueTests` checks that every language has every key.
public enum Strings {
    // MARK: General

    /// The program's name.
    public static let appName = Localized("strings.appName")
    /// The one-line promise under the name.
    public static let tagline = Localized("strings.tagline")

    // MARK: Key hints

    /// Hint: move the selection.
    public static let keyMove = Localized("strings.keyMove")
    /// Hint: pick an option by number.
    public static let keyPick = Localized("strings.keyPick")
    /// Hint: confirm the selection.
    public static let keyChoose = Localized("strings.keyChoose")
    /// Hint: go back.
    public static let keyBack = Localized("strings.keyBack")
    /// Hint: leave the scenario.
    public static let keyLeave = Localized("strings.keyLeave")
    /// Hint: open help.
    public static let keyHelp = Localized("strings.keyHelp")
    /// Hint: quit the program.
    public static let keyQuit = Localized("strings.keyQuit")
    /// Hint: continue.
    public static let keyContinue = Localized("strings.keyContinue")
    /// Hint: scroll.
    public static let keyScroll = Localized("strings.keyScroll")
    /// Hint: toggle the one-line reminders.
    public static let keyReminders = Localized("strings.keyReminders")
    /// Hint: switch field.
    public static let keyField = Localized("strings.keyField")
    /// Hint: change the language.
    public static let keyLanguage = Localized("strings.keyLanguage")
    /// Hint: close an overlay.
    public static let keyClose = Localized("strings.keyClose")
    /// Hint: stop a scenario for now, to continue later.
    public static let keyStopForNow = Localized("strings.keyStopForNow")
    /// Hint: cancel a question.
    public static let keyCancel = Localized("strings.keyCancel")

    // MARK: Welcome

    /// Welcome screen heading.
    public static let welcomeTitle = Localized("strings.welcomeTitle")
    /// Label of the name field.
    public static let yourName = Localized("strings.yourName")
    /// Placeholder in an empty name field.
    public static let typeYourName = Localized("strings.typeYourName")
    /// Label of the language choice.
    public static let interfaceLanguage = Localized("strings.interfaceLanguage")
    /// Shown when Enter is pressed with an empty name.
    public static let nameNeeded = Localized("strings.nameNeeded")
    /// Instruction under the form.
    public static let welcomeStart = Localized("strings.welcomeStart")

    // MARK: Menu

    /// The menu's title.
    public static let menuTitle = Localized("strings.menuTitle")
    /// Menu heading, with the trainee's name.
    public static func hello(_ name: String) -> Localized {
        Localized("strings.hello", ["name": name])
    }
    /// Menu item: resume an unfinished attempt.
    public static func resume(_ title: String) -> Localized {
        Localized("strings.resume", ["title": title])
    }
    /// Menu item: play a scenario.
    public static let playScenario = Localized("strings.playScenario")
    /// Menu item: play a course.
    public static let playCourse = Localized("strings.playCourse")
    /// Menu item: progress.
    public static let progress = Localized("strings.progress")
    /// Menu item: help.
    public static let help = Localized("strings.help")
    /// Menu item: quit.
    public static let quit = Localized("strings.quit")
    /// Explanation of the resume item.
    public static let resumeNote = Localized("strings.resumeNote")
    /// Explanation of the scenario item.
    public static let playScenarioNote = Localized("strings.playScenarioNote")
    /// Explanation of the course item.
    public static let playCourseNote = Localized("strings.playCourseNote")
    /// Explanation of the progress item.
    public static let progressNote = Localized("strings.progressNote")
    /// Explanation of the help item.
    public static let helpNote = Localized("strings.helpNote")
    /// Explanation of the quit item.
    public static let quitNote = Localized("strings.quitNote")

    // MARK: Browser

    /// Browser heading.
    public static let chooseScenario = Localized("strings.chooseScenario")
    /// Filter label: language.
    public static let language = Localized("strings.language")
    /// Filter label: setting.
    public static let setting = Localized("strings.setting")
    /// Filter label: difficulty.
    public static let difficulty = Localized("strings.difficulty")
    /// Filter value: no filter.
    public static let all = Localized("strings.all")
    /// Shown when no scenario passes the filters.
    public static let noScenarios = Localized("strings.noScenarios")
    /// Shown when the library holds no scenarios at all.
    public static let emptyLibrary = Localized("strings.emptyLibrary")
    /// The name of a difficulty level.
    public static func difficultyName(_ level: Int) -> Localized {
        switch level {
        case ...1: Localized("strings.difficulty.easy")
        case 2: Localized("strings.difficulty.medium")
        default: Localized("strings.difficulty.hard")
        }
    }
    /// Label of the best score in the browser.
    public static let yourBest = Localized("strings.yourBest")
    /// A scenario not finished yet.
    public static let notPlayed = Localized("strings.notPlayed")
    /// Label before the customer's name in the browser.
    public static let customer = Localized("strings.customer")
    /// Hint: the filter keys.
    public static let keyFilters = Localized("strings.keyFilters")

    // MARK: Courses

    /// Course list heading.
    public static let chooseCourse = Localized("strings.chooseCourse")
    /// Shown when there are no courses.
    public static let noCourses = Localized("strings.noCourses")
    /// The number of scenarios in a course.
    public static func scenarioCount(_ count: Int) -> Localized {
        Localized(count == 1 ? "strings.scenarioCount.one" : "strings.scenarioCount.other", ["count": count])
    }
    /// Where a course goes on, when some of it was played.
    public static func courseGoesOn(_ number: Int, _ title: String) -> Localized {
        Localized("strings.courseGoesOn", ["number": number, "title": title])
    }
    /// Course progress in the play header.
    public static func courseStep(_ index: Int, _ count: Int) -> Localized {
        Localized("strings.courseStep", ["index": index, "count": count])
    }

    // MARK: Play

    /// "decision k of n" in the header.
    public static func decision(_ k: Int, of n: Int) -> Localized {
        Localized("strings.decision", ["k": k, "n": n])
    }
    /// The countdown in the header.
    public static func timeLeft(_ seconds: Int) -> Localized {
        Localized("strings.timeLeft", ["seconds": seconds])
    }
    /// Label of the mood meter.
    public static let mood = Localized("strings.mood")
    /// Label of the cues.
    public static let cues = Localized("strings.cues")
    /// The identify question.
    public static let askIdentify = Localized("strings.askIdentify")
    /// The strategy question.
    public static let askStrategy = Localized("strings.askStrategy")
    /// The reply question.
    public static let askReply = Localized("strings.askReply")
    /// Judgement: right.
    public static let right = Localized("strings.right")
    /// Judgement: partly right.
    public static let partlyRight = Localized("strings.partlyRight")
    /// Judgement: wrong.
    public static let wrong = Localized("strings.wrong")
    /// Judgement: neither.
    public static let noted = Localized("strings.noted")
    /// A customer changed type.
    public static func typeChange(_ name: String, to: String, from: String) -> Localized {
        Localized("strings.typeChange", ["name": name, "from": from, "to": to])
    }
    /// Label of the customer's last words.
    public static let conversationEnds = Localized("strings.conversationEnds")
    /// Label of the choice just made.
    public static let youChose = Localized("strings.youChose")
    /// The question on leaving a scenario.
    public static let confirmLeave = Localized("strings.confirmLeave")
    /// Leaving: stop now and resume later from the menu.
    public static let leaveLater = Localized("strings.leaveLater")
    /// Leaving: end the attempt, which counts as given up.
    public static let leaveGiveUp = Localized("strings.leaveGiveUp")
    /// Leaving: back to the question.
    public static let leaveCancel = Localized("strings.leaveCancel")
    /// The other keys of the leave question.
    public static let leaveKeys = Localized("strings.leaveKeys")
    /// Hint on the toggle when reminders are off.
    public static let remindersOff = Localized("strings.remindersOff")
    /// The time ran out.
    public static let timeUp = Localized("strings.timeUp")

    // MARK: Debrief

    /// Debrief heading.
    public static let debrief = Localized("strings.debrief")
    /// The total score.
    public static func total(_ points: Int) -> Localized {
        Localized("strings.total", ["points": points])
    }
    /// Section: score per part.
    public static let scoreSection = Localized("strings.scoreSection")
    /// A part the scenario did not test.
    public static let notTested = Localized("strings.notTested")
    /// Section: the outcome.
    public static let outcome = Localized("strings.outcome")
    /// The menu item while time limits are on.
    public static let timeLimitsOn = Localized("strings.timeLimitsOn")
    /// The menu item while time limits are off.
    public static let timeLimitsOff = Localized("strings.timeLimitsOff")
    /// What the time-limits item does.
    public static let timeLimitsNote = Localized("strings.timeLimitsNote")
    /// The browser's label for whether a scenario has time limits.
    public static let timeLimit = Localized("strings.timeLimit")
    /// A scenario with a time limit on some replies.
    public static let timed = Localized("strings.timed")
    /// A timed scenario while time limits are off (--no-timers).
    public static let timedButOff = Localized("strings.timedButOff")
    /// A scenario without time limits.
    public static let untimed = Localized("strings.untimed")
    /// Under a dissatisfied outcome: why the score cannot pass.
    public static let customerLost = Localized("strings.customerLost")
    /// On a debrief of an attempt played with time limits off.
    public static let playedUntimed = Localized("strings.playedUntimed")
    /// Section: the paths.
    public static let yourPath = Localized("strings.yourPath")
    /// Column: the ideal path.
    public static let idealPath = Localized("strings.idealPath")
    /// Section: the ideal path through the scenario.
    public static let idealRoute = Localized("strings.idealRoute")
    /// Section: feedback on wrong choices.
    public static let whatWentWrong = Localized("strings.whatWentWrong")
    /// Nothing went wrong.
    public static let allRight = Localized("strings.allRight")
    /// Section: SERVQUAL, named for what it is on first sight (the help explains it further).
    public static let servqualServed = Localized("strings.servqualServed")
    /// Before the reply that turned the customer into another type.
    public static let afterReply = Localized("strings.afterReply")
    /// The label of the debrief's sparkline.
    public static let timeSparkline = Localized("strings.timeSparkline")
    /// The label of the progress screen's sparkline.
    public static func scoreSparkline(_ count: Int) -> Localized {
        Localized("strings.scoreSparkline", ["count": count])
    }
    /// The latest score, after the sparkline.
    public static func lastScore(_ total: Int) -> Localized {
        Localized("strings.lastScore", ["total": total])
    }
    /// No dimension served.
    public static let none = Localized("strings.none")
    /// Section: time per decision.
    public static let timePerDecision = Localized("strings.timePerDecision")
    /// Seconds, with a number.
    public static func seconds(_ value: Double) -> Localized {
        let text = value < 10 ? String(format1(value)) : String(Int(value.rounded()))
        return Localized("strings.seconds", ["text": text])
    }
    /// Column: the time a decision took.
    public static let time = Localized("strings.time")
    /// The total time.
    public static let totalTime = Localized("strings.totalTime")
    /// Key hint: next scenario of a course.
    public static let nextScenario = Localized("strings.nextScenario")
    /// Key hint: play the same scenario again.
    public static let playAgain = Localized("strings.playAgain")
    /// Key hint: back to the menu.
    public static let toMenu = Localized("strings.toMenu")
    /// The course is finished.
    public static let courseDone = Localized("strings.courseDone")
    /// The attempt was left before the end.
    public static let attemptLeft = Localized("strings.attemptLeft")

    // MARK: Progress

    /// Shown while the store is not connected.
    public static let progressNeedsStore = Localized("strings.progressNeedsStore")
    /// No attempts yet.
    public static let noAttempts = Localized("strings.noAttempts")
    /// Section: recent attempts.
    public static let recentAttempts = Localized("strings.recentAttempts")
    /// Section: types named right.
    public static let typesNamed = Localized("strings.typesNamed")
    /// The type a type is most often mistaken for.
    public static func mistakenFor(_ name: String) -> Localized {
        Localized("strings.mistakenFor", ["name": name])
    }
    /// The types due for practice.
    public static let practiseNext = Localized("strings.practiseNext")
    /// An attempt given up before its end.
    public static let givenUp = Localized("strings.givenUp")
    /// Not yet met.
    public static let notMet = Localized("strings.notMet")

    // MARK: Help

    /// Help heading.
    public static let helpTitle = Localized("strings.helpTitle")
    /// Section: keys.
    public static let helpKeys = Localized("strings.helpKeys")
    /// Section: the keys of each screen.
    public static let helpKeysPerScreen = Localized("strings.helpKeysPerScreen")
    /// The keys that work alike on every screen, in the help and its overlay. Key column 16 wide;
    /// every line fits the overlay at 80 columns (68) without wrapping.
    public static let helpKeyLines: [Localized] = [
        Localized("strings.helpKeyLines.1"),
        Localized("strings.helpKeyLines.2"),
        Localized("strings.helpKeyLines.3"),
        helpBackLine,
        Localized("strings.helpKeyLines.4"),
        Localized("strings.helpKeyLines.5"),
        Localized("strings.helpKeyLines.6"),
    ]
    /// The general line about going back (not true in the preview, where q leaves at once).
    public static let helpBackLine = Localized("strings.helpBackLine")
    /// Help heading: the keys of the welcome screen.
    public static let helpWelcome = Localized("strings.helpWelcome")
    /// The keys of the welcome screen.
    public static let helpWelcomeKeys: [Localized] = [
        Localized("strings.helpWelcomeKeys.1"),
        Localized("strings.helpWelcomeKeys.2"),
        Localized("strings.helpWelcomeKeys.3"),
    ]
    /// Help heading: the keys of the menu.
    public static let helpMenu = Localized("strings.helpMenu")
    /// The keys of the menu.
    public static let helpMenuKeys: [Localized] = [
        Localized("strings.helpMenuKeys.1"),
    ]
    /// Help heading: the keys of the scenario browser.
    public static let helpBrowser = Localized("strings.helpBrowser")
    /// The keys of the scenario browser.
    public static let helpBrowserKeys: [Localized] = [
        Localized("strings.helpBrowserKeys.1"),
        Localized("strings.helpBrowserKeys.2"),
        Localized("strings.helpBrowserKeys.3"),
    ]
    /// Help heading: the keys of the course list.
    public static let helpCourses = Localized("strings.helpCourses")
    /// The keys of the course list.
    public static let helpCoursesKeys: [Localized] = [
        Localized("strings.helpCoursesKeys.1"),
        Localized("strings.helpCoursesKeys.2"),
    ]
    /// Help heading: the keys while playing a scenario.
    public static let helpPlaying = Localized("strings.helpPlaying")
    /// The keys while playing, in the trainer and the preview alike.
    public static let helpPlayingKeys: [Localized] = [
        Localized("strings.helpPlayingKeys.1"),
        Localized("strings.helpPlayingKeys.2"),
        Localized("strings.helpPlayingKeys.3"),
        Localized("strings.helpPlayingKeys.4"),
        Localized("strings.helpPlayingKeys.5"),
    ]
    /// The keys while playing in the trainer (the preview uses r and q for itself).
    public static let helpTrainerPlayingKeys: [Localized] = [
        Localized("strings.helpTrainerPlayingKeys.1"),
        Localized("strings.helpTrainerPlayingKeys.2"),
    ]
    /// Help heading: the keys of `ally preview`.
    public static let helpPreview = Localized("strings.helpPreview")
    /// The keys of `ally preview`.
    public static let helpPreviewKeys: [Localized] = [
        Localized("strings.helpPreviewKeys.1"),
        Localized("strings.helpPreviewKeys.2"),
    ]
    /// Help heading: the keys of the long pages.
    public static let helpPages = Localized("strings.helpPages")
    /// The keys of the long pages: debrief, progress, help.
    public static let helpPagesKeys: [Localized] = [
        Localized("strings.helpPagesKeys.1"),
        Localized("strings.helpPagesKeys.2"),
        Localized("strings.helpPagesKeys.3"),
        Localized("strings.helpPagesKeys.4"),
    ]
    /// Help heading: the keys of the progress screen.
    public static let helpProgress = Localized("strings.helpProgress")
    /// The keys of the progress screen.
    public static let helpProgressKeys: [Localized] = [
        Localized("strings.helpProgressKeys.1"),
        Localized("strings.helpProgressKeys.2"),
        Localized("strings.helpProgressKeys.3"),
        Localized("strings.helpProgressKeys.4"),
    ]
    /// Help heading: the keys of a replay.
    public static let helpReplay = Localized("strings.helpReplay")
    /// The keys of a replay.
    public static let helpReplayKeys: [Localized] = [
        Localized("strings.helpReplayKeys.1"),
        Localized("strings.helpReplayKeys.2"),
        Localized("strings.helpReplayKeys.3"),
        Localized("strings.helpReplayKeys.4"),
    ]
    /// Help heading: the keys of the drill.
    public static let helpDrill = Localized("strings.helpDrill")
    /// The keys of the drill.
    public static let helpDrillKeys: [Localized] = [
        Localized("strings.helpDrillKeys.1"),
        Localized("strings.helpDrillKeys.2"),
        Localized("strings.helpDrillKeys.3"),
    ]
    /// Section: how play works.
    public static let helpPlay = Localized("strings.helpPlay")
    /// The lines explaining play.
    public static let helpPlayLines: [Localized] = [
        Localized("strings.helpPlayLines.1"),
        Localized("strings.helpPlayLines.2"),
        Localized("strings.helpPlayLines.3"),
    ]
    /// Section: the words the debrief and progress use.
    public static let helpWords = Localized("strings.helpWords")
    /// What those words mean.
    public static let helpWordLines: [Localized] = [
        Localized("strings.helpWordLines.1"),
        Localized("strings.helpWordLines.2"),
        Localized("strings.helpWordLines.3"),
    ]
    /// Section: the types.
    public static let helpTypes = Localized("strings.helpTypes")
    /// Section: the families.
    public static let helpFamilies = Localized("strings.helpFamilies")

    // MARK: Too small

    /// The too-small message.
    public static func tooSmall(columns: Int, rows: Int) -> Localized {
        Localized("strings.tooSmall", ["columns": columns, "rows": rows])
    }
    /// How to recover.
    public static let enlarge = Localized("strings.enlarge")

    // MARK: Saving

    /// The hint row's warning while changes wait to be saved (kept in memory, retried).
    public static func saveDelayed(_ reason: SaveDelayed.Reason) -> Localized {
        switch reason {
        case .diskFull: Localized("strings.saveDelayed.diskFull")
        case .busy: Localized("strings.saveDelayed.busy")
        }
    }

    /// The hint row's warning when the progress store could not be opened at all.
    public static let progressNotSaved = Localized("strings.progressNotSaved")

    /// The help overlay's explanation of ``saveDelayed(_:)``.
    public static func saveDelayedHelp(_ reason: SaveDelayed.Reason) -> Localized {
        switch reason {
        case .diskFull:
            Localized("strings.saveDelayedHelp.diskFull")
        case .busy:
            Localized("strings.saveDelayedHelp.busy")
        }
    }

    // MARK: Preview

    /// The preview's note in the header: nothing is recorded.
    public static let previewNotSaved = Localized("strings.previewNotSaved")
    /// Hint: read the file again now.
    public static let keyReload = Localized("strings.keyReload")
    /// Status: the recorded decisions no longer fit the changed file.
    public static let previewRestarted = Localized("strings.previewRestarted")
    /// Status: the file was read again and play goes on where it was.
    public static let previewReloaded = Localized("strings.previewReloaded")
    /// Heading of the diagnostics screen.
    public static func previewBroken(_ file: String, problems: Int) -> Localized {
        Localized(problems == 1 ? "strings.previewBroken.one" : "strings.previewBroken.other", ["file": file, "problems": problems])
    }
    /// Shown before the file has been read.
    public static func previewReading(_ file: String) -> Localized {
        Localized("strings.previewReading", ["file": file])
    }

    /// One decimal, without Foundation's locale-dependent formatting.
    static func format1(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
