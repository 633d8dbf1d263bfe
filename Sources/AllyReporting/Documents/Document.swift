import AllyTerminal

/// A feature's text as lines of styled spans, built once: the full screen draws the lines, the
/// plain commands (`--plain`, `ally replay`, `ally progress --plain`) print their text.
public struct Document: Sendable, Equatable {
    /// The lines, each a row of styled spans.
    public var lines: [[Span]]

    /// A document of `lines`.
    public init(_ lines: [[Span]] = []) {
        self.lines = lines
    }

    /// The text without styles: one line per row, trailing spaces dropped, ending in a newline.
    public var text: String {
        lines.map { line in
            String(line.map(\.text).joined().reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// Appends one line.
    public mutating func append(_ line: [Span]) { lines.append(line) }

    /// Appends one line of unstyled text.
    public mutating func append(_ text: String) { lines.append([Span(text)]) }

    /// Appends the lines of `other`.
    public static func += (document: inout Document, other: [[Span]]) { document.lines += other }
}
