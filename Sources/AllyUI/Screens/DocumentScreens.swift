import AllyCore
import AllyTerminal

/// The scrolling pages: debrief, progress and help. Each is a list of wrapped lines, built
/// for a width, so drawing and the scroll limit in update agree.
enum DocumentScreen {
    /// The text width for a terminal `columns` wide (long lines are hard to read on wide screens).
    static func textWidth(_ columns: Int) -> Int {
        min(max(1, columns - 2), 118)
    }

    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
        let title: String
        switch m.screen {
        case .debrief:
            let scenario = m.debrief?.scenario
            title = m.t(Strings.debrief) + (scenario.map { " · " + $0.title } ?? "")
            let score = m.debrief?.debrief.map { m.t(Strings.total($0.score.total)) } ?? ""
            Layout.titleBar(title, right: score, area, &canvas)
        case .progress:
            Layout.standardTitle(m, m.t(Strings.progress), area, &canvas)
        default:
            Layout.standardTitle(m, m.t(Strings.helpTitle), area, &canvas)
        }
        let view = area.inset(top: 1).inset(left: 1, right: 1)
        let lines = lines(m, width: textWidth(m.size.columns))
        let maxScroll = max(0, lines.count - view.height)
        let scroll = min(m.scroll, maxScroll)
        canvas.lines(lines, from: scroll, in: view)
        if m.screen == .progress, let start = ProgressPage.layout(m, width: textWidth(m.size.columns)).attemptStart {
            for index in 0..<(m.progress?.report.recent.count ?? 0) where (scroll..<scroll + view.height).contains(start + index) {
                canvas.hit(view.row(start + index - scroll), .pick(index))
            }
        }
        canvas.scrollMarks(x: area.maxX - 1, rows: view, above: scroll > 0, below: scroll < maxScroll)
    }

    /// The page's wrapped lines at `width`.
    static func lines(_ m: AppModel, width: Int) -> [[Span]] {
        switch m.screen {
        case .debrief: DebriefPage.lines(m, width: width)
        case .progress: ProgressPage.lines(m, width: width)
        case .help: HelpPage.lines(m, width: width)
        default: []
        }
    }

    /// A section heading line.
    static func heading(_ text: String) -> [Span] { [Span(text, style: Style(.title, .bold))] }

    /// Wraps one paragraph of spans; lines after the first start `indent` columns in (a hanging indent).
    static func wrap(_ spans: [Span], _ width: Int, indent: Int = 0) -> [[Span]] {
        TextLayout.wrap(spans, width: width, hangingIndent: indent)
    }
}

