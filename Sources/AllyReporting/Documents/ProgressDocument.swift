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
        let en = l == .en
        out.append(heading(en ? "Progress of \(report.trainee)" : "Voortgang van \(report.trainee)"))
        out.append([])
        out.append(heading(en ? "Mastery per customer type (last \(Mastery.window) answers)"
                              : "Beheersing per klanttype (laatste \(Mastery.window) antwoorden)"))
        // The Leitner box is jargon: say on first sight what its number means.
        out.append([Span(en ? "  (box 1 to \(SpacedRepetition.intervals.count): a right answer moves a type up a box and it comes back later; a wrong one, back to box 1)"
                            : "  (bak 1 tot \(SpacedRepetition.intervals.count): een goed antwoord zet een type een bak hoger en het komt later terug; een fout, terug naar bak 1)",
                         style: Style(.muted))])
        let nameWidth = CustomerType.allCases.map { $0.name(in: l).displayWidth }.max()!
        for type in CustomerType.allCases {
            let name = TextLayout.pad(type.name(in: l), width: nameWidth)
            let card = report.cards[type]!
            let box = en ? "box \(card.box)" : "bak \(card.box)"
            let due = card.isDue(at: report.now)
                ? (en ? "due now" : "nu aan de beurt")
                : (en ? "due in \(days(card.dueAt - report.now)) d" : "over \(days(card.dueAt - report.now)) d")
            if let mastery = report.mastery[type] {
                let percent = TextLayout.pad("\(Int((mastery * 100).rounded()))%", width: 4, alignment: .right)
                out.append([Span("  \(name)  ")] + bar(mastery, width: 20) + [Span("  \(percent)  "), Span("\(box), \(due)", style: Style(.muted))])
            } else {
                out.append([Span("  \(name)  "), Span("\(String(repeating: "·", count: 20))     –  \(en ? "not met yet" : "nog niet ontmoet")", style: Style(.muted))])
            }
        }
        out.append([])
        out.append(heading(en ? "Confusion matrix (rows: true type; columns: the type you named; ?: no answer)"
                              : "Verwarringsmatrix (rijen: echte type; kolommen: het type dat je noemde; ?: geen antwoord)"))
        out += matrix(report.matrix, l, indent: 2)
        out += concepts(report.concepts, l)
        out.append([])
        if report.trend.isEmpty {
            out.append(en ? "Score trend: no finished attempts yet" : "Scoreverloop: nog geen afgeronde pogingen")
        } else {
            let last = report.trend.last!
            let mean = report.trend.reduce(0, +) / report.trend.count
            out.append([Span(en ? "Score trend: " : "Scoreverloop: ", style: Style(.title, .bold)),
                        Span(trend(report.trend), style: Style(.accent)),
                        Span(en ? "  last \(last), mean \(mean) over \(report.trend.count), \(report.finishedCount) scored in all"
                                : "  laatste \(last), gemiddeld \(mean) over \(report.trend.count), \(report.finishedCount) gescoord in totaal",
                             style: Style(.muted))])
        }
        out.append([])
        out.append(heading(en ? "Recent attempts" : "Recente pogingen"))
        if report.recent.isEmpty {
            out.append([Span(en ? "  none yet" : "  nog geen", style: Style(.muted))])
        }
        for attempt in report.recent {
            let status: String
            if let total = attempt.total {
                status = "\(TextLayout.pad(String(total), width: 3, alignment: .right))  \(attempt.outcome?.name(in: l) ?? "")"
            } else if attempt.isFinished {
                status = en ? "  –  given up" : "  –  opgegeven"
            } else {
                status = en ? "  –  unfinished (can be resumed)" : "  –  onafgerond (kan hervat worden)"
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
        let en = l == .en
        var out: [[Span]] = [[], heading(en ? "Concepts (last \(Mastery.window) answers)" : "Begrippen (laatste \(Mastery.window) antwoorden)")]
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
            out.append([Span(en ? "Confusion: \(kind.name(in: l)) (rows: the right answer; columns: yours; ?: no answer)"
                                : "Verwarring: \(kind.name(in: l)) (rijen: het goede antwoord; kolommen: het jouwe; ?: geen antwoord)",
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
