import AllyClassLink
import AllyCore
import AllyTerminal

/// The instructor's live-run controls on the dashboard (issue 14): what can be started, the picker,
/// and the controls waiting to go to the server.
public struct LiveDesk: Sendable, Equatable {
    /// The library's scenarios (id and title) a run can start on; empty: no live controls.
    public var scenarios: [(id: String, title: String)] { zip(ids, titles).map { ($0, $1) } }
    private var ids: [String]
    private var titles: [String]
    /// The picker's highlighted scenario while it shows.
    public var picking: Int?
    /// Seconds answering stays open in the next run (nil: until closed).
    public var seconds: Int?
    /// Whether the next run's histogram fills live.
    public var histogramLive = false
    /// Controls for the server, in order (the loop sends and clears them).
    public var outbox: [LiveControl] = []

    /// Controls over `scenarios` (none: the dashboard only watches).
    public init(scenarios: [(id: String, title: String)] = []) {
        ids = scenarios.map(\.id)
        titles = scenarios.map(\.title)
    }

    /// Whether the dashboard can steer a run (it has a channel and a library).
    public var enabled: Bool { !ids.isEmpty }

    /// The answer limits the instructor cycles through.
    static let limits: [Int?] = [nil, 20, 30, 60]
}

extension Dashboard {
    /// The live controls' part of `update`: true when `event` was theirs.
    static func updateLive(_ m: inout DashboardModel, _ event: InputEvent) -> Bool {
        guard m.live.enabled, !m.projector || m.live.picking != nil, case .key(let key) = event else { return false }
        if let index = m.live.picking {
            switch key {
            case .up: m.live.picking = max(0, index - 1)
            case .down: m.live.picking = min(m.live.scenarios.count - 1, index + 1)
            case .enter:
                m.live.outbox.append(.start(scenario: m.live.scenarios[index].id, seconds: m.live.seconds, histogramLive: m.live.histogramLive))
                m.live.picking = nil
            case .escape: m.live.picking = nil
            case .char("t"), .char("T"):
                let at = LiveDesk.limits.firstIndex(of: m.live.seconds) ?? 0
                m.live.seconds = LiveDesk.limits[(at + 1) % LiveDesk.limits.count]
            case .char("h"), .char("H"): m.live.histogramLive.toggle()
            default: break
            }
            return true
        }
        // The server judges whether a control fits the run's phase: the state this dashboard last
        // read may be half a second old.
        let status = m.state?.live
        guard case .char(let typed) = key else { return false }
        switch Character(typed.lowercased()) {
        case "l":
            m.live.picking = 0
        case "n":
            m.live.outbox.append(.next(pick: nil))
        case "c":
            m.live.outbox.append(.close)
        case "r":
            m.live.outbox.append(.reveal)
        case "e":
            m.live.outbox.append(.end)
        case "x" where status != nil:
            let names = status?.participants ?? []
            if !names.isEmpty { m.live.outbox.append(.remove(handle: names[min(m.scroll, names.count - 1)])) }
        case let c where status?.phase == "revealed" && c.isNumber:
            // The instructor's pick: the option's number as listed.
            if let n = Int(String(c)), let options = status?.options, (1...options.count).contains(n),
               let pick = ClassLink.decision(options[n - 1].token) {
                m.live.outbox.append(.next(pick: pick))
            }
        default:
            return false
        }
        return true
    }

    /// The open question's countdown, when it has a time limit (on the server's clock, which the dashboard shares).
    static func countdown(_ live: LiveStatus) -> LiveCountdown? {
        guard live.phase == "open" else { return nil }
        return live.closesAt.map(LiveCountdown.init(closesAt:))
    }

    /// The run's end: the questions where the class split, and its confusion matrix (no names: the projector may show it).
    private static func renderEnd(_ model: DashboardModel, _ live: LiveStatus, from top: Int, in body: Rect, into buffer: inout ScreenBuffer) {
        let t = { (text: Localized) in text(model.language) }
        var y = top
        let split = live.splits.isEmpty ? LiveDashboardText.noSplits : LiveDashboardText.splits(live.splits)
        buffer.write(t(split), at: Point(x: 1, y: y), style: Style(.title), clip: body)
        y += 2
        guard live.confusion.count == CustomerType.allCases.count, live.confusion.contains(where: { $0.contains { $0 > 0 } }),
              body.maxY - y >= 11, var state = model.state else { return }
        state.confusion = live.confusion
        heatMap(state, model.language, cell: model.projector ? 6 : 4, in: Rect(x: 1, y: y, width: body.width - 2, height: body.maxY - y),
                into: &buffer)
    }

