import AllyCore
import AllyTerminal

/// A frame being drawn: the buffer and the regions a mouse click acts on.
struct Canvas {
    /// The cells.
    var buffer: ScreenBuffer
    /// Clickable regions, later ones on top.
    var hits: [(rect: Rect, intent: Intent)] = []

    /// Makes `rect` act as `intent` when clicked.
    mutating func hit(_ rect: Rect, _ intent: Intent) {
        if !rect.isEmpty { hits.append((rect, intent)) }
    }

    /// Writes spans on one row, clipped to `area`; returns the column after them. Text that does
    /// not fit ends in "…", so a cut word never reads as a whole one ("terroris").
    @discardableResult
    mutating func write(_ spans: [Span], x: Int, y: Int, clip area: Rect) -> Int {
        buffer.write(TextLayout.truncate(spans, width: area.maxX - x), at: Point(x: x, y: y), clip: area)
    }

    /// Writes text on one row, clipped to `area`; returns the column after it (cut text ends in "…").
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, clip area: Rect) -> Int {
        write([Span(text, style: style)], x: x, y: y, clip: area)
    }

    /// Draws the ▲ and ▼ that say more text lies above or below `rows`, in the column at
    /// `x`: ▲ on the first row when `above`, ▼ on the last when `below`. Every scrolling
    /// area marks itself this way.
    mutating func scrollMarks(x: Int, rows: Rect, above: Bool, below: Bool) {
        guard !rows.isEmpty else { return }
        let column = Rect(x: x, y: rows.y, width: 1, height: rows.height)
        if above { write("▲", x: x, y: column.y, style: Style(.muted), clip: column) }
        if below { write("▼", x: x, y: column.maxY - 1, style: Style(.muted), clip: column) }
    }

    /// Draws wrapped lines from `first` into `area`; returns how many lines there are in all.
    @discardableResult
    mutating func lines(_ lines: [[Span]], from first: Int = 0, in area: Rect) -> Int {
        for row in 0..<area.height {
            let index = first + row
            guard index >= 0, index < lines.count else { break }
            buffer.write(lines[index], at: Point(x: area.x, y: area.y + row), clip: area)
        }
        return lines.count
    }
}

extension App {
    /// Draws the whole model into `buffer` (of the terminal's size). Pure.
    public static func render(_ model: AppModel, into buffer: inout ScreenBuffer) {
        var canvas = Canvas(buffer: buffer)
        canvas.buffer.clear()
        Layout.draw(model, &canvas)
        buffer = canvas.buffer
    }

    /// A fresh buffer of the model's size with the model drawn into it.
    public static func frame(_ model: AppModel) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: model.size)
        render(model, into: &buffer)
        return buffer
    }
}

/// Where everything goes on screen; shared by drawing and by mouse hit-testing, so a click
/// always lands on what was drawn there.
enum Layout {
    /// Draws the model: the screen showing, the hint row, and the overlay or the too-small message.
    static func draw(_ m: AppModel, _ canvas: inout Canvas) {
        let bounds = canvas.buffer.bounds
        if m.isTooSmall {
            TooSmallScreen.draw(m.context, bounds, &canvas)
            return
        }
        let (rest, hintRow) = bounds.splitBottom(1)
        let screen = m.screen.mounted
        screen.render(m.context, rest, &canvas)
        var hintArea = hintRow
        if let warning = m.saveDelayed.map(Strings.saveDelayed) ?? (m.progressNotSaved ? Strings.progressNotSaved : nil) {
            // Unsaved changes outrank the last key hints: the trainee should know.
            let end = canvas.write(" " + m.t(warning) + " ", x: hintRow.x, y: hintRow.y,
                                   style: Style(.wrong, [.bold, .reverse]), clip: hintRow)
            hintArea = hintRow.inset(left: end - hintRow.x + 2)
        }
        KeyHintBar(hints(m)).render(into: &canvas.buffer, area: hintArea)
        if m.showHelp { HelpOverlay.draw(m.context, general: HelpKeys.general, sections: screen.help, bounds, &canvas) }
    }

