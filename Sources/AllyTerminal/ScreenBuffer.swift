/// A `width`×`height` grid of cells that screens render into; backends copy it to a terminal.
///
/// Invariant: a wide grapheme always sits in a lead cell followed by a continuation cell on the
/// same row, and never straddles the right edge. Every mutation keeps that true, so a buffer can
/// be drawn without a frame ever breaking.
public struct ScreenBuffer: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// Creates a blank buffer; negative sizes become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Creates a blank buffer of a terminal's size.
    public init(size: TerminalSize) {
        self.init(width: size.columns, height: size.rows)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The buffer's size.
    public var size: TerminalSize { TerminalSize(columns: width, rows: height) }

    /// The cell at column `x`, row `y`; outside the buffer, a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Blanks every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Fills `rect` (clipped to the buffer) with a narrow grapheme in `style`.
    ///
    /// A wide or zero-width grapheme would break the one-cell-per-column grid, so it is replaced
    /// by a space.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        let glyph: Character = grapheme.displayWidth == 1 ? grapheme : " "
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { put(Cell(glyph, style: style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect` (clipped) and keeps the text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
        // A wide character half inside the rect gets one style for both halves.
        for y in area.y..<area.maxY where area.width > 0 {
            if self[area.x, y].isContinuation, area.x > 0 { cells[y * width + area.x - 1].style = style }
            let last = area.maxX - 1
            if self[last, y].width == 2, last + 1 < width { cells[y * width + last + 1].style = style }
        }
    }

    /// Writes one line of `text` starting at `point`, clipped to `clip` and the buffer, and
    /// returns the column after the last cell written (or where it would have been).
    ///
    /// Widths are display widths: a wide grapheme takes two cells. A wide grapheme that would
    /// straddle the clip's right edge becomes a space. Tabs and line breaks become spaces; other
    /// control characters (such as ESC from hostile text) are dropped so they never reach the
    /// terminal; a lone zero-width mark is dropped.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var x = point.x
        guard point.y >= area.y, point.y < area.maxY else { return x + text.displayWidth }
        for character in text {
            var glyph = character
            var columns = character.displayWidth
            if character.isControl {
                guard character == "\t" || character.isNewline else { continue }
                glyph = " "
                columns = 1
            } else if columns == 0 {
                continue
            }
            defer { x += columns }
            if x + columns <= area.x { continue }
            if x >= area.maxX { continue }
            if x < area.x || x + columns > area.maxX {
                // Half of a wide character is visible: show a space rather than half a glyph.
                let visible = max(x, area.x)
                put(Cell(" ", style: style), x: visible, y: point.y)
                continue
            }
            put(Cell(glyph, style: style), x: x, y: point.y)
            if columns == 2 { put(.continuation(style: style), x: x + 1, y: point.y) }
        }
        return x
    }

    /// Writes styled spans one after another on one line; returns the column after the last.
    @discardableResult
    public mutating func write(_ spans: [Span], at point: Point, clip: Rect? = nil) -> Int {
        var x = point.x
        for span in spans {
            x = write(span.text, at: Point(x: x, y: point.y), style: span.style, clip: clip)
        }
        return x
    }

    /// The text of row `y` (continuations skipped, trailing spaces trimmed).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].grapheme) }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row's text, top to bottom.
    public var lines: [String] { (0..<height).map(line) }

    /// Stores one cell, first blanking the other half of any wide character it overwrites.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        } else if old.width == 2, x + 1 < width {
            cells[index + 1] = Cell(" ", style: old.style)
        }
        cells[index] = cell
    }
}
