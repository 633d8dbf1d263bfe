/// A piece of text in one style.
public struct Span: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// Horizontal placement of a line inside its area.
public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case left
    /// Centred (extra space to the right).
    case center
    /// Flush right.
    case right

    /// The column offset of a line `lineWidth` wide in an area `areaWidth` wide.
    public func offset(lineWidth: Int, areaWidth: Int) -> Int {
        let spare = max(0, areaWidth - lineWidth)
        switch self {
        case .left: return 0
        case .center: return spare / 2
        case .right: return spare
        }
    }
}

/// Pure text-layout helpers measured in display columns.
public enum TextLayout {
    /// Cuts `text` to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard text.displayWidth > width else { return text }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = "", used = 0
        for character in text {
            let w = character.displayWidth
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    /// Cuts styled spans to at most `width` columns, ending in `…` (in the style of the text it
    /// replaces) when visible text was cut. Trailing spaces that do not fit are dropped without a
    /// mark: padding is not text.
    public static func truncate(_ spans: [Span], width: Int) -> [Span] {
        let total = spans.reduce(0) { $0 + $1.text.displayWidth }
        guard total > width else { return spans }
        var trailing = 0
        for span in spans.reversed() {
            let spaces = span.text.reversed().prefix { $0 == " " }.count
            trailing += spaces
            if spaces < span.text.count { break }
        }
        let room = total - trailing <= width ? total - trailing : width - 1
        guard room > 0 else { return width > 0 ? [Span("…", style: spans.first?.style ?? .normal)] : [] }
        var out: [Span] = [], used = 0
        for span in spans where used < room {
            let fits = truncate(span.text, width: room - used, ellipsis: "")
            out.append(Span(fits, style: span.style))
            used += fits.displayWidth
            if fits.count < span.text.count { break }
        }
        if total - trailing > width { out.append(Span("…", style: out.last?.style ?? .normal)) }
        return out
    }

    /// Pads `text` with spaces (or truncates it) to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, width: width)
        let spare = width - cut.displayWidth
        let left = alignment.offset(lineWidth: cut.displayWidth, areaWidth: width)
        return String(repeating: " ", count: left) + cut + String(repeating: " ", count: spare - left)
    }

    /// Word-wraps plain text to `width` columns (see the span version for the rules).
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([Span(text)], width: width).map { line in line.reduce(into: "") { $0 += $1.text } }
    }

    /// Word-wraps styled spans to lines of at most `width` columns.
    ///
    /// Breaks at spaces; a word longer than a line is split by characters (never inside a wide
    /// character). Line breaks in the text start a new line, blank lines are kept, spaces at a
    /// wrap point are dropped, and indentation at the start of a paragraph is kept. Lines that
    /// wrap start `hangingIndent` columns in (at most half the width), so a key's or a name's
    /// description goes on under itself rather than under the key.
    public static func wrap(_ spans: [Span], width: Int, hangingIndent: Int = 0) -> [[Span]] {
        guard width > 0 else { return [] }
        let indent = max(0, min(hangingIndent, width / 2))
        var lines: [[Span]] = []
        var line = LineBuilder()
        for token in tokens(spans) {
            switch token {
            case .newline:
                lines.append(line.finish())
                line = LineBuilder()
            case .space(let span):
                // Spaces carried over a wrap point vanish; leading spaces of a paragraph stay.
                if line.isWrapped && !line.hasContent { continue }
                line.append(span)
            case .word(let pieces):
                let wordWidth = pieces.reduce(0) { $0 + $1.text.displayWidth }
                if line.width + wordWidth <= width {
                    pieces.forEach { line.append($0) }
                    continue
                }
                if wordWidth <= width - indent || (!line.isWrapped && !line.hasContent && wordWidth <= width) {
                    if line.hasContent {
                        lines.append(line.finish())
                        line = LineBuilder(isWrapped: true, indent: indent)
                    }
                    pieces.forEach { line.append($0) }
                    continue
                }
                // Longer than a whole line: fill lines character by character.
                for piece in pieces {
                    for character in piece.text {
                        let w = character.displayWidth
                        if line.width + w > width {
                            lines.append(line.finish())
                            line = LineBuilder(isWrapped: true, indent: indent)
                        }
                        line.append(Span(String(character), style: piece.style))
                    }
                }
            }
        }
        lines.append(line.finish())
        return lines
    }

    /// A unit of wrapping: a word (possibly in several styles), a run of spaces, or a line break.
    private enum Token {
        case word([Span])
        case space(Span)
        case newline
    }

    /// Splits spans into tokens; adjacent non-space text in different styles stays one word.
    private static func tokens(_ spans: [Span]) -> [Token] {
        var tokens: [Token] = []
        var word: [Span] = []
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = []
        }
        for span in spans {
            var current = "", currentIsSpace = false
            func flushCurrent() {
                guard !current.isEmpty else { return }
                if currentIsSpace {
                    flushWord()
                    tokens.append(.space(Span(current, style: span.style)))
                } else {
                    word.append(Span(current, style: span.style))
                }
                current = ""
            }
            for character in span.text {
                if character.isNewline {
                    flushCurrent()
                    flushWord()
                    tokens.append(.newline)
                    continue
                }
                let isSpace = character == " " || character == "\t"
                if isSpace != currentIsSpace { flushCurrent() }
                currentIsSpace = isSpace
                current.append(isSpace ? " " : character)
            }
            flushCurrent()
        }
        flushWord()
        return tokens
    }

    /// Accumulates one output line, merging adjacent spans of the same style.
    private struct LineBuilder {
        var spans: [Span] = []
        var width = 0
        var hasText = false
        let isWrapped: Bool
        /// The columns of hanging indent it starts with.
        let indent: Int

        init(isWrapped: Bool = false, indent: Int = 0) {
            self.isWrapped = isWrapped
            self.indent = indent
            if indent > 0 { append(Span(String(repeating: " ", count: indent))) }
        }

        /// Whether anything but its hanging indent is on it.
        var hasContent: Bool { width > indent }

        mutating func append(_ span: Span) {
            width += span.text.displayWidth
            if span.text.contains(where: { $0 != " " }) { hasText = true }
            if let last = spans.last, last.style == span.style {
                spans[spans.count - 1].text += span.text
            } else {
                spans.append(span)
            }
        }

        /// The line with trailing spaces removed (they would only push a wrap point).
        mutating func finish() -> [Span] {
            while let last = spans.last {
                var trimmed = last.text
                while trimmed.last == " " { trimmed.removeLast() }
                if trimmed.isEmpty {
                    spans.removeLast()
                } else {
                    spans[spans.count - 1].text = trimmed
                    break
                }
            }
            return spans
        }
    }
}

/// Rounds half away from zero to an Int without libm (`Double.rounded()` calls `round`, which
/// would make every program linking this pure module also link libm explicitly).
func roundToInt(_ value: Double) -> Int {
    guard value.isFinite else { return 0 }
    return value >= 0 ? Int(value + 0.5) : -Int(-value + 0.5)
}
