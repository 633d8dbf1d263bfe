/// Word-wrapped, scrollable text.
public struct Paragraph: Hashable, Sendable {
    /// The text, in styled pieces.
    public var spans: [Span]
    /// Wrapped lines skipped at the top.
    public var scroll: Int
    /// Placement of each line.
    public var alignment: Alignment

    /// Creates a paragraph from styled spans.
    public init(_ spans: [Span], scroll: Int = 0, alignment: Alignment = .left) {
        self.spans = spans
        self.scroll = scroll
        self.alignment = alignment
    }

    /// Creates a paragraph from plain text in one style.
    public init(_ text: String, style: Style = .normal, scroll: Int = 0, alignment: Alignment = .left) {
        self.init([Span(text, style: style)], scroll: scroll, alignment: alignment)
    }

    /// The wrapped lines for an area `width` columns wide.
    public func lines(width: Int) -> [[Span]] {
        TextLayout.wrap(spans, width: width)
    }

    /// Draws the visible lines into `area` and returns the total number of wrapped lines, so a
    /// caller can tell whether there is more to scroll to (total > area.height + scroll).
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Int {
        let wrapped = lines(width: area.width)
        let first = max(0, scroll)
        for row in 0..<area.height {
            let index = first + row
            guard index < wrapped.count else { break }
            let line = wrapped[index]
            let lineWidth = line.reduce(0) { $0 + $1.text.displayWidth }
            let x = area.x + alignment.offset(lineWidth: lineWidth, areaWidth: area.width)
            buffer.write(line, at: Point(x: x, y: area.y + row), clip: area)
        }
        return wrapped.count
    }
}
