import AllyCore
import AllyTerminal

/// The play screen: header, the customer, and the decision (or the feedback on it).
enum PlayScreen {
    static func render(_ session: PlaySession, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        header(m, session, area.row(0), &canvas)
        Layout.rule(area.row(1), &canvas)
        let parts = layout(m, session, area)
        customer(m, session, parts.customer, &canvas)
        Layout.rule(parts.decision.row(0), &canvas)
        let decisionArea = parts.decision.inset(top: 1)
        if let lines = parts.feedback {
            let maxScroll = max(0, lines.count - decisionArea.height)
            let scroll = min(session.feedbackScroll, maxScroll)
            canvas.lines(lines, from: scroll, in: decisionArea)
            // The marks go in the right margin: the feedback is wrapped to the full width.
            canvas.scrollMarks(x: decisionArea.maxX, rows: decisionArea, above: scroll > 0, below: scroll < maxScroll)
            canvas.hit(decisionArea, .confirm)
        } else {
            question(m, session, decisionArea, &canvas)
        }
        if session.confirmingLeave { confirmLeave(m, area, &canvas) }
    }

    /// Where the customer's block and the decision (a rule, then the question or the feedback)
    /// go within `area`, and the feedback's lines when it shows; shared by drawing and update.
    static func layout(_ m: TrainerContext, _ session: PlaySession, _ area: Rect) -> (customer: Rect, decision: Rect, feedback: [[Span]]?) {
        let body = area.inset(top: 2, left: 1, right: 1)
        let feedback = session.feedback.map { feedbackLines(m, session, $0, width: body.width) }
        let customerNeeds = customerRows(m, session, width: body.width)
        // Reminders wrap onto more rows only when the customer's block still fits whole beside them.
        let roomy = 1 + optionRows(m, session, width: body.width, wrapped: true)
        let wanted = feedback.map(\.count) ?? (customerNeeds + 1 + roomy <= body.height ? roomy : 1 + optionRows(m, session, width: body.width))
        let decisionHeight = min(wanted, max(4, body.height - 6))
        // The customer's block takes what it needs; the decision follows right under it.
        let customerHeight = min(customerNeeds, max(3, body.height - decisionHeight - 1))
        let (customerArea, lower) = body.splitTop(customerHeight)
        return (customerArea, lower, feedback)
    }

    /// Where the customer's block is on the whole screen, when a scenario is playing.
    static func customerArea(_ session: PlaySession, _ m: TrainerContext) -> Rect {
        layout(m, session, Layout.screenArea(m)).customer
    }

    /// How far the customer's words can scroll: their lines beyond the rows they get.
    static func customerMaxScroll(_ session: PlaySession, _ m: TrainerContext) -> Int {
        let area = customerArea(session, m)
        return max(0, customerLines(m, session, width: area.width).count - area.inset(top: 1, bottom: 1).height)
    }

    /// How far the feedback showing can scroll: its lines beyond the rows it gets.
    static func feedbackMaxScroll(_ session: PlaySession, _ m: TrainerContext) -> Int {
        let parts = layout(m, session, Layout.screenArea(m))
        return max(0, (parts.feedback?.count ?? 0) - parts.decision.inset(top: 1).height)
    }

    /// Whether the feedback on a reply (or a timeout) shows: the screen is still about the decision
    /// just answered, so the header counts it rather than the next one.
    static func showsFeedbackOnAReply(_ session: PlaySession) -> Bool {
        guard session.feedback != nil, let last = session.decisions.last?.decision else { return false }
        switch last {
        case .reply, .timeOut: return true
        case .identify, .strategy, .concept, .quit: return false
        }
    }

    /// Title, setting, course position, decision k of n and the countdown.
    static func header(_ m: TrainerContext, _ session: PlaySession, _ row: Rect, _ canvas: inout Canvas) {
        let scenario = session.scenario
        var right: [Span] = []
        if let run = session.course {
            right.append(Span(m.t(Strings.courseStep(run.index + 1, run.scenarioIDs.count)) + " · ", style: Style(.title, .reverse)))
        }
        // n is the most the path can still take, so the count ends at n of n whichever branch is played.
        let n = max(1, scenario.decisionTotal(at: session.state))
        let k = min(session.state.repliesGiven + (session.state.isOver || showsFeedbackOnAReply(session) ? 0 : 1), n)
        right.append(Span(m.t(Strings.decision(k, of: n)), style: Style(.title, .reverse)))
        if let left = session.secondsLeft(now: m.now), session.feedback == nil {
            right.append(Span("  " + m.t(Strings.timeLeft(left)) + " ", style: Style(left <= 10 ? .wrong : .warning, [.reverse, .bold])))
        } else {
            right.append(Span(" ", style: Style(.title, .reverse)))
        }
        canvas.buffer.fill(row, style: Style(.title, .reverse))
        let rightWidth = right.reduce(0) { $0 + $1.text.displayWidth }
        let leftRoom = max(0, row.width - rightWidth - 2)
        let title = TextLayout.truncate(" " + scenario.title + " · " + scenario.setting, width: leftRoom)
        canvas.write(title, x: row.x, y: row.y, style: Style(.title, [.reverse, .bold]), clip: row)
        canvas.write(right, x: row.maxX - rightWidth, y: row.y, clip: row)
    }

