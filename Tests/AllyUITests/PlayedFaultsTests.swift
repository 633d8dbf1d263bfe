import AllyCore
import AllyReporting
import Foundation
import AllyTerminal
import AllyTestSupport
@testable import AllyUI
import Testing

/// The faults found by playing the trainer as a new user would (issue 10), each as the user sees it.
@Suite struct PlayedFaultsTests {
    /// The garage scenario played to its debrief along the storyboard's path (a reply that turns the customer).
    func debriefModel(_ language: Language = .en) -> AppModel {
        Storyboard.shots(language: language, all: false).first { $0.name == "debrief" }!.model
    }

    @Test func theCustomersWordsAndTheNarrationAreInTheDefaultForeground() {
        let frame = App.frame(garageModel())
        for text in ["He drops the keys", "Third time this month", "bound by contract"] {
            let y = frame.lines.firstIndex { $0.contains(text) }!
            let x = frame.lines[y].distance(from: frame.lines[y].startIndex, to: frame.lines[y].range(of: text)!.lowerBound)
            #expect(frame[x, y].style.role == .normal, "\(text) is content, not chrome")
            #expect(!frame[x, y].style.attributes.contains(.dim), "\(text) is not dimmed")
        }
    }

    @Test func theDecisionCounterEndsAtNOfN() {
        // The ideal path takes three replies; a poor first reply takes a two-reply branch. Either way it ends at n of n.
        let ideal = press(answers("64") + [.char("1"), .enter, .enter, .char("1"), .enter, .enter, .char("1"), .enter], garageModel())
        #expect(ideal.screen.play?.state.isOver == true)
        #expect(App.frame(ideal).lines[0].contains("decision 3 of 3"), "\(App.frame(ideal).lines[0])")
        let branch = press(answers("64") + [.char("3"), .enter, .enter, .char("6"), .enter, .enter, .char("1"), .enter], garageModel())
        #expect(branch.screen.play?.state.isOver == true)
        #expect(App.frame(branch).lines[0].contains("decision 2 of 2"), "\(App.frame(branch).lines[0])")
    }

    @Test func cutTextEndsInAnEllipsis() {
        var canvas = Canvas(buffer: ScreenBuffer(size: TerminalSize(columns: 20, rows: 1)))
        canvas.write("intolerant, anarchist, terrorist", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(canvas.buffer.lines[0] == "intolerant, anarchi…")
        // Padding that does not fit is not text: no mark.
        var padded = Canvas(buffer: ScreenBuffer(size: TerminalSize(columns: 10, rows: 1)))
        padded.write([Span("terrorist"), Span("      ", style: Style(.muted))], x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 10, height: 1))
        #expect(padded.buffer.lines[0] == "terrorist")
    }

