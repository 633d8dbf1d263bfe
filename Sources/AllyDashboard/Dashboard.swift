import AllyClassLink
import AllyCore
import AllyReporting
import AllyTerminal

/// What the dashboard shows: the class's state as the server last wrote it, and how to show it.
public struct DashboardModel: Sendable, Equatable {
    /// The class, once the server has written it.
    public var state: ClassState?
    /// Display names by handle (never shown on the projector).
    public var roster: Roster
    /// The interface language.
    public var language: Language
    /// Projector mode: large figures, no names.
    public var projector: Bool
    /// Whether the server that wrote the state still runs.
    public var serverRunning: Bool
    /// Now, in seconds since 1970 (for the times).
    public var now: Double
    /// The first trainee row shown.
    public var scroll = 0
    /// The window's size.
    public var size: TerminalSize
    /// The live-run controls (enabled for an instructor's dashboard with a channel to the server).
    public var live = LiveDesk()

    /// Creates a model.
    public init(state: ClassState?, roster: Roster = Roster(), language: Language, projector: Bool = false,
                serverRunning: Bool = true, now: Double, size: TerminalSize) {
        self.state = state
        self.roster = roster
        self.language = language
        self.projector = projector
        self.serverRunning = serverRunning
        self.now = now
        self.size = size
    }
}

/// The dashboard as a pure program: update with an event, render into a buffer.
public enum Dashboard {
    /// The model after `event`, and whether the dashboard ends.
    public static func update(_ model: DashboardModel, _ event: InputEvent) -> (DashboardModel, quit: Bool) {
        var m = model
        if updateLive(&m, event) { return (m, false) }
        switch event {
        case .key(.char("q")), .key(.char("Q")), .key(.escape), .key(.ctrlC), .terminate:
            return (m, true)
        case .key(.char("p")), .key(.char("P")):
            m.projector.toggle()
        case .key(.down), .scroll(.down, _, _):
            m.scroll = min(m.scroll + 1, max(0, rows(m).count - 1))
        case .key(.up), .scroll(.up, _, _):
            m.scroll = max(0, m.scroll - 1)
        case .resize(let columns, let rows):
            m.size = TerminalSize(columns: columns, rows: rows)
        default:
            break
        }
        return (m, false)
    }

    /// Draws `model` into `buffer` (cleared first).
    public static func render(_ model: DashboardModel, into buffer: inout ScreenBuffer) {
        buffer.clear()
        let t = { (text: Localized) in text(model.language) }
        let area = buffer.bounds
        guard let state = model.state else {
            buffer.write(t(DashboardText.noState), at: Point(x: 1, y: 1), style: Style(.warning))
            buffer.write(t(DashboardText.hints), at: Point(x: 1, y: area.maxY - 1), style: Style(.keyHint))
            return
        }
        // Title bar, with the count on its right.
        let all = rows(model)
        let connected = all.filter(\.connected).count
        buffer.fill(area.row(0), style: Style(.title, .reverse))
        buffer.write(" " + t(DashboardText.title(state.className)), at: Point(x: 0, y: 0), style: Style(.title, .reverse), clip: area.row(0))
        let count = t(DashboardText.connected(connected, of: all.count)) + " "
        buffer.write(count, at: Point(x: max(0, area.width - count.displayWidth), y: 0), style: Style(.title, .reverse))
        // What the projector must show: how to join and the key to check.
        var y = 1
        y = joinLines(state, t, at: y, into: &buffer, bold: model.projector)
        if !model.serverRunning {
            buffer.write(t(DashboardText.serverStopped), at: Point(x: 1, y: y), style: Style(.warning), clip: area)
            y += 1
        }
        y += 1
        let hintRow = area.maxY - 1
        let hints = model.projector ? DashboardText.projectorHints : model.live.enabled ? LiveDashboardText.hints : DashboardText.hints
        buffer.write(t(hints), at: Point(x: 1, y: hintRow), style: Style(.keyHint))
        let body = Rect(x: 0, y: y, width: area.width, height: max(0, hintRow - y))
        if model.live.picking != nil {
            renderPicker(model, in: body, into: &buffer)
        } else if let live = state.live {
            renderLive(model, live, in: body, into: &buffer)
        } else if model.projector {
            renderProjector(model, state, connected: connected, in: body, into: &buffer)
        } else {
            renderDesk(model, state, rows: all, in: body, into: &buffer)
        }
    }

