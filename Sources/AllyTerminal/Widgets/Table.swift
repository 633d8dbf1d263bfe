/// One cell of a ``Table``: text and style.
public struct TableCell: Hashable, Sendable {
    /// The text (cut with `…` when the column is too narrow).
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// A column of a ``Table``.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// Width in columns.
    public var width: Int
    /// Placement of text in the column.
    public var alignment: Alignment

    /// Creates a column.
    public init(_ title: String, width: Int, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A small grid with a header row: score tables, a 9×9 confusion heat map.
public struct Table: Hashable, Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows of cells; missing cells are blank, extra ones ignored.
    public var rows: [[TableCell]]
    /// Style of the header row.
    public var headerStyle: Style
    /// Blank columns between table columns.
    public var gap: Int

    /// Creates a table.
    public init(columns: [TableColumn], rows: [[TableCell]], headerStyle: Style = Style(.title), gap: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.headerStyle = headerStyle
        self.gap = gap
    }

    /// Draws the header and as many rows as fit; returns how many data rows were drawn.
    ///
    /// A cell's style covers its whole column width, so a heat map shows solid blocks.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        let header = columns.map { TableCell($0.title, style: headerStyle) }
        drawRow(header, y: area.y, into: &buffer, area: area)
        var drawn = 0
        for (index, row) in rows.enumerated() where index + 1 < area.height {
            drawRow(row, y: area.y + 1 + index, into: &buffer, area: area)
            drawn += 1
        }
        return drawn
    }

    /// Draws one row of cells at row `y`.
    private func drawRow(_ cells: [TableCell], y: Int, into buffer: inout ScreenBuffer, area: Rect) {
        var x = area.x
        for (index, column) in columns.enumerated() {
            guard x < area.maxX else { break }
            if index < cells.count {
                let cell = cells[index]
                let text = TextLayout.pad(cell.text, width: column.width, alignment: column.alignment)
                buffer.write(text, at: Point(x: x, y: y), style: cell.style, clip: area)
            }
            x += column.width + gap
        }
    }
}