    @Test func wrappedHelpLinesKeepTheirHangingIndent() {
        var m = menuModel()
        m.screen = .help(HelpPageState())
        let lines = HelpPage.lines(m, width: 50).map { $0.map(\.text).joined() }
        let start = lines.firstIndex { $0.hasPrefix("  mouse ") }!
        #expect(lines[start + 1].hasPrefix(String(repeating: " ", count: 18)) && lines[start + 1].count > 18,
                "the description goes on under itself:\n\(lines[start])\n\(lines[start + 1])")
        let wrapped = TextLayout.wrap([Span("Esc or q  leave the scenario and go back")], width: 20, hangingIndent: 10)
        #expect(wrapped.map { $0.map(\.text).joined() } == ["Esc or q  leave the", "          scenario", "          and go", "          back"])
    }

    @Test func wrappedDebriefLinesKeepTheirHangingIndent() {
        let lines = DebriefPage.lines(debriefModel(), width: 40).map { $0.map(\.text).joined() }
        let first = lines.firstIndex { $0.hasPrefix("  1. ") }!
        #expect(lines[first + 1].hasPrefix("     ") && !lines[first + 1].hasPrefix("      "),
                "the ideal reply goes on under itself:\n\(lines[first])\n\(lines[first + 1])")
        let wrong = lines.firstIndex { $0.hasPrefix("✗ ") }!
        #expect(lines[wrong + 1].hasPrefix("  ") && !lines[wrong + 1].hasPrefix("   "), "under the text, not the mark")
    }

    @Test func theDebriefOffersPlayAgain() {
        let debrief = debriefModel()
        #expect(debrief.screen.id == .debrief)
        #expect(App.frame(debrief).lines.last!.contains("a play again"))
        let again = press([.char("a")], debrief)
        #expect(again.screen.id == .play)
        #expect(again.screen.play?.scenario.id == "garage-warranty-en")
        #expect(again.screen.play?.decisions.isEmpty == true)
        #expect(again.screen.debrief == nil)
    }

    @Test func theDebriefShowsTheTypeChangeAndTheReplyThatCausedIt() {
        for language in Language.allCases {
            let text = DebriefPage.lines(debriefModel(language), width: 78).map { $0.map(\.text).joined() }.joined(separator: "\n")
            let expected = language == .en
                ? "⇄ Mr de Vries has turned from hostage into terrorist.   After your reply: “If you are not happy"
                : "⇄ Dhr. de Vries is van gijzelaar veranderd in terrorist.   Na je antwoord: “Als het u niet bevalt"
            #expect(text.replacingOccurrences(of: "\n", with: " ").contains(expected), "\(text)")
        }
    }

    @Test func sparklinesSayWhatTheyShow() {
        let debrief = DebriefPage.lines(debriefModel(), width: 78).map { $0.map(\.text).joined() }
        #expect(debrief.contains { $0.contains("time per decision, first to last:") && $0.contains(" s – ") })
        let progress = Storyboard.shots(all: true).first { $0.name == "progress" }!.model
        let lines = ProgressPage.lines(progress, width: 78).map { $0.map(\.text).joined() }
        #expect(lines.contains { $0.contains("scores of the last") && $0.contains("oldest first") })
    }

    @Test func jargonIsExplained() {
        var m = menuModel(.nl)
        m.screen = .help(HelpPageState())
        let help = HelpPage.lines(m, width: 78).map { $0.map(\.text).joined() }.joined(separator: " ")
        #expect(help.contains("SERVQUAL: vijf dimensies"))
        #expect(help.contains("Bak 1 tot 5"))
        let debrief = DebriefPage.lines(debriefModel(), width: 78).map { $0.map(\.text).joined() }.joined(separator: " ")
        #expect(debrief.contains("(SERVQUAL's five dimensions)"))
        // The matrix heads "ally" whole: cut to three letters it read as the word "all".
        #expect(ProgressDocument.abbreviation(.ally, .en) == "ally")
        #expect(ProgressDocument.abbreviation(.intolerant, .en) == "int")
    }

    @Test func theTrainerAndTheDrillAskTheSameQuestionWithTheSameMarker() {
        let drill = Storyboard.shots(all: true).first { $0.name == "drill" }!.model
        let drillText = App.frame(drill).lines.joined(separator: "\n")
        let playText = App.frame(garageModel()).lines.joined(separator: "\n")
        #expect(drillText.contains(Strings.askIdentify(.en)) && playText.contains(Strings.askIdentify(.en)))
        #expect(drillText.contains(Strings.cues(.en) + ": ") && playText.contains(Strings.cues(.en) + ": "))
        #expect(!drillText.contains("▸"), "one selection marker: ›")
    }

    @Test func clocksAreDrawnInTheSVGs() {
        var buffer = ScreenBuffer(size: TerminalSize(columns: 12, rows: 1))
        buffer.write("⏱ 9 s ◷", at: Point(x: 0, y: 0))
        let svg = buffer.svg()
        #expect(!svg.contains("⏱") && !svg.contains("◷"), "fonts without the glyph would show a box")
        #expect(svg.components(separatedBy: "<circle").count == 3)
        #expect(svg.contains(">9 s</text>"))
    }
}

/// The options limit is one constant: the digits the keys take and the hints name follow it.
@Suite struct OptionsLimitTests {
    @Test func digitsStopAtTheOptionsLimit() {
        #expect(Step.maximumChoices == 9, "one digit key each")
        #expect(KeyMap.intent(for: .char(Character("\(Step.maximumChoices)"))) == .pick(Step.maximumChoices - 1))
        #expect(KeyMap.intent(for: .char("0")) == .ignore)
        #expect(Layout.digits(Step.maximumChoices + 3) == "1-\(Step.maximumChoices)")
        #expect(Layout.numberPrefix == "› \(Step.maximumChoices). ")
    }
}

