/// How much of the selected item a ``SelectList`` highlights.
public enum ListHighlight: Hashable, Sendable {
    /// Only the marker and number: moving the selection rewrites a handful of cells, which keeps
    /// a keystroke far below the byte budget over SSH even when items are long sentences.
    case prefix
    /// The whole item text: clearer, but a move rewrites both items' text (about twice the
    /// item length in bytes).
    case item
}

/// A selectable list (menu): numbered items, a highlighted selection, wrapping of long items,
/// and scrolling that always keeps the selection in view.
public struct SelectList: Hashable, Sendable {
    /// The item texts.
    public var items: [String]
    /// The selected index (clamped when drawn), or nil when nothing is selected yet.
    public var selected: Int?
    /// The first visible item: pass back what the previous render returned so the list scrolls
    /// only when the selection would leave the view.
    public var offset: Int
    /// Whether items get `1.`-style number prefixes (the number keys select them).
    public var numbered: Bool
    /// Style of unselected items.
    public var style: Style
    /// Style of the selected item.
    public var selectedStyle: Style
    /// Marker in front of the selected item (an unselected item gets spaces of the same width).
    public var marker: String
    /// How much of the selected item gets `selectedStyle`.
    public var highlight: ListHighlight

    /// Creates a list.
    public init(
        _ items: [String], selected: Int? = 0, offset: Int = 0, numbered: Bool = true,
        style: Style = .normal, selectedStyle: Style = Style(.selected), marker: String = "›",
        highlight: ListHighlight = .prefix
    ) {
        self.highlight = highlight
        self.items = items
        self.selected = selected
        self.offset = offset
        self.numbered = numbered
        self.style = style
        self.selectedStyle = selectedStyle
        self.marker = marker
    }

    /// The first visible item that keeps `selected` fully in view (as far as it fits), moving as
    /// little as possible from `offset`. Items are `heights` rows tall; `visibleRows` rows show.
    public static func scrollOffset(selected: Int?, offset: Int, heights: [Int], visibleRows: Int) -> Int {
        guard !heights.isEmpty else { return 0 }
        guard let selected = selected.map({ min(max(0, $0), heights.count - 1) }) else { return min(max(0, offset), heights.count - 1) }
        var first = min(max(0, offset), heights.count - 1)
        if selected < first { return selected }
        // Scroll down until the rows from `first` through the selection fit.
        while first < selected, heights[first...selected].reduce(0, +) > visibleRows { first += 1 }
        // Do not leave empty rows at the bottom when scrolling back could fill them.
        while first > 0, heights[(first - 1)...].reduce(0, +) <= visibleRows { first -= 1 }
        return first
    }

    /// Draws the list into `area` and returns where each visible item landed plus the offset used.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> ListLayout {
        guard !items.isEmpty, !area.isEmpty else { return ListLayout(area: area, offset: 0, itemRects: []) }
        let selected = self.selected.map { min(max(0, $0), items.count - 1) }
        let numberWidth = numbered ? String(items.count).count + 2 : 0  // "12. "
        let markerWidth = marker.displayWidth + 1
        let prefixWidth = markerWidth + numberWidth
        // Reserve a column for scroll arrows only when the list does not fit.
        let fullHeights = heights(textWidth: area.width - prefixWidth)
        let overflows = fullHeights.reduce(0, +) > area.height
        let textArea = overflows ? area.inset(right: 1) : area
        let textWidth = max(1, textArea.width - prefixWidth)
        let wrapped = items.map { TextLayout.wrap($0, width: textWidth) }
        let itemHeights = wrapped.map { max(1, $0.count) }
        let first = Self.scrollOffset(selected: selected, offset: offset, heights: itemHeights, visibleRows: area.height)

        var rects: [(index: Int, rect: Rect)] = []
        var row = 0
        var index = first
        var lastCut = false
        while index < items.count, row < area.height {
            let isSelected = index == selected
            let prefixStyle = isSelected ? selectedStyle : style
            let textStyle = isSelected && highlight == .item ? selectedStyle : style
            let lines = wrapped[index].isEmpty ? [""] : wrapped[index]
            let shown = min(lines.count, area.height - row)
            var itemWidth = 0
            for (lineNumber, text) in lines.prefix(shown).enumerated() {
                let y = textArea.y + row + lineNumber
                if lineNumber == 0 {
                    let mark = isSelected ? marker : String(repeating: " ", count: markerWidth - 1)
                    let number = numbered ? TextLayout.pad("\(index + 1).", width: numberWidth - 1, alignment: .right) : ""
                    // The space after the number stays unstyled so `.prefix` reads as a tab.
                    let prefixEnd = buffer.write(mark + (numbered ? " " + number : ""), at: Point(x: textArea.x, y: y), style: prefixStyle, clip: textArea)
                    buffer.write(" ", at: Point(x: prefixEnd, y: y), style: textStyle, clip: textArea)
                }
                let end = buffer.write(text, at: Point(x: textArea.x + prefixWidth, y: y), style: textStyle, clip: textArea)
                itemWidth = max(itemWidth, end - textArea.x)
            }
            rects.append((index, Rect(x: textArea.x, y: textArea.y + row, width: min(textArea.width, max(itemWidth, 1)), height: shown)))
            lastCut = shown < lines.count
            row += shown
            index += 1
        }
        if overflows {
            let arrowX = area.maxX - 1
            if first > 0 { buffer.write("▲", at: Point(x: arrowX, y: area.y), style: Style(.muted)) }
            if index < items.count || lastCut { buffer.write("▼", at: Point(x: arrowX, y: area.maxY - 1), style: Style(.muted)) }
        }
        return ListLayout(area: area, offset: first, itemRects: rects)
    }

    /// Rows each item needs when its text gets `textWidth` columns.
    private func heights(textWidth: Int) -> [Int] {
        items.map { max(1, TextLayout.wrap($0, width: max(1, textWidth)).count) }
    }
}

/// Where a rendered ``SelectList`` put things: for scrolling state and mouse hit-testing.
public struct ListLayout: Hashable, Sendable {
    /// The area the list was drawn in.
    public var area: Rect
    /// The first visible item (store it and pass it back as the next `offset`).
    public var offset: Int
    /// The area each visible item occupies.
    public var itemRects: [Rect]
    /// The indices of the visible items, parallel to `itemRects`.
    public var visibleItems: [Int]

    /// Creates a layout.
    public init(area: Rect, offset: Int, itemRects: [(index: Int, rect: Rect)]) {
        self.area = area
        self.offset = offset
        self.itemRects = itemRects.map(\.rect)
        self.visibleItems = itemRects.map(\.index)
    }

    /// The item shown at `point`, if any (for mouse clicks); the whole row of the list counts.
    public func item(at point: Point) -> Int? {
        guard area.contains(point) else { return nil }
        for (index, rect) in zip(visibleItems, itemRects) where rect.y <= point.y && point.y < rect.maxY {
            return index
        }
        return nil
    }
}
