import AllyCore
import AllyTerminal

/// What the scrolling pages (debrief, progress, help) share: a title row, then wrapped lines
/// built for a width, so drawing and the scroll limit in update agree.
enum DocumentScreen {
    /// The text width for a terminal `columns` wide (long lines are hard to read on wide screens).
    static func textWidth(_ columns: Int) -> Int {
        min(max(1, columns - 2), 118)
    }

    /// The rows a scrolling page shows its text in.
    static func viewHeight(_ m: TrainerContext) -> Int {
        max(1, m.size.rows - 3)
    }

    /// The text's rows within `area` (the screen without its hint row): under the title, one column in.
    static func view(_ area: Rect) -> Rect {
        area.inset(top: 1).inset(left: 1, right: 1)
    }

    /// Draws `lines` scrolled by `scroll` under the title row, with the marks that say more lies
    /// above or below; returns the rows drawn in and the scroll used (kept within the text).
    @discardableResult
    static func draw(_ lines: [[Span]], scroll: Int, _ area: Rect, _ canvas: inout Canvas) -> (view: Rect, scroll: Int) {
        let view = view(area)
        let maxScroll = max(0, lines.count - view.height)
        let scroll = min(scroll, maxScroll)
        canvas.lines(lines, from: scroll, in: view)
        canvas.scrollMarks(x: area.maxX - 1, rows: view, above: scroll > 0, below: scroll < maxScroll)
        return (view, scroll)
    }

    /// The one scrolling rule of the pages: a line, a page, the top or the end of `lineCount`
    /// lines; nil when `intent` does not scroll.
    static func scrolled(_ scroll: Int, _ intent: Intent, lineCount: Int, _ m: TrainerContext) -> Int? {
        switch intent {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            let maxScroll = max(0, lineCount - viewHeight(m))
            return App.scroll(scroll, intent, page: max(1, m.size.rows - 4), maxScroll: maxScroll)
        default:
            return nil
        }
    }

    /// A section heading line.
    static func heading(_ text: String) -> [Span] { [Span(text, style: Style(.title, .bold))] }

    /// Wraps one paragraph of spans; lines after the first start `indent` columns in (a hanging indent).
    static func wrap(_ spans: [Span], _ width: Int, indent: Int = 0) -> [[Span]] {
        TextLayout.wrap(spans, width: width, hangingIndent: indent)
    }
}