/// The debrief: score bars, your path beside the ideal one, the feedback of every wrong
/// decision, SERVQUAL, the outcome and the time per decision.
enum DebriefPage {
    static func lines(_ m: AppModel, width: Int) -> [[Span]] {
        guard let state = m.debrief else { return [] }
        let t = m.t
        let language = m.language
        var out: [[Span]] = []
        guard let debrief = state.debrief else {
            out += DocumentScreen.wrap([Span(t(Strings.attemptLeft), style: Style(.warning))], width)
            return out
        }
        // Score per part, as bars.
        out.append(DocumentScreen.heading(t(Strings.scoreSection)))
        let labelWidth = ScorePart.allCases.map { $0.name(in: language).displayWidth }.max()! + 3
        let barWidth = max(10, min(40, width - labelWidth - 16))
        for part in debrief.score.shownParts {
            var line = [Span("  " + TextLayout.pad(part.part.name(in: language), width: labelWidth - 2))]
            guard let value = part.value else {
                line.append(Span(t(Strings.notTested), style: Style(.muted)))
                out.append(line)
                continue
            }
            let fraction = part.maximum > 0 ? max(0, part.points) / part.maximum : 0
            let (filled, empty) = Gauge.bar(fraction: fraction, width: barWidth)
            let role: Role = value >= 1 ? .meterGood : (value > 0.4 ? .meterMid : .meterBad)
            line.append(Span(filled, style: Style(role)))
            line.append(Span(empty, style: Style(.muted)))
            line.append(Span("  \(Int(part.points.rounded()))/\(Int(part.maximum.rounded()))"))
            out.append(line)
        }
        out.append([Span(String(repeating: " ", count: labelWidth)),
                    Span(t(Strings.total(debrief.score.total)), style: Style(.accent, .bold))])
        out.append([])
        // The outcome on the satisfaction framework.
        out += DocumentScreen.wrap([
            Span(t(Strings.outcome) + ": ", style: Style(.title, .bold)),
            Span(debrief.outcome.name(in: language), style: Style(debrief.outcome.isLoyal ? .correct : .wrong, .bold)),
            Span(state.scenario.closing(of: state.state).map { "  “" + $0.say + "”" } ?? ""),
        ], width)
        if !debrief.outcome.isLoyal {
            out += DocumentScreen.wrap([Span(t(Strings.customerLost), style: Style(.wrong))], width)
        }
        if state.play.untimed {
            out += DocumentScreen.wrap([Span(t(Strings.playedUntimed), style: Style(.muted))], width)
        }
        // The customer turning into another type is the debrief's best lesson: name it, with the reply that did it.
        let scenario = state.scenario
        for verdict in state.state.record {
            guard let change = verdict.typeChange, let step = scenario.step(verdict.stepID) else { continue }
            var spans = [
                Span("⇄ ", style: Style(.warning, .bold)),
                Span(t(Strings.typeChange(scenario.customer.name, to: change.to.name(in: scenario.language),
                                          from: change.from.name(in: scenario.language))), style: Style(.warning, .bold)),
            ]
            if case .reply(let index) = verdict.kind, step.choices.indices.contains(index) {
                spans.append(Span("\n  " + t(Strings.afterReply) + ": ", style: Style(.muted)))
                spans.append(Span("“" + step.choices[index].text + "”"))
            }
            out += DocumentScreen.wrap(spans, width, indent: 2)
        }
        out.append([])
        // Your path beside the ideal one.
        let timeWidth = 8
        let column = max(10, (width - 2 - timeWidth - 2) / 2)
        out.append([Span("  " + TextLayout.pad(t(Strings.yourPath), width: column + 1), style: Style(.title, .bold)),
                    Span(TextLayout.pad(t(Strings.idealPath), width: column + 1), style: Style(.title, .bold)),
                    Span(TextLayout.pad(t(Strings.time), width: timeWidth, alignment: .right), style: Style(.muted))])
        for line in debrief.lines {
            let mark = Span(line.judgement.mark + " ", style: Style(line.judgement.role, .bold))
            let yours = TextLayout.wrap(line.yours, width: column)
            let ideal = line.isRight ? [""] : TextLayout.wrap(line.ideal, width: column)
            for row in 0..<max(yours.count, ideal.count) {
                var spans = [row == 0 ? mark : Span("  ")]
                spans.append(Span(TextLayout.pad(row < yours.count ? yours[row] : "", width: column + 1), style: line.isRight ? .normal : Style(.wrong)))
                spans.append(Span(TextLayout.pad(row < ideal.count ? ideal[row] : "", width: column + 1), style: Style(.correct)))
                if row == 0 {
                    spans.append(Span(TextLayout.pad(t(Strings.seconds(line.seconds)), width: timeWidth, alignment: .right), style: Style(.muted)))
                }
                out.append(spans)
            }
        }
        out.append([Span("  " + TextLayout.pad(t(Strings.totalTime), width: 2 * column + 2)),
                    Span(TextLayout.pad(t(Strings.seconds(debrief.totalSeconds)), width: timeWidth, alignment: .right), style: Style(.accent))])
        let times = debrief.lines.map(\.seconds)
        if times.count > 1 {
            let label = t(Strings.timeSparkline) + " "
            let range = "  " + t(Strings.seconds(times.min() ?? 0)) + " – " + t(Strings.seconds(times.max() ?? 0))
            let room = max(1, width - 2 - label.displayWidth - range.displayWidth)
            out.append([Span("  " + label, style: Style(.muted)), Span(Sparkline(times, minimum: 0).characters(width: room), style: Style(.accent)),
                        Span(range, style: Style(.muted))])
        }
        out.append([])
        // Feedback on every wrong decision.
        out.append(DocumentScreen.heading(t(Strings.whatWentWrong)))
        let wrong = debrief.lines.filter { !$0.isRight }
        if wrong.isEmpty {
            out.append([Span("  " + t(Strings.allRight), style: Style(.correct))])
        }
        for line in wrong {
            out += DocumentScreen.wrap([
                Span(line.judgement.mark + " ", style: Style(line.judgement.role, .bold)), Span(line.yours, style: Style(.wrong)),
                Span(" — " + (line.feedback ?? "")),
            ], width, indent: 2)
        }
        out.append([])
        // SERVQUAL dimensions served.
        out.append(DocumentScreen.heading(t(Strings.servqualServed)))
        var servqual: [Span] = [Span("  ")]
        for dimension in ServqualDimension.allCases {
            let count = debrief.servqual[dimension] ?? 0
            servqual.append(Span((count > 0 ? "● " : "○ ") + dimension.name(in: language) + (count > 1 ? " ×\(count)" : "") + "   ",
                                 style: count > 0 ? Style(.correct) : Style(.muted)))
        }
        out += DocumentScreen.wrap(servqual, width)
        out.append([])
        // The ideal path through the scenario, reply by reply.
        out.append(DocumentScreen.heading(t(Strings.idealRoute)))
        for (index, reply) in debrief.idealPath.enumerated() {
            let number = "  \(index + 1). "
            out += DocumentScreen.wrap([Span(number, style: Style(.muted)), Span(reply, style: Style(.correct))], width, indent: number.count)
        }
        if let run = state.course, run.index + 1 >= run.scenarioIDs.count {
            out.append([])
            out.append([Span(t(Strings.courseDone), style: Style(.accent))])
        }
        return out
    }
}