    // MARK: The instructor's desk

    private static func renderDesk(_ model: DashboardModel, _ state: ClassState, rows all: [Row], in body: Rect,
                                   into buffer: inout ScreenBuffer) {
        let t = { (text: Localized) in text(model.language) }
        // The analysis takes the bottom 11 rows when the window is tall enough (an 80×24 terminal
        // is), the table the rest.
        let analysisHeight = body.height >= 16 ? 11 : 0
        let (tableArea, analysisArea) = body.splitBottom(analysisHeight)
        let fixed = 4 + 16 + 6 + 6 + 5 * 1
        let flexible = max(20, tableArea.width - fixed - 2)
        let nameWidth = min(24, flexible / 2)
        let columns = [
            TableColumn(t(DashboardText.trainee), width: nameWidth),
            TableColumn(t(DashboardText.online), width: 4),
            TableColumn(t(DashboardText.scenario), width: flexible - nameWidth),
            TableColumn(t(DashboardText.decision), width: 16),
            TableColumn(t(DashboardText.score), width: 6, alignment: .right),
            TableColumn(t(DashboardText.time), width: 6, alignment: .right),
        ]
        let shown = all.dropFirst(min(model.scroll, max(0, all.count - 1)))
        let cells: [[TableCell]] = shown.map { row in
            let status = row.status
            let decision: TableCell
            if let last = status?.lastDecision {
                let judged = last.correct.map { " " + t($0 ? DashboardText.right : DashboardText.wrong) } ?? ""
                decision = TableCell("\(last.index + 1). \(t(DashboardText.kind(last.kind)))\(judged)",
                                     style: Style(last.correct == true ? .correct : last.correct == false ? .wrong : .normal))
            } else {
                decision = TableCell("")
            }
            let scenario: String
            if let title = status?.scenarioTitle ?? status?.scenario {
                let place = status?.courseIndex.flatMap { index in status?.courseCount.map { "\(index)/\($0) " } } ?? ""
                scenario = place + title
            } else {
                scenario = status == nil ? "" : t(DashboardText.between)
            }
            let since = status.map { $0.scenarioStarted ?? $0.since }
            return [
                TableCell(inert(row.name), style: Style(row.connected ? .accent : .muted)),
                TableCell(row.connected ? "●" : "○", style: Style(row.connected ? .correct : .muted)),
                TableCell(inert(scenario)),
                decision,
                TableCell(status?.score.map(String.init) ?? "–"),
                TableCell(row.connected ? since.map { clock(model.now - $0) } ?? "" : "", style: Style(.muted)),
            ]
        }
        if all.isEmpty {
            Table(columns: columns, rows: []).render(into: &buffer, area: tableArea)
            buffer.write(t(DashboardText.nobody), at: Point(x: 1, y: tableArea.y + 1), style: Style(.muted), clip: tableArea)
        } else {
            Table(columns: columns, rows: cells).render(into: &buffer, area: tableArea)
        }
        guard !analysisArea.isEmpty else { return }
        let (mapArea, side) = analysisArea.splitLeft(min(analysisArea.width, 48))
        heatMap(state, model.language, cell: 4, in: mapArea, into: &buffer)
        let sideArea = side.inset(left: 2)
        let next = confusedPairs(state, model.language, at: sideArea.y, in: sideArea, into: &buffer)
        averages(state, model.language, at: next + 1, in: sideArea, into: &buffer)
    }

    // MARK: The projector

