import AllyContent
import AllyCore
import AllyTerminal
import Foundation
import Testing

/// `ally check`'s text output: each finding's line, then the source line with a caret, as rustc
/// and clang print them.
@Suite struct DiagnosticExcerptTests {
    static func finding(line: Int, column: Int, severity: Severity = .error) -> Diagnostic {
        Diagnostic(file: "nl/foo.yaml", line: line, column: column, severity: severity, Localized("content.emptyText"))
    }

    /// The lines as plain text, as a pipe gets them.
    static func plain(_ diagnostic: Diagnostic, _ source: String?) -> String {
        ANSIText.render(DiagnosticExcerpt.lines(diagnostic, source: source, in: .en), theme: nil)
    }

    @Test func theFirstLineStaysTheGreppableOneAndTheCaretSitsUnderTheColumn() {
        let text = Self.plain(Self.finding(line: 28, column: 10), #"    say: "Hello.""#)
        #expect(text == """
            nl/foo.yaml:28:10: error: expected text, found an empty string
               |
            28 |     say: "Hello."
               |          ^


            """)
        #expect(text.split(separator: "\n").first.map(String.init) == Self.finding(line: 28, column: 10).description)
    }

    @Test func findingsAtOnePlaceShareOneExcerptUnderTheLast() {
        let findings = [Self.finding(line: 1, column: 1), Self.finding(line: 1, column: 1), Self.finding(line: 2, column: 3)]
        var asked: [Int] = []
        let text = ANSIText.render(DiagnosticExcerpt.lines(findings, in: .en) { asked.append($0.line); return "line \($0.line)" }, theme: nil)
        #expect(asked == [1, 2], "the source is read only where an excerpt shows")
        #expect(text == """
            nl/foo.yaml:1:1: error: expected text, found an empty string
            nl/foo.yaml:1:1: error: expected text, found an empty string
              |
            1 | line 1
              | ^

            nl/foo.yaml:2:3: error: expected text, found an empty string
              |
            2 | line 2
              |   ^


            """)
    }

    @Test func aTabShowsAsAnArrowToItsTabStopAndTheCaretCountsIt() {
        let text = Self.plain(Self.finding(line: 3, column: 2), "\tsay: x")
        #expect(text.contains("3 | →   say: x\n  |     ^\n"), "\(text)")
        #expect(!text.contains("\t"))
        // A tab after text reaches the next stop only.
        #expect(Self.plain(Self.finding(line: 1, column: 4), "ab\tc").contains("1 | ab→ c\n  |     ^\n"))
    }

    @Test func wideCharactersAndCombiningMarksKeepTheCaretUnderItsCharacter() {
        // libyaml counts columns in scalars: 'é' written as e + U+0301 is two of them.
        let text = Self.plain(Self.finding(line: 1, column: 10), "say: 日本e\u{301}x")
        #expect(text.contains("1 | say: 日本e\u{301}x\n  |           ^\n"), "\(text)")
    }

    @Test func aHostileLineIsShownInertNeverObeyed() {
        let source = "say: \"\u{1B}]52;c;aGk=\u{07}\u{9B}2J\u{7F}\""
        let lines = DiagnosticExcerpt.lines(Self.finding(line: 1, column: 7), source: source, in: .en)
        for theme in [nil, Theme.standard, Theme.monochrome] {
            let text = ANSIText.render(lines, theme: theme)
            #expect(text.contains("␛]52;c;aGk=␇\u{FFFD}2J␡"))
            // The only escapes are the renderer's own SGR sequences.
            let escapes = text.components(separatedBy: "\u{1B}").dropFirst()
            #expect(escapes.allSatisfy { $0.range(of: #"^\[[0-9;]*m"#, options: .regularExpression) != nil }, "\(text.debugDescription)")
            #expect(!text.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{7F}" })
        }
    }

    @Test func aLongLineIsCutAroundTheColumn() {
        let source = "say: \"" + String(repeating: "a", count: 150) + "X" + String(repeating: "b", count: 150) + "\""
        let column = 6 + 150 + 1  // the X
        let lines = Self.plain(Self.finding(line: 7, column: column), source).split(separator: "\n", omittingEmptySubsequences: false)
        let shown = String(lines[2]), caret = String(lines[3])
        #expect(shown.hasPrefix("7 | …a") && shown.hasSuffix("b…"), "\(shown)")
        #expect(shown.displayWidth <= DiagnosticExcerpt.maximumWidth)
        let under = caret.firstIndex(of: "^").map { caret[..<$0].count } ?? -1
        #expect(Array(shown)[under] == "X", "\(shown)\n\(caret)")
        // The start of a long line needs no cut at the front.
        let start = Self.plain(Self.finding(line: 7, column: 1), source).split(separator: "\n")[2]
        #expect(start.hasPrefix("7 | say: \"aaa") && start.hasSuffix("…"))
    }

    @Test func aColumnPastTheEndPointsJustAfterTheLine() {
        #expect(Self.plain(Self.finding(line: 2, column: 9), "key: [a").contains("2 | key: [a\n  |        ^\n"))
    }

    @Test func aWholeFileFindingAndAMissingLineHaveNoExcerpt() {
        let whole = Diagnostic(file: "nl/foo.yaml", line: 0, column: 0, severity: .warning, Localized("content.emptyFile"))
        #expect(Self.plain(whole, "id: x") == whole.description + "\n")
        #expect(Self.plain(Self.finding(line: 9, column: 1), nil) == Self.finding(line: 9, column: 1).description + "\n")
    }

    @Test func sourceLinesAreNumberedAsYAMLNumbersThem() {
        let source = "\u{FEFF}id: x\r\nsay: y\nlast"
        #expect(DiagnosticExcerpt.sourceLines(source) == ["id: x", "say: y", "last"])
        #expect(DiagnosticExcerpt.line(2, of: source) == "say: y")
        #expect(DiagnosticExcerpt.line(4, of: source) == nil)
        #expect(DiagnosticExcerpt.line(0, of: source) == nil)
    }

    @Test func onATerminalTheSeverityIsInItsColourAndTheGutterBlue() {
        let error = ANSIText.render(DiagnosticExcerpt.lines(Self.finding(line: 1, column: 1), source: "id: x", in: .en), theme: .standard)
        #expect(error.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(error.contains("\u{1B}[1;34m1 | \u{1B}[0mid: x"))
        #expect(error.contains("\u{1B}[1;31m^\u{1B}[0m"))
        let warning = ANSIText.render(DiagnosticExcerpt.lines(Self.finding(line: 1, column: 1, severity: .warning), source: "id: x", in: .en), theme: .standard)
        #expect(warning.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        // NO_COLOR: attributes only, no colour.
        let monochrome = ANSIText.render(DiagnosticExcerpt.lines(Self.finding(line: 1, column: 1), source: "id: x", in: .en), theme: .monochrome)
        #expect(!monochrome.contains(";31") && !monochrome.contains(";34") && monochrome.contains("\u{1B}[1;4merror"))
    }

    @Test func colourIsAllowedUnlessNoColorIsSetToSomething() {
        #expect(Theme.allowsColor(noColor: nil))
        #expect(Theme.allowsColor(noColor: ""))
        #expect(!Theme.allowsColor(noColor: "1"))
    }
}