/// Progress across attempts, from the persistence layer: mastery per type with the 9×9
/// confusion matrix (beside it when there is room, else further down), what is due for practice,
/// the score trend and the latest attempts, one of them selected for a replay.
enum ProgressPage {
    /// The page's lines, and the line of the first recent attempt (for selection and clicks).
    struct Content {
        /// The wrapped lines.
        var lines: [[Span]]
        /// The index of the first recent attempt's line, when there are attempts.
        var attemptStart: Int?
    }

    static func lines(_ m: AppModel, width: Int) -> [[Span]] { layout(m, width: width).lines }

    static func layout(_ m: AppModel, width: Int) -> Content {
        let t = m.t
        var out: [[Span]] = []
        guard let data = m.progress else { return Content(lines: [[Span("…", style: Style(.muted))]]) }
        let report = data.report
        if !data.isPersistent {
            out += DocumentScreen.wrap([Span(t(Strings.progressNeedsStore), style: Style(.warning))], width)
            out.append([])
        }
        let nameWidth = CustomerType.allCases.map { $0.name(in: m.language).displayWidth }.max()! + 4
        let matrix = matrixLines(m, report.matrix)
        let masteryWidth = nameWidth + 20 + 5
        let besides = width >= masteryWidth + 3 + matrixWidth(m)
        var mastery: [[Span]] = [DocumentScreen.heading(t(Strings.typesNamed))]
        for type in CustomerType.allCases {
            var line = [Span("  " + TextLayout.pad(type.name(in: m.language), width: nameWidth - 2))]
            if let value = report.mastery[type] {
                let (filled, empty) = Gauge.bar(fraction: value, width: 20)
                line.append(Span(filled, style: Style(value >= 0.8 ? .meterGood : (value >= 0.5 ? .meterMid : .meterBad))))
                line.append(Span(empty, style: Style(.muted)))
                line.append(Span(" " + TextLayout.pad("\(Int((value * 100).rounded()))%", width: 4, alignment: .right)))
                if !besides, let confused = report.matrix.mostConfused(truth: type) {
                    line.append(Span("  " + t(Strings.mistakenFor(confused.name(in: m.language))), style: Style(.muted)))
                }
            } else {
                line.append(Span(TextLayout.pad(t(Strings.notMet), width: 25), style: Style(.muted)))
            }
            mastery.append(line)
        }
        if besides {
            // Mastery at the left, the matrix at the right, each type on one line (the matrix has two header lines more).
            let left = [mastery[0], [], []] + mastery.dropFirst()
            for row in 0..<max(left.count, matrix.count) {
                var spans = row < left.count ? left[row] : []
                let used = spans.reduce(0) { $0 + $1.text.displayWidth }
                spans.append(Span(String(repeating: " ", count: max(0, masteryWidth + 3 - used))))
                if row < matrix.count { spans += matrix[row] }
                out.append(spans)
            }
        } else {
            out += mastery
        }
        let due = report.due.filter { report.mastery[$0] != nil }
        if !due.isEmpty {
            out.append([])
            out += DocumentScreen.wrap([
                Span(t(Strings.practiseNext) + ": ", style: Style(.title, .bold)),
                Span(due.prefix(3).map { $0.name(in: m.language) }.joined(separator: ", "), style: Style(.accent, .bold)),
            ], width)
        }
        // The concept questions' mastery and the role and gap confusion: the same lines as
        // `ally progress --plain`, shown once any concept question was answered.
        for (index, line) in ProgressText.conceptLines(report.concepts, m.language).dropFirst().enumerated() {
            if index == 0 { out.append([]) }
            out.append(index == 0 ? DocumentScreen.heading(line) : [Span(line)])
        }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.recentAttempts)))
        if report.recent.isEmpty { out.append([Span("  " + t(Strings.noAttempts), style: Style(.muted))]) }
        if report.trend.count > 1 {
            out += DocumentScreen.wrap([
                Span("  " + t(Strings.scoreSparkline(report.trend.count)) + " ", style: Style(.muted)),
                Span(Sparkline(report.trend.map(Double.init), minimum: 0, maximum: 100).characters(width: 40), style: Style(.accent)),
                Span("  " + t(Strings.lastScore(report.trend.last ?? 0)), style: Style(.muted)),
            ], width, indent: 2)
        }
        if m.replayUnavailable {
            out += DocumentScreen.wrap([Span("  " + t(Strings.cannotReplay), style: Style(.warning))], width)
        }
        let attemptStart = report.recent.isEmpty ? nil : out.count
        let selected = min(m.progressSelected, max(0, report.recent.count - 1))
        for (index, attempt) in report.recent.enumerated() {
            let total = attempt.total.map { "\($0)" } ?? "–"
            let outcome = attempt.outcome.map { $0.name(in: m.language) } ?? t(Strings.givenUp)
            let isSelected = index == selected
            out.append([
                Span(isSelected ? "› " : "  ", style: Style(.accent, .bold)),
                Span(TextLayout.pad(total, width: 4, alignment: .right) + "  ", style: Style(.accent, .bold)),
                Span(TextLayout.pad(attempt.title ?? attempt.scenarioID, width: max(1, min(40, width / 2))),
                     style: isSelected ? Style(.selected, .reverse) : .normal),
                Span("  " + outcome, style: Style(attempt.outcome?.isLoyal == true ? .correct : .muted)),
            ])
        }
        if !besides {
            out.append([])
            out += matrix
        }
        return Content(lines: out, attemptStart: attemptStart)
    }

    /// The width of a matrix cell.
    static let cellWidth = 4

    /// The matrix's width: row names, nine cells and the unanswered column.
    static func matrixWidth(_ m: AppModel) -> Int {
        matrixNameWidth(m) + cellWidth * (CustomerType.allCases.count + 1)
    }

    static func matrixNameWidth(_ m: AppModel) -> Int {
        CustomerType.allCases.map { $0.name(in: m.language).displayWidth }.max()! + 1
    }

    /// The 9×9 confusion matrix as a heat map with the numbers: rows the true type, columns the
    /// type named. Intensity shows by role and attribute (muted dot, plain, bold, reverse), so it
    /// reads in monochrome too; the diagonal is right, the rest wrong.
    static func matrixLines(_ m: AppModel, _ matrix: ConfusionMatrix) -> [[Span]] {
        let l = m.language
        let types = CustomerType.allCases
        let nameWidth = matrixNameWidth(m)
        let highest = max(1, matrix.counts.flatMap { $0 }.max() ?? 1)
        var out: [[Span]] = [
            DocumentScreen.heading(m.t(Strings.confusionMatrix)),
            [Span(m.t(Strings.confusionLegend), style: Style(.muted))],
        ]
        var head = [Span(String(repeating: " ", count: nameWidth))]
        for type in types {
            head.append(Span(TextLayout.pad(ProgressText.abbreviation(type, l), width: cellWidth, alignment: .right), style: Style(.title)))
        }
        head.append(Span(TextLayout.pad("?", width: cellWidth, alignment: .right), style: Style(.title)))
        out.append(head)
        for truth in types {
            var row = [Span(TextLayout.pad(truth.name(in: l), width: nameWidth), style: Style(.title))]
            for named in types {
                let count = matrix[truth, named]
                row.append(cell(count, highest: highest, right: truth == named))
            }
            let missed = matrix.unanswered[truth.index]
            row.append(missed == 0 ? Span(TextLayout.pad("·", width: cellWidth, alignment: .right), style: Style(.muted))
                                   : Span(TextLayout.pad("\(missed)", width: cellWidth, alignment: .right), style: Style(.warning)))
            out.append(row)
        }
        return out
    }

    /// One heat-map cell: the count, its role by right or wrong, its weight by intensity.
    static func cell(_ count: Int, highest: Int, right: Bool) -> Span {
        guard count > 0 else { return Span(TextLayout.pad("·", width: cellWidth, alignment: .right), style: Style(.muted)) }
        let text = TextLayout.pad("\(count)", width: cellWidth, alignment: .right)
        let role: Role = right ? .correct : .wrong
        let intensity = Double(count) / Double(highest)
        if intensity > 0.6 { return Span(text, style: Style(role, [.reverse, .bold])) }
        if intensity > 0.25 { return Span(text, style: Style(role, .bold)) }
        return Span(text, style: Style(role))
    }
}