    /// What a click at `point` means, given what the model shows.
    static func intent(at point: Point, in m: AppModel) -> Intent? {
        var canvas = Canvas(buffer: ScreenBuffer(size: m.size))
        draw(m, &canvas)
        return canvas.hits.last { $0.rect.contains(point) }?.intent
    }

    /// Where the screens draw for `m`'s terminal size: the window without its hint row (as in
    /// ``draw(_:_:)``); update code asks it to know what a key press can scroll.
    static func screenArea(_ m: TrainerContext) -> Rect {
        Rect(x: 0, y: 0, width: m.size.columns, height: m.size.rows).splitBottom(1).rest
    }

    /// The digit keys that pick among `count` options: "1-6", or "1" for one; digits stop at the options limit.
    static func digits(_ count: Int) -> String {
        count > 1 ? "1-\(min(count, Step.maximumChoices))" : "1"
    }

    /// The widest number prefix of an option ("› 9. "), for columns that line up after it.
    static let numberPrefix = "› \(Step.maximumChoices). "

    /// The key hints of what shows now.
    static func hints(_ m: AppModel) -> [KeyHint] {
        m.showHelp ? [KeyHint("Esc", m.t(Strings.keyClose))] : m.screen.mounted.hints(m.context)
    }

    /// The top title bar: the screen's title at the left, `right` at the right.
    static func titleBar(_ title: String, right: String, _ area: Rect, _ canvas: inout Canvas) {
        let row = area.row(0)
        canvas.buffer.fill(row, style: Style(.title, .reverse))
        // The right part (who is training) never takes more than half: the screen's name comes first.
        let right = TextLayout.truncate(right, width: max(0, row.width / 2 - 1))
        let rightWidth = right.displayWidth
        let titleRoom = max(0, row.width - rightWidth - 4)
        canvas.write(" " + TextLayout.truncate(title, width: titleRoom), x: row.x, y: row.y, style: Style(.title, [.reverse, .bold]), clip: row)
        canvas.write(right + " ", x: row.maxX - rightWidth - 1, y: row.y, style: Style(.title, .reverse), clip: row)
    }

    /// The standard title bar: Ally, the screen, and who is training.
    static func standardTitle(_ m: TrainerContext, _ screen: String, _ area: Rect, _ canvas: inout Canvas) {
        let who = m.traineeName.isEmpty ? m.language.nativeName : "\(m.traineeName) · \(m.language.nativeName)"
        titleBar("Ally · " + screen, right: who, area, &canvas)
    }

    /// What the trainee notices about the customer, as the play screen, the drill and the replay
    /// show it: the label is chrome (muted), the cues are content (the default foreground).
    static func cues(_ cues: [String], _ m: TrainerContext) -> [Span] { self.cues(cues, m.language) }

    /// The cues with their label in `language`.
    static func cues(_ cues: [String], _ language: Language) -> [Span] {
        [Span(Strings.cues(language) + ": ", style: Style(.muted)), Span(cues.joined(separator: " · "), style: Style(.normal, .bold))]
    }

    /// A horizontal rule across `row`.
    static func rule(_ row: Rect, _ canvas: inout Canvas) {
        canvas.write(String(repeating: "─", count: row.width), x: row.x, y: row.y, style: Style(.border), clip: row)
    }
}

/// "This needs 80×24; the window is W×H", centred, until the window is large enough again.
enum TooSmallScreen {
    static func draw(_ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        let width = max(1, area.width - 2)
        var lines = TextLayout.wrap([Span(m.t(Strings.tooSmall(columns: m.size.columns, rows: m.size.rows)), style: Style(.warning, .bold))], width: width)
        lines += TextLayout.wrap([Span(m.t(Strings.enlarge), style: Style(.muted))], width: width)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < area.maxY {
            let lineWidth = line.reduce(0) { $0 + $1.text.displayWidth }
            canvas.write(line, x: area.x + max(0, (area.width - lineWidth) / 2), y: top + index, clip: area)
        }
    }
}
