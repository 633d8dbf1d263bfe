import AllyTerminal
import AllyUI
import Testing

/// Keys mean the same on every screen: arrows and j/k, digits, Enter, Esc/q, ?, Ctrl-C.
@Suite struct KeyMapTests {
    @Test func movement() {
        #expect(KeyMap.intent(for: .up) == .up)
        #expect(KeyMap.intent(for: .char("k")) == .up)
        #expect(KeyMap.intent(for: .down) == .down)
        #expect(KeyMap.intent(for: .char("j")) == .down)
        #expect(KeyMap.intent(for: .pageDown) == .pageDown)
        #expect(KeyMap.intent(for: .home) == .first)
        #expect(KeyMap.intent(for: .end) == .last)
        // p steps back through a replay; it is not an arrow, since the arrows scroll there.
        #expect(KeyMap.intent(for: .char("p")) == .previous)
        #expect(KeyMap.intent(for: .control("p")) == .up)
    }

    @Test(arguments: 1...9) func digitsPickDirectly(digit: Int) {
        #expect(KeyMap.intent(for: .char(Character("\(digit)"))) == .pick(digit - 1))
    }

    @Test func confirmBackHelpQuit() {
        #expect(KeyMap.intent(for: .enter) == .confirm)
        #expect(KeyMap.intent(for: .escape) == .back)
        #expect(KeyMap.intent(for: .char("q")) == .back)
        #expect(KeyMap.intent(for: .char("?")) == .help)
        #expect(KeyMap.intent(for: .ctrlC) == .interrupt)
        #expect(KeyMap.intent(for: .char("0")) == .ignore)
        #expect(KeyMap.intent(for: .function(1)) == .ignore)
    }

    @Test func textFieldsTakeLettersAndDigits() {
        #expect(KeyMap.intent(for: .char("q"), textEntry: true) == .type("q"))
        #expect(KeyMap.intent(for: .char("7"), textEntry: true) == .type("7"))
        #expect(KeyMap.intent(for: .char("é"), textEntry: true) == .type("é"))
        #expect(KeyMap.intent(for: .backspace, textEntry: true) == .deleteBackward)
        #expect(KeyMap.intent(for: .ctrlC, textEntry: true) == .interrupt)
    }
}
