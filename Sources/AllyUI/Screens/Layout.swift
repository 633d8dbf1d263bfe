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
    /// Draws the model.
    static func draw(_ m: AppModel, _ canvas: inout Canvas) {
        let bounds = canvas.buffer.bounds
        if m.isTooSmall {
            TooSmallScreen.draw(m, bounds, &canvas)
            return
        }
        let (rest, hintRow) = bounds.splitBottom(1)
        switch m.screen {
        case .welcome: WelcomeScreen.draw(m, rest, &canvas)
        case .menu: MenuScreen.draw(m, rest, &canvas)
        case .browser: BrowserScreen.draw(m, rest, &canvas)
        case .courses: CoursesScreen.draw(m, rest, &canvas)
        case .play: PlayScreen.draw(m, rest, &canvas)
        case .progress where m.replay != nil: ReplayScreen.draw(m, rest, &canvas)
        case .drill: DrillScreen.draw(m, rest, &canvas)
        case .debrief, .progress, .help: DocumentScreen.draw(m, rest, &canvas)
        }
        var hintArea = hintRow
        if let warning = m.saveDelayed.map(Strings.saveDelayed) ?? (m.progressNotSaved ? Strings.progressNotSaved : nil) {
            // Unsaved changes outrank the last key hints: the trainee should know.
            let end = canvas.write(" " + m.t(warning) + " ", x: hintRow.x, y: hintRow.y,
                                   style: Style(.wrong, [.bold, .reverse]), clip: hintRow)
            hintArea = hintRow.inset(left: end - hintRow.x + 2)
        }
        KeyHintBar(hints(m)).render(into: &canvas.buffer, area: hintArea)
        if m.showHelp { HelpOverlay.draw(m, bounds, &canvas) }
    }

    /// What a click at `point` means, given what the model shows.
    static func intent(at point: Point, in m: AppModel) -> Intent? {
        var canvas = Canvas(buffer: ScreenBuffer(size: m.size))
        draw(m, &canvas)
        return canvas.hits.last { $0.rect.contains(point) }?.intent
    }

    /// Where the screens draw for `m`'s terminal size: the window without its hint row (as in
    /// ``draw(_:_:)``); update code asks it to know what a key press can scroll.
    static func screenArea(_ m: AppModel) -> Rect {
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
        let t = m.t
        if m.showHelp { return [KeyHint("Esc", t(Strings.keyClose))] }
        switch m.screen {
        case .welcome:
            return [
                KeyHint("Enter", t(Strings.keyContinue)), KeyHint("↑↓", t(Strings.keyField)),
                KeyHint("←→", t(Strings.keyLanguage)), KeyHint("?", t(Strings.keyHelp)), KeyHint("Esc", t(Strings.keyQuit)),
            ]
        case .menu:
            return [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint(digits(m.menuItems.count), t(Strings.keyPick)),
                KeyHint("Enter", t(Strings.keyChoose)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyQuit)),
            ]
        case .browser:
            return [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint("Enter", t(Strings.keyChoose)),
                KeyHint("l s d", t(Strings.keyFilters)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
            ]
        case .courses:
            return [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint(digits(m.listedCourses.count), t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyChoose)),
                KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
            ]
        case .play:
            guard let session = m.session else { return [] }
            if session.confirmingLeave {
                return [KeyHint("1-3", t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyStopForNow)), KeyHint("Esc", t(Strings.keyCancel))]
            }
            if session.feedback != nil {
                // The arrows scroll feedback only when it is longer than its rows: say so only then.
                let scroll = PlayScreen.feedbackMaxScroll(m) > 0 ? [KeyHint("↑↓", t(Strings.keyScroll))] : []
                return [KeyHint("Enter", t(Strings.keyContinue))] + scroll + [KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyLeave))]
            }
            var hints = [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint(digits(Play.options(session, m.language).count), t(Strings.keyPick)),
                KeyHint("Enter", t(Strings.keyChoose)),
            ]
            if session.state.prompt != .reply {
                hints.append(KeyHint("r", t(m.showReminders ? Strings.keyReminders : Strings.remindersOff)))
            }
            hints += [KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyLeave))]
            return hints
        case .debrief:
            let next = m.debrief?.course.map { $0.index + 1 < $0.scenarioIDs.count } ?? false
            return [
                KeyHint("↑↓", t(Strings.keyScroll)), KeyHint("Enter", t(next ? Strings.nextScenario : Strings.toMenu)),
                KeyHint("a", t(Strings.playAgain)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
            ]
        case .drill:
            switch m.drill?.stage {
            case .type, .family:
                return [KeyHint("↑↓", t(Strings.keyMove)), KeyHint("1-9", t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyChoose)),
                        KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyStop))]
            case .feedback:
                return [KeyHint("Enter", t(Strings.keyContinue)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyStop))]
            default:
                return [KeyHint("Enter", t(Strings.toMenu)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack))]
            }
        case .progress where m.replay != nil:
            return [
                KeyHint("←→ n p", t(Strings.keyStep)), KeyHint("↑↓", t(Strings.keyScroll)),
                KeyHint("?", t(Strings.keyHelp)), KeyHint("Esc", t(Strings.keyBack)),
            ]
        case .progress where !(m.progress?.report.recent.isEmpty ?? true):
            return [
                KeyHint("↑↓", t(Strings.keyMove)), KeyHint("Enter", t(Strings.keyReplay)),
                KeyHint("PgUp PgDn", t(Strings.keyScroll)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
            ]
        case .progress, .help:
            return [KeyHint("↑↓", t(Strings.keyScroll)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack))]
        }
    }

    /// The rows a scrolling page shows its text in.
    static func documentViewHeight(_ m: AppModel) -> Int {
        max(1, m.size.rows - 3)
    }

    /// The number of wrapped lines of the scrolling page showing.
    static func documentHeight(_ m: AppModel) -> Int {
        DocumentScreen.lines(m, width: DocumentScreen.textWidth(m.size.columns)).count
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
    static func standardTitle(_ m: AppModel, _ screen: String, _ area: Rect, _ canvas: inout Canvas) {
        let who = m.traineeName.isEmpty ? m.language.nativeName : "\(m.traineeName) · \(m.language.nativeName)"
        titleBar("Ally · " + screen, right: who, area, &canvas)
    }

    /// What the trainee notices about the customer, as the play screen, the drill and the replay
    /// show it: the label is chrome (muted), the cues are content (the default foreground).
    static func cues(_ cues: [String], _ m: AppModel) -> [Span] {
        [Span(m.t(Strings.cues) + ": ", style: Style(.muted)), Span(cues.joined(separator: " · "), style: Style(.normal, .bold))]
    }

    /// A horizontal rule across `row`.
    static func rule(_ row: Rect, _ canvas: inout Canvas) {
        canvas.write(String(repeating: "─", count: row.width), x: row.x, y: row.y, style: Style(.border), clip: row)
    }
}

/// "This needs 80×24; the window is W×H", centred, until the window is large enough again.
enum TooSmallScreen {
    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
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
