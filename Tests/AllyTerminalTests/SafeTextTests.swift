import AllyTerminal
import Testing

@Suite("Safe text at the output edge")
struct SafeTextTests {
    @Test("ESC, BEL, C1 controls and DEL become visible stand-ins; newline and tab stay")
    func controlsAreMadeVisible() {
        #expect(SafeText.text("\u{1B}]52;c;aGk=\u{07}") == "␛]52;c;aGk=␇")
        #expect(SafeText.text("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(SafeText.text("\u{9B}31m\u{9D}0;t\u{9C}") == "\u{FFFD}31m\u{FFFD}0;t\u{FFFD}")
        #expect(SafeText.text("x\u{7F}y\u{00}z") == "x␡y␀z")
        #expect(SafeText.text("line one\n\tline two") == "line one\n\tline two")
    }

    @Test("a CR before a newline stays (CSV ends its lines so); a lone CR does not")
    func carriageReturns() {
        #expect(SafeText.text("a,b\r\nc,d\r\n") == "a,b\r\nc,d\r\n")
        #expect(SafeText.text("safe\rEVIL") == "safe␍EVIL")
        #expect(SafeText.text("end\r") == "end␍")
    }

    @Test("text without controls comes back unchanged, Dutch diacritics and emoji included")
    func plainTextIsUntouched() {
        let text = "Dhr. de Vries — patiënt, café ☕️ 👩‍👩‍👧 🇳🇱"
        #expect(SafeText.text(text) == text)
    }

    @Test("JSON keeps its value: DEL and C1 controls become \\u escapes, so a JSON reader reads the same string")
    func jsonEscapes() {
        #expect(SafeText.json("{\"name\":\"a\u{9B}2J\u{7F}\"}") == "{\"name\":\"a\\u009b2J\\u007f\"}")
        #expect(SafeText.json("{\n  \"a\" : 1\n}") == "{\n  \"a\" : 1\n}")
    }
}