/// The keys of each screen, as the help page and the `?` overlay list them.
enum HelpKeys {
    /// One group of key lines under a heading.
    struct Section {
        /// The heading.
        var heading: Localized
        /// The lines, key column first.
        var lines: [Localized]
    }

    /// The width of the key column every key line starts with: wrapped lines go on under the description.
    static let indent = 16

    /// Every screen's section, in the order the screens are met; the help page lists them all.
    static let all: [Section] = [
        Section(heading: Strings.helpWelcome, lines: Strings.helpWelcomeKeys),
        Section(heading: Strings.helpMenu, lines: Strings.helpMenuKeys),
        Section(heading: Strings.helpBrowser, lines: Strings.helpBrowserKeys),
        Section(heading: Strings.helpCourses, lines: Strings.helpCoursesKeys),
        Section(heading: Strings.helpPlaying, lines: Strings.helpPlayingKeys + Strings.helpTrainerPlayingKeys),
        Section(heading: Strings.helpPages, lines: Strings.helpPagesKeys),
        Section(heading: Strings.helpProgress, lines: Strings.helpProgressKeys),
        Section(heading: Strings.helpReplay, lines: Strings.helpReplayKeys),
        Section(heading: Strings.helpDrill, lines: Strings.helpDrillKeys),
    ]