/// The menu with a resume item, and the browser and courses with played scenarios, in both languages.
@Suite struct PlayedSnapshotTests {
    @Test(arguments: [Language.en, .nl])
    func menuWithAResumeAndListsWithPlayedScenarios(language: Language) throws {
        let garage = language == .en ? "garage-warranty-en" : "garage-warranty-nl"
        let unfinished = UnfinishedAttempt(scenarioID: garage, decisions: [TimedDecision(.identify(.hostage), seconds: 3)])
        var m = AppModel(library: SampleContent.library, language: language,
                         profile: TraineeProfile(name: "Ana", language: language), unfinished: unfinished)
        m = press([.enter], m)
        try Snapshot.check(App.frame(m), named: "\(language.rawValue)-menu-resume-80x24")
        m.bestScores = [garage: 64]
        let browser = press([.char("1")], m)
        let index = browser.filteredScenarios.firstIndex { $0.id == garage }!
        try Snapshot.check(App.frame(press(Array(repeating: .down, count: index), browser)), named: "\(language.rawValue)-browser-played-80x24")
        try Snapshot.check(App.frame(press([.char("2")], m)), named: "\(language.rawValue)-courses-played-80x24")
    }
}

/// What was played shows in the lists, and a course goes on where the trainee was.
@Suite struct PlayedMarksTests {
    @Test func theBrowserMarksAFinishedScenarioWithItsBestScore() {
        var m = menuModel()
        #expect(press([.enter], m).screen.browser?.selected == 0)
        m.bestScores = ["garage-warranty-en": 64]
        let browser = press([.enter], m)
        let garage = browser.filteredScenarios.firstIndex { $0.id == "garage-warranty-en" }!
        let text = App.frame(press(Array(repeating: .down, count: garage), browser)).lines.joined(separator: "\n")
        #expect(text.contains("Back at the garage again ◷  ✓ 64"))
        #expect(text.contains("Your best score: ✓ 64/100"))
        let other = App.frame(press(Array(repeating: .down, count: garage == 0 ? 1 : 0), browser)).lines.joined(separator: "\n")
        #expect(other.contains("Your best score: not played yet"))
    }

    @Test func finishingAnAttemptMarksItAtOnceAndTheStoreAddsTheRest() {
        let debrief = Storyboard.shots(all: false).first { $0.name == "debrief" }!.model
        let total = debrief.screen.debrief!.debrief!.score.total
        #expect(debrief.bestScores["garage-warranty-en"] == total)
        let loaded = App.update(debrief, .bestScoresLoaded(["garage-warranty-en": total - 10, "desk-quiet-en": 92]), now: debrief.now + 1).0
        #expect(loaded.bestScores == ["garage-warranty-en": total, "desk-quiet-en": 92], "the better of the two stays")
        let (_, commands) = App.update(press(Storyboard.type("Ana"), AppModel(library: SampleContent.library, language: .en)),
                                       .input(.key(.enter)), now: 10)
        #expect(commands.contains(.loadBestScores))
    }

    @Test func aCourseGoesOnAtItsFirstUnfinishedScenario() throws {
        var m = menuModel()
        let course = try #require(m.listedCourses.first)
        let ids = course.scenarios.filter { m.library.scenario(id: $0) != nil }
        try #require(ids.count > 1)
        m.bestScores = [ids[0]: 80]
        let courses = press([.down, .enter], m)
        #expect(App.frame(courses).lines.joined().contains("Goes on at 2:"))
        let started = press([.enter], courses)
        #expect(started.screen.play?.scenario.id == ids[1])
        #expect(started.screen.play?.course?.index == 1)
        // Every one finished: from the start again.
        m.bestScores = Dictionary(uniqueKeysWithValues: ids.map { ($0, 90) })
        #expect(press([.down, .enter, .enter], m).screen.play?.course?.index == 0)
    }

    @Test func theInMemoryPersistenceKeepsTheBestTotal() {
        let store = InMemoryTrainerPersistence()
        let debrief = Storyboard.shots(all: false).first { $0.name == "debrief" }!.model
        let scenario = debrief.screen.debrief!.scenario
        store.finishAttempt(debrief.screen.debrief!.state, of: scenario, weights: .standard, trainee: "Ana")
        #expect(store.bestScores(trainee: "Ana") == [scenario.id: debrief.screen.debrief!.debrief!.score.total])
        #expect(store.bestScores(trainee: "Bo").isEmpty)
    }
}

/// The browser's filter row keeps its values when a long setting leaves no room for the labels.
@Suite struct FilterRowTests {
    @Test func aLongSettingKeepsEveryValueInView() {
        var m = press([.enter], menuModel())
        var browser = m.screen.browser!
        browser.setting = "Car dealer's workshop and waiting room"
        m.screen = .browser(browser)
        let row = App.frame(m).lines[1]
        #expect(row.contains("English") && row.contains("Car dealer's workshop") && row.contains("all"), "\(row)")
        #expect(!row.contains("Setting:"), "the labels give way first")
        let short = App.frame(press([.enter], menuModel())).lines[1]
        #expect(short.contains("Language: English") && short.contains("Setting: all"), "\(short)")
    }
}