    /// Draws the scenario picker over `body`.
    static func renderPicker(_ model: DashboardModel, in body: Rect, into buffer: inout ScreenBuffer) {
        let t = { (text: Localized) in text(model.language) }
        guard let index = model.live.picking else { return }
        buffer.fill(body, style: Style())
        buffer.write(t(LiveDashboardText.pick), at: Point(x: 1, y: body.y), style: Style(.title), clip: body)
        let settings = t(LiveDashboardText.settings(seconds: model.live.seconds, live: model.live.histogramLive))
        buffer.write(settings, at: Point(x: 1, y: body.y + 1), style: Style(.keyHint), clip: body)
        let visible = max(1, body.height - 3)
        let first = max(0, index - visible + 1)
        for (row, scenario) in model.live.scenarios.enumerated().dropFirst(first).prefix(visible) {
            let y = body.y + 3 + row - first
            let style = row == index ? Style(.title, .reverse) : Style()
            buffer.write(" " + inert(scenario.title) + " (" + scenario.id + ")", at: Point(x: 1, y: y), style: style, clip: body)
        }
    }

    /// Draws the live run in `body`: the question's counts (never who chose what), answered out of
    /// connected, the reveal with the right answer marked and its feedback; names on the desk only.
    static func renderLive(_ model: DashboardModel, _ live: LiveStatus, in body: Rect, into buffer: inout ScreenBuffer) {
        let t = { (text: Localized) in text(model.language) }
        var y = body.y
        let head = t(LiveDashboardText.heading(title: live.title, phase: live.phase, round: live.round))
        buffer.write(inert(head), at: Point(x: 1, y: y), style: Style(.title), clip: body)
        y += 1
        let count = live.phase == "lobby" ? LiveDashboardText.waiting(live.connected) : LiveDashboardText.answered(live.answered, of: live.connected)
        let countEnd = buffer.write(t(count), at: Point(x: 1, y: y),
                               style: model.projector ? Style(.title) : Style(), clip: body)
        // The time left beside the count, for the room as for the desk: bold in the last seconds, never alarming.
        if let countdown = countdown(live) {
            let style = countdown.isFinal(at: model.now) ? Style(.warning, .bold) : model.projector ? Style(.title) : Style(.muted)
            buffer.write("   " + t(LiveDashboardText.timeLeft(countdown.seconds(at: model.now))), at: Point(x: countEnd, y: y), style: style, clip: body)
        }
        y += 2
        if live.phase == "ended" {
            renderEnd(model, live, from: y, in: body, into: &buffer)
            return
        }
        let counts = live.options.compactMap(\.count)
        let most = max(1, counts.max() ?? 1)
        let labelWidth = min(40, max(10, body.width / 3))
        let barWidth = max(4, body.width - labelWidth - 14)
        for (number, option) in live.options.enumerated() where y < body.maxY {
            let mark = option.right ? "✓" : " "
            let label = String(inert(option.label).prefix(labelWidth - 4))
            buffer.write("\(number + 1). \(label)", at: Point(x: 1, y: y), style: option.right ? Style(.correct) : Style(), clip: body)
            if let count = option.count {
                let bar = String(repeating: "█", count: count * barWidth / most)
                buffer.write("\(mark) \(bar) \(count)", at: Point(x: 1 + labelWidth, y: y), style: option.right ? Style(.correct) : Style(), clip: body)
            } else {
                buffer.write(mark, at: Point(x: 1 + labelWidth, y: y), style: Style(.correct), clip: body)
            }
            y += 1
        }
        if let feedback = live.feedback, y + 1 < body.maxY {
            y += 1
            buffer.write(inert(feedback), at: Point(x: 1, y: y), style: Style(.title), clip: body)
            y += 1
        }
        if live.needsPick, y + 1 < body.maxY, !model.projector {
            y += 1
            buffer.write(t(LiveDashboardText.needsPick), at: Point(x: 1, y: y), style: Style(.warning), clip: body)
            y += 1
        }
        // The desk's list of names: who answered (never what). The projector shows none.
        guard !model.projector, y + 1 < body.maxY else { return }
        y += 1
        let answered = Set(live.answeredBy)
        let names = live.participants.dropFirst(min(model.scroll, max(0, live.participants.count - 1))).map { handle in
            (answered.contains(handle) ? "● " : "○ ") + inert(model.roster.displayName(handle))
        }
        // The first name shown is the one `x` removes: marked, so the instructor sees whom before pressing.
        guard let marked = names.first else { return }
        let end = buffer.write("› " + marked, at: Point(x: 1, y: y), style: Style(.selected, .reverse), clip: body)
        buffer.write("  " + names.dropFirst().joined(separator: "  "), at: Point(x: end, y: y), style: Style(), clip: body)
    }
}