    /// The narration, the customer's words and cues, wrapped to `width`.
    static func customerLines(_ m: TrainerContext, _ session: PlaySession, width: Int) -> [[Span]] {
        let stepID = session.feedback?.stepID ?? session.state.stepID ?? session.scenario.start
        return TextLayout.wrap(PlayDocument.customer(session.scenario.step(stepID), language: m.language), width: max(1, width - 1))
    }

    /// Rows the customer's block needs: name and mood, words, cues, a blank line.
    static func customerRows(_ m: TrainerContext, _ session: PlaySession, width: Int) -> Int {
        customerLines(m, session, width: width).count + 2
    }

    /// The customer's name, mood, words and cues; the words scroll when they do not fit.
    static func customer(_ m: TrainerContext, _ session: PlaySession, _ area: Rect, _ canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let scenario = session.scenario
        let meterWidth = min(34, area.width / 2)
        let (nameRow, meterRow) = area.row(0).splitRight(meterWidth)
        canvas.write(scenario.customer.name, x: nameRow.x, y: nameRow.y, style: Style(.accent, .bold), clip: nameRow)
        MoodMeter(value: session.state.mood, range: -3...3, label: m.t(Strings.mood)).render(into: &canvas.buffer, area: meterRow)
        let text = area.inset(top: 1, bottom: 1)
        let lines = customerLines(m, session, width: area.width)
        let maxScroll = max(0, lines.count - text.height)
        let scroll = min(session.sayScroll, maxScroll)
        canvas.lines(lines, from: scroll, in: text)
        canvas.scrollMarks(x: text.maxX - 1, rows: text, above: scroll > 0, below: scroll < maxScroll)
    }

    /// Rows the options need at `width`.
    static func optionRows(_ m: TrainerContext, _ session: PlaySession, width: Int, wrapped: Bool = false) -> Int {
        switch session.state.prompt {
        case .identify, .strategy, .concept:
            wrapped && m.showReminders
                ? reminderLines(tableRows(m, session), width: width).map(\.count).reduce(0, +) : tableRows(m, session).count
        case .reply: PlayScreen.options(session, m.language).map { TextLayout.wrap($0, width: max(1, width - 6)).count }.reduce(0, +)
        case .none: 0
        }
    }

