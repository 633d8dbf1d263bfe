import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// The mouse wheel: one notch is one step of what the arrows do on the screen showing.
@Suite struct WheelTests {
    /// One notch of the wheel over the middle of the screen.
    func wheel(_ direction: ScrollDirection, _ m: AppModel) -> AppModel {
        send(.scroll(direction, column: 40, row: 12), m).0
    }

    @Test func aNotchIsOneArrowStep() {
        #expect(KeyMap.intent(for: ScrollDirection.up) == .up)
        #expect(KeyMap.intent(for: ScrollDirection.down) == .down)
    }

    @Test func theWheelMovesTheMenuSelection() {
        let m = menuModel()
        let down = wheel(.down, wheel(.down, m))
        #expect(down.menuSelected == 2)
        #expect(wheel(.up, down).menuSelected == 1)
        // It never wraps round.
        #expect(wheel(.up, m).menuSelected == 0)
    }

    @Test func theWheelMovesTheSelectionOfListsAndOptions() {
        let browser = press([.enter], menuModel())
        #expect(wheel(.down, browser).screen.browser?.selected == 1)
        let play = garageModel()
        // Nothing is selected at first: the first notch selects the first option, the next moves on.
        #expect(wheel(.down, play).screen.play?.selected == 0)
        #expect(wheel(.down, wheel(.down, play)).screen.play?.selected == 1)
        #expect(wheel(.up, play).screen.play?.selected == CustomerType.allCases.count - 1)
        // Moving is not deciding: nothing is recorded.
        #expect(send(.scroll(.down, column: 10, row: 10), play).1.isEmpty)
    }

    @Test func theWheelOverTheCustomerScrollsTheirWordsNotTheOptions() throws {
        let play = garageModel()
        let customer = try #require(PlayScreen.customerArea(play))
        let turned = send(.scroll(.down, column: customer.x + 2, row: customer.y + 1), play).0
        #expect(turned.screen.play?.selected == play.screen.play?.selected, "the options stay where they were")
        #expect(turned.screen.play?.sayScroll == min(1, PlayScreen.customerMaxScroll(play)))
        // Below the customer, the same notch moves the options.
        #expect(send(.scroll(.down, column: 10, row: customer.maxY + 3), play).0.screen.play?.selected == 0)
    }

    @Test func theWheelScrollsTheHelpPageOneLineANotch() {
        let index = menuModel().menuItems.firstIndex(of: .help)!
        let help = press([.char(Character("\(index + 1)"))], menuModel())
        #expect(help.screen.id == .help)
        let down = wheel(.down, wheel(.down, help))
        #expect(down.scroll == 2)
        #expect(wheel(.up, down).scroll == 1)
        #expect(App.frame(down).lines[1] != App.frame(help).lines[1])
    }

    @Test func theWheelScrollsTheDebrief() {
        let debrief = press(answers("64111"), garageModel())
        #expect(debrief.screen.id == .debrief)
        #expect(Layout.documentHeight(debrief) > Layout.documentViewHeight(debrief))
        #expect(wheel(.down, debrief).scroll == 1)
    }

    @Test func theWheelLeavesTheWelcomeFormAndTheHelpOverlayAlone() {
        let welcome = press(Storyboard.type("Ana"), AppModel(library: SampleContent.library, language: .en))
        #expect(wheel(.down, welcome).screen.welcome == welcome.screen.welcome)
        let overlay = press([.char("3"), .char("?")], garageModel())
        #expect(overlay.screen.play?.selected == 2)
        let turned = wheel(.down, overlay)
        #expect(turned.showHelp)
        #expect(turned.screen.play?.selected == overlay.screen.play?.selected)
    }

    @Test func longFeedbackScrollsWithTheWheelAndSaysThereIsMore() {
        var scenario = SampleContent.garageEnglish
        scenario.steps[0].choices[0].feedback = (1...60).map { "Sentence \($0) of a long explanation." }.joined(separator: " ")
        let library = TrainingLibrary(scenarios: [scenario])
        var m = press(Storyboard.type("Ana") + [.enter, .enter, .enter], AppModel(library: library, language: .en))
        m = press(answers("64") + [.char("1"), .enter], m)
        #expect(m.screen.play?.feedback != nil)
        let top = App.frame(m)
        #expect(top.lines.last?.contains("↑↓ scroll") == true)
        #expect(App.frame(press([.char("6"), .enter], garageModel())).lines.last?.contains("↑↓") == false)
        #expect(top.lines.contains { $0.contains("Sentence") && $0.hasSuffix("▼") })
        #expect(!top.lines.contains { $0.hasSuffix("▲") })
        let maxScroll = PlayScreen.feedbackMaxScroll(m)
        #expect(maxScroll > 0)
        let scrolled = wheel(.down, m)
        #expect(scrolled.screen.play?.feedbackScroll == 1)
        #expect(App.frame(scrolled).lines.contains { $0.hasSuffix("▲") })
        // The arrows do the same, and stop at the end.
        let end = press(Array(repeating: .down, count: maxScroll + 5), m)
        #expect(end.screen.play?.feedbackScroll == maxScroll)
        #expect(!App.frame(end).lines.contains { $0.contains("Sentence") && $0.hasSuffix("▼") })
        #expect(App.frame(end).lines.joined().contains("Sentence 60 of a long explanation."))
        // Scrolling is not continuing: the feedback still shows, nothing is recorded.
        #expect(send(.scroll(.down, column: 40, row: 20), m).1.isEmpty)
        #expect(press([.enter], end).screen.play?.feedback == nil)
    }
}
