import AllyCore
import AllyTerminal

/// A trainee's progress as a document: mastery and Leitner boxes per type, the confusion matrix,
/// the concepts, the score trend and the recent attempts. `ally progress --plain` prints its text;
/// the progress screen draws its concept section.
public enum ProgressDocument {
    /// Column heads for the confusion matrix, in `CustomerType.allCases` order: three letters, or
    /// the whole name when it has four or fewer ("ally" cut to "all" read as the word "all").
    public static func abbreviation(_ type: CustomerType, _ language: Language) -> String {
        let name = type.name(in: language)
        return name.count <= 4 ? name : String(name.prefix(3))
    }

    /// A mastery bar of `width` cells filled to `fraction`, coloured by how far it is.
    public static func bar(_ fraction: Double, width: Int) -> [Span] {
        let (filled, empty) = Gauge.bar(fraction: fraction, width: width)
        let role: Role = fraction >= 0.8 ? .meterGood : (fraction >= 0.5 ? .meterMid : .meterBad)
        return [Span(filled, style: Style(role)), Span(empty, style: Style(.muted))]
    }

    /// A section heading.
    static func heading(_ text: String) -> [Span] { [Span(text, style: Style(.title, .bold))] }

    /// The whole report (no colours in its text, no escape sequences).
    public static func build(_ report: ProgressReport, language l: Language) -> Document {
        var out = Document()
        out.append(heading(l.text("report.title", ["trainee": report.trainee])))
        out.append([])
        out.append(heading(l.text("report.mastery", ["window": Mastery.window])))
        // The Leitner box is jargon: say on first sight what its number means.
        out.append([Span("  " + l.text("report.boxes", ["boxes": SpacedRepetition.intervals.count]),
                         style: Style(.muted))])
        let nameWidth = CustomerType.allCases.map { $0.name(in: l).displayWidth }.max()!
        for type in CustomerType.allCases {
            let name = TextLayout.pad(type.name(in: l), width: nameWidth)
            let card = report.cards[type]!
            let box = l.text("report.box", ["box": card.box])
            let due = card.isDue(at: report.now)
                ? l.text("report.dueNow")
                : l.text("report.dueIn", ["days": days(card.dueAt - report.now)])
            if let mastery = report.mastery[type] {
                let percent = TextLayout.pad("\(Int((mastery * 100).rounded()))%", width: 4, alignment: .right)
                out.append([Span("  \(name)  ")] + bar(mastery, width: 20) + [Span("  \(percent)  "), Span("\(box), \(due)", style: Style(.muted))])
            } else {
                out.append([Span("  \(name)  "), Span("\(String(repeating: "·", count: 20))     –  \(l.text("strings.notMet"))", style: Style(.muted))])
            }
        }
        out.append([])
        out.append(heading(l.text("report.confusion")))
        out += matrix(report.matrix, l, indent: 2)
        out += concepts(report.concepts, l)
        out.append([])
        if report.trend.isEmpty {
            out.append(l.text("report.trend") + ": " + l.text("report.trendNone"))
        } else {
            let last = report.trend.last!
            let mean = report.trend.reduce(0, +) / report.trend.count
            out.append([Span(l.text("report.trend") + ": ", style: Style(.title, .bold)),
                        Span(trend(report.trend), style: Style(.accent)),
                        Span("  " + l.text("report.trendFigures", ["last": last, "mean": mean, "count": report.trend.count, "scored": report.finishedCount]),
                             style: Style(.muted))])
        }
        out.append([])
        out.append(heading(l.text("strings.recentAttempts")))
        if report.recent.isEmpty {
            out.append([Span("  " + l.text("report.noneYet"), style: Style(.muted))])
        }
        for attempt in report.recent {
            let status: String
            if let total = attempt.total {
                status = "\(TextLayout.pad(String(total), width: 3, alignment: .right))  \(attempt.outcome?.name(in: l) ?? "")"
            } else if attempt.isFinished {
                status = "  –  " + l.text("strings.givenUp")
            } else {
                status = "  –  " + l.text("report.unfinished")
            }
            let title = TextLayout.pad(TextLayout.truncate(attempt.title ?? attempt.scenarioID, width: 32), width: 32)
            out.append([Span("  #\(TextLayout.pad(String(attempt.id), width: 6)) \(DateText.utc(attempt.startedAt))  ", style: Style(.muted)),
                        Span(title), Span("  \(status)", style: Style(attempt.outcome?.isLoyal == true ? .correct : .normal))])
        }
        return out
    }