    /// The keys that work everywhere, as listed over `m` (the preview leaves at once with q).
    static func general(_ m: AppModel) -> [Localized] {
        m.isPreview ? Strings.helpKeyLines.filter { $0 != Strings.helpBackLine } : Strings.helpKeyLines
    }

    /// The sections of what shows now: the overlay lists these under the general keys.
    static func sections(_ m: AppModel) -> [Section] {
        if m.isPreview {
            return [Section(heading: Strings.helpPlaying, lines: Strings.helpPlayingKeys),
                    Section(heading: Strings.helpPreview, lines: Strings.helpPreviewKeys)]
        }
        let heading: Localized? = switch m.screen {
        case .welcome: Strings.helpWelcome
        case .menu: Strings.helpMenu
        case .browser: Strings.helpBrowser
        case .courses: Strings.helpCourses
        case .play: Strings.helpPlaying
        case .debrief, .help: Strings.helpPages
        case .progress: m.replay == nil ? Strings.helpProgress : Strings.helpReplay
        case .drill: Strings.helpDrill
        }
        return all.filter { $0.heading == heading }
    }
}

/// The help page: keys, how play works, the nine types and the five families.
enum HelpPage {
    static func lines(_ m: AppModel, width: Int) -> [[Span]] {
        let t = m.t
        var out: [[Span]] = [DocumentScreen.heading(t(Strings.helpKeys))]
        for line in HelpKeys.general(m) { out += DocumentScreen.wrap([Span("  " + t(line))], width, indent: HelpKeys.indent + 2) }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpPlay)))
        for line in Strings.helpPlayLines { out += DocumentScreen.wrap([Span("• ", style: Style(.accent)), Span(t(line))], width, indent: 2) }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpTypes)))
        let nameWidth = CustomerType.allCases.map { $0.name(in: m.language).displayWidth }.max()! + 2
        for type in CustomerType.allCases {
            out += DocumentScreen.wrap([
                Span("  " + TextLayout.pad(type.name(in: m.language), width: nameWidth), style: Style(.accent, .bold)),
                Span(type.reminder(in: m.language)),
                Span(" → " + type.family.name(in: m.language), style: Style(.muted)),
            ], width, indent: nameWidth + 2)
        }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpFamilies)))
        for family in StrategyFamily.allCases {
            out += DocumentScreen.wrap([
                Span("  " + family.name(in: m.language) + ": ", style: Style(.accent, .bold)), Span(family.summary(in: m.language)),
            ], width, indent: 4)
        }
        // The words the debrief and progress use without explaining them there.
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpWords)))
        for line in Strings.helpWordLines { out += DocumentScreen.wrap([Span("• ", style: Style(.accent)), Span(t(line))], width, indent: 2) }
        // Every screen's own keys last: the overlay (`?`) shows those of the screen it is over.
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpKeysPerScreen)))
        for section in HelpKeys.all {
            out.append([Span("  " + t(section.heading), style: Style(.accent, .bold))])
            for line in section.lines { out += DocumentScreen.wrap([Span("  " + t(line))], width, indent: HelpKeys.indent + 2) }
        }
        return out
    }
}

/// The `?` overlay: the keys, over whatever shows.
enum HelpOverlay {
    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
        let width = min(area.width - 4, 72)
        var lines: [[Span]] = []
        if let reason = m.saveDelayed {
            // The hint row only has room for "not saved yet"; here is what it means.
            lines += TextLayout.wrap([Span(m.t(Strings.saveDelayedHelp(reason)), style: Style(.wrong, .bold))], width: width - 4)
            lines.append([])
        }
        for line in HelpKeys.general(m) { lines += TextLayout.wrap([Span(m.t(line))], width: width - 4, hangingIndent: HelpKeys.indent) }
        for section in HelpKeys.sections(m) {
            lines.append([])
            lines.append([Span(m.t(section.heading), style: Style(.accent, .bold))])
            for line in section.lines { lines += TextLayout.wrap([Span(m.t(line))], width: width - 4, hangingIndent: HelpKeys.indent) }
        }
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 2))
        canvas.buffer.fill(box)
        let inner = Box(title: m.t(Strings.helpTitle)).render(into: &canvas.buffer, area: box).inset(left: 1, right: 1)
        canvas.lines(lines, in: inner)
        // A click anywhere closes the overlay.
        canvas.hits = [(area, .help)]
    }
}
