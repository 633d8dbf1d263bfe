import AllyCore
import AllyReporting
import AllyTerminal
@testable import AllyUI
import Testing

/// The plain front end prints the same documents the screens draw.
@Suite struct DocumentTextTests {
    /// The text rows of a frame between its title row and its hint row, without the scroll marks' column.
    static func body(_ frame: ScreenBuffer) -> [String] {
        frame.lines.dropFirst().dropLast().map { line in
            String(line.dropFirst().reversed().drop { $0 == " " || $0 == "▲" || $0 == "▼" }.reversed())
        }
    }

    @Test(arguments: [Language.en, .nl])
    func thePlainDebriefIsTheScreensDebrief(language: Language) throws {
        let m = press(answers("64111"), garageModel())
        let state = try #require(m.screen.debrief)
        let text = DebriefDocument.build(state, language: language, width: DocumentScreen.textWidth(80)).text
        var shown = m
        shown.language = language
        let rows = Self.body(App.frame(shown))
        #expect(Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(rows.count)).map(String.init) == rows)
        #expect(text.contains(language == .en ? "Score per part" : "Score per onderdeel"))
        #expect(text.contains(language == .en ? "score 100/100" : "score 100/100"))
        #expect(!text.contains("\u{1B}"))
    }
}