    private static func renderProjector(_ model: DashboardModel, _ state: ClassState, connected: Int, in body: Rect,
                                        into buffer: inout ScreenBuffer) {
        let t = { (text: Localized) in text(model.language) }
        let judged = state.trainees.values.map(\.judged).reduce(0, +)
        let right = state.trainees.values.map(\.right).reduce(0, +)
        var x = body.x + 2
        x = BigText.write("\(connected)", at: Point(x: x, y: body.y), into: &buffer, style: Style(.accent, .bold))
        buffer.write(t(DashboardText.bigConnected), at: Point(x: x + 1, y: body.y + 2), style: Style(.accent))
        x += t(DashboardText.bigConnected).displayWidth + 6
        if judged > 0 {
            let percent = Int((100 * Double(right) / Double(judged)).rounded())
            x = BigText.write("\(percent)", at: Point(x: x, y: body.y), into: &buffer, style: Style(percent >= 60 ? .correct : .warning, .bold))
            buffer.write(t(DashboardText.bigRight), at: Point(x: x + 1, y: body.y + 2), style: Style(.accent))
        }
        let rest = body.inset(top: 4)
        let (mapArea, side) = rest.splitLeft(min(rest.width, 11 + 9 * 6 + 1))
        heatMap(state, model.language, cell: 6, in: mapArea, into: &buffer)
        let sideArea = side.inset(left: 2)
        let next = confusedPairs(state, model.language, at: sideArea.y, in: sideArea, into: &buffer)
        averages(state, model.language, at: next + 1, in: sideArea, into: &buffer)
    }

    // MARK: Parts

    /// One line of the table: a roster entry or a trainee who joined.
    struct Row {
        var handle: String
        var name: String
        var connected: Bool
        var status: TraineeStatus?
    }

    /// Every trainee who joined and everyone on the roster: connected first, then by name.
    static func rows(_ model: DashboardModel) -> [Row] {
        var rows: [Row] = (model.state?.trainees.values).map { values in
            values.map { status in
                Row(handle: status.handle, name: model.roster.displayName(status.handle),
                    connected: status.connected, status: status)
            }
        } ?? []
        for entry in model.roster.entries where model.state?.trainees[entry.handle] == nil {
            rows.append(Row(handle: entry.handle, name: model.roster.displayName(entry.handle), connected: false, status: nil))
        }
        return rows.sorted { ($0.connected ? 0 : 1, $0.name.lowercased(), $0.handle) < ($1.connected ? 0 : 1, $1.name.lowercased(), $1.handle) }
    }

    private static func joinLines(_ state: ClassState, _ t: (Localized) -> String, at y: Int, into buffer: inout ScreenBuffer, bold: Bool) -> Int {
        let emphasis: TextAttributes = bold ? .bold : []
        var x = buffer.write(t(DashboardText.join) + " ", at: Point(x: 1, y: y), style: Style(.muted))
        buffer.write(inert(state.joinCommand), at: Point(x: x, y: y), style: Style(.accent, emphasis))
        x = buffer.write(t(DashboardText.fingerprint) + " ", at: Point(x: 1, y: y + 1), style: Style(.muted))
        buffer.write(inert(state.fingerprint) + " (ED25519)", at: Point(x: x, y: y + 1), style: Style(.accent, emphasis))
        return y + 2
    }

    /// The 9×9 heat map: real type down, named type across; returns nothing (it takes 11 rows).
    static func heatMap(_ state: ClassState, _ language: Language, cell: Int, in area: Rect, into buffer: inout ScreenBuffer) {
        let types = CustomerType.allCases
        buffer.write(TextLayout.truncate(DashboardText.confusion(language), width: area.width), at: Point(x: area.x, y: area.y),
                     style: Style(.title), clip: area)
        let label = 10
        for (column, type) in types.enumerated() {
            let x = area.x + label + 1 + column * cell
            buffer.write(TextLayout.pad(String(type.name(in: language).prefix(cell - 1)), width: cell - 1, alignment: .right),
                         at: Point(x: x, y: area.y + 1), style: Style(.muted), clip: area)
        }
        for (row, truth) in types.enumerated() {
            let y = area.y + 2 + row
            buffer.write(TextLayout.truncate(truth.name(in: language), width: label), at: Point(x: area.x, y: y), style: Style(.muted), clip: area)
            let total = state.confusion[row].reduce(0, +)
            for column in types.indices {
                let count = state.confusion[row][column]
                let x = area.x + label + 1 + column * cell
                let style: Style
                if count == 0 {
                    style = Style(.muted)
                } else if row == column {
                    style = Style(.correct, .reverse)
                } else {
                    let share = Double(count) / Double(max(1, total))
                    style = Style(share >= 0.3 ? .meterBad : share >= 0.15 ? .warning : .meterMid, .reverse)
                }
                buffer.write(TextLayout.pad(count == 0 ? "·" : String(count), width: cell - 1, alignment: .right),
                             at: Point(x: x, y: y), style: style, clip: area)
            }
        }
    }

