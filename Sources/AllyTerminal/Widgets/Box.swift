/// A bordered box with an optional title in the top border.
public struct Box: Hashable, Sendable {
    /// The title shown in the top border, if any.
    public var title: String?
    /// Style of the border lines.
    public var borderStyle: Style
    /// Style of the title.
    public var titleStyle: Style

    /// Creates a box.
    public init(title: String? = nil, borderStyle: Style = Style(.border), titleStyle: Style = Style(.title)) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// Draws the border around the edge of `area` and returns the area inside it.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return area.inset(by: 1) }
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", at: Point(x: area.x, y: area.y), style: borderStyle, clip: area)
        buffer.write("└" + horizontal + "┘", at: Point(x: area.x, y: area.maxY - 1), style: borderStyle, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", at: Point(x: area.x, y: y), style: borderStyle, clip: area)
            buffer.write("│", at: Point(x: area.maxX - 1, y: y), style: borderStyle, clip: area)
        }
        if let title, !title.isEmpty, area.width > 6 {
            let shown = TextLayout.truncate(title, width: area.width - 6)
            buffer.write(" " + shown + " ", at: Point(x: area.x + 2, y: area.y), style: titleStyle, clip: area)
        }
        return area.inset(by: 1)
    }
}