    /// The question and its options.
    static func question(_ m: TrainerContext, _ session: PlaySession, _ area: Rect, _ canvas: inout Canvas) {
        let prompt = session.state.prompt
        let ask: String
        switch prompt {
        case .identify: ask = m.t(Strings.askIdentify)
        case .strategy: ask = m.t(Strings.askStrategy)
        case .concept(let kind): ask = kind.question(in: m.language)
        case .reply, .none: ask = m.t(Strings.askReply)
        }
        canvas.write(ask, x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        let listArea = area.inset(top: 1)
        switch prompt {
        case .identify, .strategy, .concept:
            table(tableRows(m, session), m, session, listArea, &canvas)
        case .reply:
            let layout = SelectList(PlayScreen.options(session, m.language), selected: session.selected, offset: session.offset)
                .render(into: &canvas.buffer, area: listArea)
            for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
                canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width, height: rect.height), .pick(index))
            }
        case .none:
            break
        }
    }

    /// The names and one-line reminders offered at an identify or strategy prompt.
    static func tableRows(_ m: TrainerContext, _ session: PlaySession) -> [(name: String, reminder: String)] {
        switch session.state.prompt {
        case .identify: CustomerType.allCases.map { ($0.name(in: m.language), $0.reminder(in: m.language)) }
        case .strategy: StrategyFamily.allCases.map { ($0.name(in: m.language), $0.summary(in: m.language)) }
        case .concept(let kind): kind.answers.map { (kind.name(of: $0, in: m.language), kind.reminder(of: $0, in: m.language)) }
        case .reply, .none: []
        }
    }

    /// Columns before the reminders: marker, number and the widest name.
    static func reminderColumn(_ rows: [(name: String, reminder: String)]) -> Int {
        Layout.numberPrefix.displayWidth + (rows.map(\.name.displayWidth).max() ?? 0) + 2
    }

    /// Each reminder wrapped to the room right of the names.
    static func reminderLines(_ rows: [(name: String, reminder: String)], width: Int) -> [[String]] {
        let room = max(1, width - reminderColumn(rows))
        return rows.map { TextLayout.wrap($0.reminder, width: room) }
    }

    /// Options with their reminders: wrapped under themselves when every one fits whole,
    /// otherwise cut to one row each so the whole list stays in view.
    static func table(_ rows: [(name: String, reminder: String)], _ m: TrainerContext, _ session: PlaySession, _ area: Rect, _ canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let nameWidth = reminderColumn(rows) - Layout.numberPrefix.displayWidth
        let wrapped = reminderLines(rows, width: area.width)
        let wraps = m.showReminders && wrapped.map(\.count).reduce(0, +) <= area.height
        let heights = wraps ? wrapped.map(\.count) : rows.map { _ in 1 }
        let first = SelectList.scrollOffset(
            selected: session.selected, offset: session.offset, heights: heights, visibleRows: area.height)
        var y = area.y, lastShown = first - 1
        for index in first..<rows.count where y < area.maxY {
            lastShown = index
            let isSelected = index == session.selected
            let prefix = (isSelected ? "› " : "  ") + "\(index + 1). "
            let nameStyle = isSelected ? Style(.selected) : Style(.normal, .bold)
            let firstLine = Rect(x: area.x, y: y, width: area.width, height: 1)
            let x = canvas.write(prefix + TextLayout.pad(rows[index].name, width: nameWidth), x: area.x, y: y, style: nameStyle, clip: firstLine)
            if m.showReminders {
                // Only the number and name carry the highlight: a move then rewrites few cells.
                let lines = wraps ? wrapped[index] : [TextLayout.truncate(rows[index].reminder, width: max(0, area.maxX - x))]
                for (offset, text) in lines.enumerated() {
                    canvas.write(text, x: x, y: y + offset, style: Style(.muted), clip: area)
                }
            }
            canvas.hit(Rect(x: area.x, y: y, width: area.width, height: heights[index]).intersection(area), .pick(index))
            y += heights[index]
        }
        canvas.scrollMarks(x: area.maxX - 1, rows: area, above: first > 0, below: lastShown < rows.count - 1)
    }

    /// The feedback on the last decision: judgement, what was chosen, why, a type change, the end.
    static func feedbackLines(_ m: TrainerContext, _ session: PlaySession, _ shown: ShownFeedback, width: Int) -> [[Span]] {
        TextLayout.wrap(PlayDocument.feedback(shown.feedback, chosen: shown.chosen, of: session.scenario, language: m.language), width: max(1, width))
    }

    /// "Leave this scenario?" in a box over the screen: stop for now, give up, or cancel.
    static func confirmLeave(_ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        let choices: [(LeaveChoice, Localized)] = [
            (.later, Strings.leaveLater), (.giveUp, Strings.leaveGiveUp), (.cancel, Strings.leaveCancel),
        ]
        let labels = choices.map { " \($0.0.rawValue + 1) " + "  " + m.t($0.1) }
        let keys = m.t(Strings.leaveKeys)
        let widest = (labels.map(\.displayWidth) + [keys.displayWidth, m.t(Strings.confirmLeave).displayWidth]).max() ?? 0
        let width = min(area.width - 4, max(40, widest + 4))
        let question = TextLayout.wrap(m.t(Strings.confirmLeave), width: width - 4)
        let box = area.centered(width: width, height: question.count + choices.count + 5)
        canvas.buffer.fill(box)
        let inner = Box(title: m.t(Strings.keyLeave), borderStyle: Style(.warning), titleStyle: Style(.warning, .bold))
            .render(into: &canvas.buffer, area: box).inset(left: 1, right: 1)
        var y = inner.y
        for line in question {
            canvas.write(line, x: inner.x, y: y, style: Style(.normal, .bold), clip: inner)
            y += 1
        }
        y += 1
        for (choice, label) in choices {
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            canvas.write([Span(" \(choice.rawValue + 1) ", style: Style(.keyHint)), Span("  " + TextLayout.truncate(m.t(label), width: max(0, inner.width - 5)))],
                         x: row.x, y: row.y, clip: row)
            canvas.hit(row, .pick(choice.rawValue))
            y += 1
        }
        canvas.write(TextLayout.truncate(keys, width: inner.width), x: inner.x, y: y + 1, style: Style(.muted), clip: inner)
        // Clicks elsewhere do nothing while the question is open.
        canvas.hits.removeAll { !box.contains(Point(x: $0.rect.x, y: $0.rect.y)) }
    }
}
