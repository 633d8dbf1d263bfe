import AllyCore
import AllyTerminal

/// A diagnostic as rustc and clang print one: the greppable `file:line:column: severity: message`
/// line, then the source line it is about with a caret under the column.
///
/// ```
/// Content/nl/foo.yaml:28:1: error: tabs are not allowed for indentation in YAML; use spaces (…)
///    |
/// 28 | →   say: "Hello."
///    | ^
/// ```
///
/// Pure: the caller hands in the line's text (``line(_:of:)`` finds it). The source line is made
/// inert here (a tab shows as `→` to its tab stop, a control character as its picture), and long
/// lines are cut around the column, so the caret always lands under what it points at.
public enum DiagnosticExcerpt {
    /// The widest excerpt line, gutter included: wider lines are cut around the column.
    public static let maximumWidth = 100
    /// Columns between tab stops when a tab is shown.
    static let tabWidth = 4

    /// The diagnostic's lines: the location line, then, when `source` (the text of the
    /// diagnostic's line) is given and the finding has a line, the excerpt and a blank line.
    public static func lines(_ diagnostic: Diagnostic, source: String?, in language: Language) -> [[Span]] {
        let severity = Style(diagnostic.severity == .error ? .wrong : .warning, .bold)
        let location = diagnostic.line > 0 ? "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): " : "\(diagnostic.file): "
        let header = [
            Span(location, style: Style(.normal, .bold)),
            Span(diagnostic.severity.rawValue, style: severity),
            Span(": " + diagnostic.text(language), style: Style(.normal, .bold)),
        ]
        guard diagnostic.line > 0, let source else { return [header] }
        let number = String(diagnostic.line)
        let gutter = Style(.border, .bold)
        let blank = String(repeating: " ", count: number.count)
        let (text, caret) = excerpt(source, column: diagnostic.column, width: maximumWidth - number.count - 3)
        return [
            header,
            [Span(blank + " |", style: gutter)],
            [Span(number + " | ", style: gutter), Span(text)],
            [Span(blank + " | ", style: gutter), Span(String(repeating: " ", count: caret)), Span("^", style: severity)],
            [],
        ]
    }

    /// The lines of every diagnostic, in order. Findings at one place (seven missing keys at 1:1)
    /// share one excerpt, under the last of them; `source` gives the text of a diagnostic's line
    /// and is asked only for the diagnostics that show one.
    public static func lines(_ diagnostics: [Diagnostic], in language: Language, source: (Diagnostic) -> String?) -> [[Span]] {
        diagnostics.indices.flatMap { index -> [[Span]] in
            let diagnostic = diagnostics[index]
            let next = index + 1
            let placeRepeats = next < diagnostics.count
                && (diagnostics[next].file, diagnostics[next].line, diagnostics[next].column) == (diagnostic.file, diagnostic.line, diagnostic.column)
            return lines(diagnostic, source: diagnostic.line > 0 && !placeRepeats ? source(diagnostic) : nil, in: language)
        }
    }

    /// The text of line `number` (1-based) of `source` (see ``sourceLines(_:)``); nil past the end.
    public static func line(_ number: Int, of source: String) -> String? {
        let lines = sourceLines(source)
        return number > 0 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The lines of `source` as YAML numbers them: split at each line feed, a carriage return
    /// before it dropped, and a byte order mark at the start dropped (YAML's columns do not count it).
    public static func sourceLines(_ source: String) -> [String] {
        // Scalars, not Characters: "\r\n" is one Character, and a lone "\n" must still end a line.
        var lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        if lines[0].unicodeScalars.first == "\u{FEFF}" { lines[0] = String(lines[0].unicodeScalars.dropFirst()) }
        return lines
    }

    /// The line as shown, at most `width` columns, and how many columns precede the caret for
    /// `column` (1-based, in Unicode scalars, as libyaml counts; past the end it points just after
    /// the last character).
    static func excerpt(_ source: String, column: Int, width: Int) -> (text: String, caret: Int) {
        // Each scalar as shown, with its width: a piece is never split, so wide characters stay whole.
        var pieces: [(text: String, width: Int)] = []
        var used = 0
        for scalar in source.unicodeScalars {
            let piece: (String, Int)
            if scalar == "\t" {
                let stop = tabWidth - used % tabWidth
                piece = ("→" + String(repeating: " ", count: stop - 1), stop)
            } else if SafeText.needsReplacing(scalar) {
                piece = (SafeText.text(String(scalar)), 1)
            } else {
                piece = (String(scalar), scalar.displayWidth)
            }
            pieces.append(piece)
            used += piece.1
        }
        let target = max(0, min(column - 1, pieces.count))
        let caret = pieces[..<target].reduce(0) { $0 + $1.width }
        guard used > width else { return (pieces.map(\.text).joined(), caret) }
        // Too wide: a window of the line with the caret a third of the way in, "…" where cut.
        var first = 0
        var skipped = 0
        while first < target, caret - skipped > width / 3 {
            skipped += pieces[first].width
            first += 1
        }
        let room = width - (first > 0 ? 1 : 0)
        var shown = "", shownWidth = 0, last = first
        while last < pieces.count, shownWidth + pieces[last].width <= room - (last + 1 < pieces.count ? 1 : 0) {
            shown += pieces[last].text
            shownWidth += pieces[last].width
            last += 1
        }
        let text = (first > 0 ? "…" : "") + shown + (last < pieces.count ? "…" : "")
        return (text, caret - skipped + (first > 0 ? 1 : 0))
    }
}