    /// The width of a matrix cell.
    static let cellWidth = 4

    /// The width of the matrix's row names: the longest type name and a space.
    static func matrixNameWidth(_ l: Language) -> Int {
        CustomerType.allCases.map { $0.name(in: l).displayWidth }.max()! + 1
    }

    /// The matrix's width: row names, nine cells and the unanswered column.
    public static func matrixWidth(_ l: Language) -> Int {
        matrixNameWidth(l) + cellWidth * (CustomerType.allCases.count + 1)
    }

    /// The 9×9 confusion matrix as a heat map with the numbers: rows the true type, columns the
    /// type named, `?` no answer. Intensity shows by role and attribute (muted dot, plain, bold,
    /// reverse), so it reads in monochrome too; the diagonal is right, the rest wrong.
    public static func matrix(_ matrix: ConfusionMatrix, _ l: Language, indent: Int = 0) -> [[Span]] {
        let types = CustomerType.allCases
        let nameWidth = matrixNameWidth(l)
        let lead = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
        let highest = max(1, matrix.counts.flatMap { $0 }.max() ?? 1)
        var head = lead + [Span(String(repeating: " ", count: nameWidth))]
        for type in types {
            head.append(Span(TextLayout.pad(abbreviation(type, l), width: cellWidth, alignment: .right), style: Style(.title)))
        }
        head.append(Span(TextLayout.pad("?", width: cellWidth, alignment: .right), style: Style(.title)))
        var out = [head]
        for truth in types {
            var row = lead + [Span(TextLayout.pad(truth.name(in: l), width: nameWidth), style: Style(.title))]
            for named in types {
                row.append(cell(matrix[truth, named], highest: highest, right: truth == named))
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

    /// The score trend: one bar per score, on the fixed scale 0 to 100 so trends compare across trainees.
    public static func trend(_ scores: [Int]) -> String {
        Sparkline(scores.map(Double.init), minimum: 0, maximum: 100).characters(width: scores.count)
    }

    /// Mastery per concept answer met, and the role and gap confusion, when any concept question
    /// was answered (most trainees meet them in the concept courses only); a blank line first.
    public static func concepts(_ concepts: ConceptProgress, _ l: Language) -> [[Span]] {
        guard !concepts.isEmpty else { return [] }
        var out: [[Span]] = [[], heading(l.text("report.concepts", ["window": Mastery.window]))]
        for kind in ConceptKind.allCases {
            guard let mastery = concepts.mastery[kind] else { continue }
            out.append([Span("  " + kind.name(in: l), style: Style(.accent, .bold))])
            let width = kind.answers.map { kind.name(of: $0, in: l).displayWidth }.max() ?? 0
            for answer in kind.answers {
                guard let value = mastery[answer] else { continue }
                let percent = TextLayout.pad("\(Int((value * 100).rounded()))%", width: 4, alignment: .right)
                out.append([Span("    \(TextLayout.pad(kind.name(of: answer, in: l), width: width))  ")] + bar(value, width: 20) + [Span("  \(percent)")])
            }
        }
        for kind in ConceptProgress.matrixKinds {
            guard let confusion = concepts.confusion[kind] else { continue }
            out.append([])
            out.append([Span(l.text("report.conceptConfusion", ["kind": kind.name(in: l)]),
                             style: Style(.accent, .bold))])
            let width = kind.answers.map { kind.name(of: $0, in: l).displayWidth }.max() ?? 0
            let head = kind.answers.map { TextLayout.pad(String(kind.name(of: $0, in: l).prefix(3)), width: 5, alignment: .right) }.joined()
            out.append([Span("    \(TextLayout.pad("", width: width))\(head)    ?", style: Style(.title))])
            for truth in kind.answers {
                guard let row = confusion[truth] else { continue }
                let cells = kind.answers.map { TextLayout.pad(row[$0].map(String.init) ?? "·", width: 5, alignment: .right) }.joined()
                out.append([Span("    \(TextLayout.pad(kind.name(of: truth, in: l), width: width))\(cells)\(TextLayout.pad(row[""].map(String.init) ?? "·", width: 5, alignment: .right))")])
            }
        }
        return out
    }

    /// Whole days until `seconds` from now, at least one.
    private static func days(_ seconds: Double) -> Int {
        max(1, Int((seconds / SpacedRepetition.day).rounded(.up)))
    }
}
