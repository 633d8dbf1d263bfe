import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// How the play screen uses its rows: whole reminders when there is room, bounded scrolling.
@Suite struct PlayLayoutTests {
    @Test func strategySummariesWrapWhenTheCustomerStillFits() {
        // hostage, then on to the strategy question.
        let strategy = press(answers("6"), garageModel())
        #expect(strategy.screen.play?.state.prompt == .strategy)
        let text = App.frame(strategy).lines.joined(separator: "\n")
        #expect(text.contains("their word work for you"), "the whole summary shows, on a second row")
        #expect(!text.contains("…"), "nothing is cut")
        #expect(text.contains("Third time this month"), "the customer's words are still there")
    }

    @Test func remindersAreCutToOneRowWhenTheyCannotAllWrap() {
        var m = garageModel()
        m.size = TerminalSize(columns: 80, rows: 24)
        let lines = App.frame(m).lines
        // Nine types: one row each, none of them pushed out of view.
        #expect(CustomerType.allCases.allSatisfy { type in lines.contains { $0.contains(". " + type.name(in: .en)) } })
    }

    @Test func theHeaderCountsTheAnsweredDecisionWhileItsFeedbackShows() {
        func header(_ m: AppModel) -> String { App.frame(m).lines[0] }
        #expect(header(garageModel()).contains("decision 1 of 3"))
        // Name the type, pick the strategy, then reply: the feedback is about decision 1.
        let replied = press(answers("64") + [.char("1"), .enter], garageModel())
        #expect(replied.screen.play?.feedback != nil)
        #expect(header(replied).contains("decision 1 of 3"), "\(header(replied))")
        let next = press([.enter], replied)
        #expect(header(next).contains("decision 2 of 3"), "\(header(next))")
    }

    @Test func pageDownStopsAtTheEndOfTheCustomersWords() {
        let m = garageModel()
        let far = press(Array(repeating: .pageDown, count: 10), m)
        #expect(far.screen.play?.sayScroll == PlayScreen.customerMaxScroll(m))
        let back = press([.pageUp], far)
        #expect(back.screen.play?.sayScroll == max(0, PlayScreen.customerMaxScroll(m) - 3), "one PgUp undoes one page, not ten")
    }
}

/// The menu's note under the list changes with every move; one row keeps a move cheap over SSH.
@Suite struct MenuNoteTests {
    @Test(arguments: [Language.en, .nl])
    func everyMenuNoteFitsOneRowOfTheMenu(language: Language) {
        let m = menuModel(language)
        let width = min(60, m.size.columns - 4)  // the menu block at 80×24
        for item in MenuItem.allCases {
            let note = MenuScreen.note(item)(language)
            #expect(note.displayWidth <= width, "\(item): \(note)")
        }
    }
}

/// The title bar names the screen even when the trainee's name is as long as the form allows.
@Suite struct TitleBarTests {
    @Test func aLongWideNameLeavesTheScreenNameInView() {
        let start = AppModel(library: SampleContent.library, language: .en)
        let name = String(repeating: "界", count: 40)  // 40 characters, 80 columns
        let menu = press(Storyboard.type(name) + [.enter], start)
        let title = App.frame(menu).lines[0]
        #expect(title.contains("Ally · Menu"))
        #expect(title.contains("…"), "the name is cut, not the screen's name")
        #expect(title.displayWidth <= 80)
    }
}
