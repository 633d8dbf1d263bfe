import Testing
@testable import AllyTerminal

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII and Latin letters with diacritics are one column", arguments: ["a", "é", "ë", "ï", "ĳ", "ß", "€"])
    func narrow(_ text: String) {
        #expect(text.displayWidth == 1)
    }

    @Test("CJK, Hangul, fullwidth forms and emoji are two columns", arguments: ["漢", "あ", "한", "Ａ", "😀", "👍🏽", "👨‍👩‍👧"])
    func wide(_ text: String) {
        #expect(text.displayWidth == 2)
    }

    @Test("combining marks, zero-width joiners and controls add nothing")
    func zeroWidth() {
        #expect("e\u{301}".displayWidth == 1)
        #expect("\u{200B}".displayWidth == 0)
        #expect("\u{1B}".displayWidth == 0)
        #expect("\r\n".displayWidth == 0)
    }

    @Test("a whole line adds up")
    func line() {
        #expect("Weer naar de garage".displayWidth == 19)
        #expect("日本語 ok".displayWidth == 9)
    }
}