    /// The most confused pairs; returns the row after them.
    private static func confusedPairs(_ state: ClassState, _ language: Language, at y: Int, in area: Rect,
                                      into buffer: inout ScreenBuffer) -> Int {
        buffer.write(DashboardText.mostConfused(language), at: Point(x: area.x, y: y), style: Style(.title), clip: area)
        let pairs = state.mostConfused(limit: 3)
        if pairs.isEmpty {
            buffer.write(DashboardText.noConfusion(language), at: Point(x: area.x, y: y + 1), style: Style(.muted), clip: area)
            return y + 2
        }
        for (index, pair) in pairs.enumerated() {
            let text = DashboardText.pair(pair.truth.name(in: language), pair.guess.name(in: language), pair.count)(language)
            buffer.write(TextLayout.truncate(text, width: area.width), at: Point(x: area.x, y: y + 1 + index), style: Style(.wrong), clip: area)
        }
        return y + 1 + pairs.count
    }

    /// The average total of each scenario finished.
    private static func averages(_ state: ClassState, _ language: Language, at y: Int, in area: Rect, into buffer: inout ScreenBuffer) {
        guard y < area.maxY else { return }
        buffer.write(DashboardText.averages(language), at: Point(x: area.x, y: y), style: Style(.title), clip: area)
        let tallies = state.scenarios.values.filter { $0.count > 0 }.sorted { $0.title < $1.title }
        if tallies.isEmpty {
            buffer.write(DashboardText.noAverages(language), at: Point(x: area.x, y: y + 1), style: Style(.muted), clip: area)
            return
        }
        for (index, tally) in tallies.enumerated() where y + 1 + index < area.maxY {
            let figure = DashboardText.average(tally.average ?? 0, tally.count)(language)
            let title = TextLayout.truncate(inert(tally.title), width: max(1, area.width - figure.displayWidth - 1))
            buffer.write(title, at: Point(x: area.x, y: y + 1 + index), clip: area)
            buffer.write(figure, at: Point(x: area.maxX - figure.displayWidth, y: y + 1 + index), style: Style(.accent), clip: area)
        }
    }

    /// Text from a trainee, a roster or a scenario file, with nothing a terminal acts on.
    static func inert(_ text: String) -> String {
        SafeText.text(ClassLink.cleanTitle(text, limit: 200))
    }

    /// `seconds` as m:ss (h:mm:ss past an hour).
    static func clock(_ seconds: Double) -> String {
        let total = max(0, Int(seconds))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let mmss = (m < 10 && h > 0 ? "0" : "") + "\(m):" + (s < 10 ? "0" : "") + "\(s)"
        return h > 0 ? "\(h):\(mmss)" : mmss
    }
}

/// Digits three rows high, for the projector.
enum BigText {
    private static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"], "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"], "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"], "9": ["█▀█", "▀▀█", "▀▀▀"],
    ]

    /// Writes `text` (digits) three rows high at `point`; returns the column after it.
    @discardableResult
    static func write(_ text: String, at point: Point, into buffer: inout ScreenBuffer, style: Style) -> Int {
        var x = point.x
        for character in text {
            guard let glyph = glyphs[character] else { continue }
            for (row, line) in glyph.enumerated() { buffer.write(line, at: Point(x: x, y: point.y + row), style: style) }
            x += 4
        }
        return x
    }
}
