import AllyCore
import AllyReporting
import AllyTerminal

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

    static func lines(_ state: ProgressState, _ m: TrainerContext, width: Int) -> [[Span]] { layout(state, m, width: width).lines }

    static func layout(_ state: ProgressState, _ m: TrainerContext, width: Int) -> Content {
        let t = m.t
        var out: [[Span]] = []
        guard let data = state.data else { return Content(lines: [[Span("…", style: Style(.muted))]]) }
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
                line += ProgressDocument.bar(value, width: 20)
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
        out += ProgressDocument.concepts(report.concepts, m.language)
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.recentAttempts)))
        if report.recent.isEmpty { out.append([Span("  " + t(Strings.noAttempts), style: Style(.muted))]) }
        if report.trend.count > 1 {
            out += DocumentScreen.wrap([
                Span("  " + t(Strings.scoreSparkline(report.trend.count)) + " ", style: Style(.muted)),
                Span(ProgressDocument.trend(report.trend), style: Style(.accent)),
                Span("  " + t(Strings.lastScore(report.trend.last ?? 0)), style: Style(.muted)),
            ], width, indent: 2)
        }
        if state.replayUnavailable {
            out += DocumentScreen.wrap([Span("  " + t(Strings.cannotReplay), style: Style(.warning))], width)
        }
        let attemptStart = report.recent.isEmpty ? nil : out.count
        let selected = min(state.selected, max(0, report.recent.count - 1))
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

    /// The matrix's width: row names, nine cells and the unanswered column.
    static func matrixWidth(_ m: TrainerContext) -> Int { ProgressDocument.matrixWidth(m.language) }

    /// The confusion matrix under its heading and legend: the document's heat map.
    static func matrixLines(_ m: TrainerContext, _ matrix: ConfusionMatrix) -> [[Span]] {
        [DocumentScreen.heading(m.t(Strings.confusionMatrix)), [Span(m.t(Strings.confusionLegend), style: Style(.muted))]]
            + ProgressDocument.matrix(matrix, m.language)
    }
}
