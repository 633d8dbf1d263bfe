/// Everything the progress screen shows for one trainee, computed from the stored history.
public struct ProgressReport: Sendable, Equatable {
    /// Whose progress.
    public var trainee: String
    /// Mastery per type met (see ``Mastery``).
    public var mastery: [CustomerType: Double]
    /// True type × named type.
    public var matrix: ConfusionMatrix
    /// Leitner cards per type (see ``SpacedRepetition``).
    public var cards: [CustomerType: LeitnerCard]
    /// Totals of scored attempts, oldest first (at most ``trendLength``).
    public var trend: [Int]
    /// The most recent attempts, newest first (at most ``recentCount``).
    public var recent: [AttemptSummary]
    /// Attempts finished with a score.
    public var finishedCount: Int
    /// The moment the report was made, in seconds since 1970.
    public var now: Double
    /// Mastery of the concept questions and the role and gap confusion.
    public var concepts = ConceptProgress()

    /// How many scores the sparkline shows.
    public static let trendLength = 40
    /// How many attempts the recent list shows.
    public static let recentCount = 10

    /// Builds the report from a trainee's answers and attempts (any order).
    public init(trainee: String, answers: [Answer], attempts: [AttemptSummary], now: Double, conceptAnswers: [ConceptAnswer] = []) {
        self.trainee = trainee
        self.now = now
        concepts = ConceptProgress(conceptAnswers)
        mastery = Mastery.byType(answers)
        matrix = ConfusionMatrix(answers)
        cards = SpacedRepetition.cards(answers)
        let scored = attempts.filter { $0.total != nil && $0.finishedAt != nil }
            .sorted { ($0.finishedAt!, $0.id) < ($1.finishedAt!, $1.id) }
        finishedCount = scored.count
        trend = scored.suffix(Self.trendLength).map { $0.total! }
        recent = Array(attempts.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }.prefix(Self.recentCount))
    }

    /// Builds the report from figures a store computed without loading the whole history: the last
    /// ``Mastery/window`` identify answers per type, the matrix, the cards, the latest scores (oldest
    /// first), the number of scored attempts and the latest attempts.
    public init(
        trainee: String, recentIdentifications: [Answer], matrix: ConfusionMatrix, cards: [CustomerType: LeitnerCard],
        trend: [Int], finishedCount: Int, recent: [AttemptSummary], now: Double, concepts: ConceptProgress = ConceptProgress()
    ) {
        self.trainee = trainee
        self.now = now
        self.concepts = concepts
        mastery = Mastery.byType(recentIdentifications)
        self.matrix = matrix
        self.cards = cards
        self.trend = Array(trend.suffix(Self.trendLength))
        self.finishedCount = finishedCount
        self.recent = Array(recent.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }.prefix(Self.recentCount))
    }

    /// The types due for practice now, most needed first.
    public var due: [CustomerType] {
        CustomerType.allCases.filter { cards[$0]!.isDue(at: now) }
            .sorted { (mastery[$0] ?? 0, $0.index) < (mastery[$1] ?? 0, $1.index) }
    }
}

/// Plain-text rendering of the progress report, for `ally progress --plain` and pipes.
public enum ProgressText {
    /// Column heads for the confusion matrix, in `CustomerType.allCases` order: three letters, or
    /// the whole name when it has four or fewer ("ally" cut to "all" read as the word "all").
    public static func abbreviation(_ type: CustomerType, _ language: Language) -> String {
        let name = type.name(in: language)
        return name.count <= 4 ? name : String(name.prefix(3))
    }

    /// A bar of `width` cells filled to `fraction`.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// The whole report as lines of text (no colours, no escape sequences).
    public static func render(_ report: ProgressReport, language l: Language) -> String {
        var out: [String] = []
        out.append(l.text("report.title", ["trainee": report.trainee]))
        out.append("")
        out.append(l.text("report.mastery", ["window": Mastery.window]))
        // The Leitner box is jargon: say on first sight what its number means.
        out.append("  " + l.text("report.boxes", ["boxes": SpacedRepetition.intervals.count]))
        let nameWidth = CustomerType.allCases.map { $0.name(in: l).count }.max()!
        for type in CustomerType.allCases {
            let name = type.name(in: l).padding(nameWidth)
            let card = report.cards[type]!
            let box = l.text("report.box", ["box": card.box])
            let due = card.isDue(at: report.now)
                ? l.text("report.dueNow")
                : l.text("report.dueIn", ["days": days(card.dueAt - report.now)])
            if let mastery = report.mastery[type] {
                let percent = "\(Int((mastery * 100).rounded()))%".leftPadding(4)
                out.append("  \(name)  \(bar(mastery, width: 20))  \(percent)  \(box), \(due)")
            } else {
                out.append("  \(name)  \(String(repeating: "·", count: 20))     –  \(l.text("strings.notMet"))")
            }
        }
        out.append("")
        out.append(l.text("report.confusion"))
        let head = CustomerType.allCases.map { abbreviation($0, l).leftPadding(4) }.joined()
        out.append("  \("".padding(nameWidth))\(head)    ?")
        for truth in CustomerType.allCases {
            let cells = CustomerType.allCases.map { named -> String in
                let count = report.matrix[truth, named]
                return (count == 0 ? "·" : String(count)).leftPadding(4)
            }.joined()
            let missed = report.matrix.unanswered[truth.index]
            out.append("  \(truth.name(in: l).padding(nameWidth))\(cells)\((missed == 0 ? "·" : String(missed)).leftPadding(5))")
        }
        out += conceptLines(report.concepts, l)
        out.append("")
        if report.trend.isEmpty {
            out.append(l.text("report.trend") + ": " + l.text("report.trendNone"))
        } else {
            let last = report.trend.last!
            let mean = report.trend.reduce(0, +) / report.trend.count
            out.append(l.text("report.trend") + ": " + Sparkline.render(report.trend) + "  "
                + l.text("report.trendFigures", ["last": last, "mean": mean, "count": report.trend.count, "scored": report.finishedCount]))
        }
        out.append("")
        out.append(l.text("strings.recentAttempts"))
        if report.recent.isEmpty {
            out.append("  " + l.text("report.noneYet"))
        }
        for attempt in report.recent {
            let status: String
            if let total = attempt.total {
                status = "\(String(total).leftPadding(3))  \(attempt.outcome?.name(in: l) ?? "")"
            } else if attempt.isFinished {
                status = "  –  " + l.text("strings.givenUp")
            } else {
                status = "  –  " + l.text("report.unfinished")
            }
            out.append("  #\(String(attempt.id).padding(6)) \(DateText.utc(attempt.startedAt))  \((attempt.title ?? attempt.scenarioID).truncated(32).padding(32))  \(status)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Mastery per concept answer met, and the role and gap confusion, when any concept question
    /// was answered (most trainees meet them in the concept courses only).
    public static func conceptLines(_ concepts: ConceptProgress, _ l: Language) -> [String] {
        guard !concepts.isEmpty else { return [] }
        var out = ["", l.text("report.concepts", ["window": Mastery.window])]
        for kind in ConceptKind.allCases {
            guard let mastery = concepts.mastery[kind] else { continue }
            out.append("  " + kind.name(in: l))
            let width = kind.answers.map { kind.name(of: $0, in: l).count }.max() ?? 0
            for answer in kind.answers {
                guard let value = mastery[answer] else { continue }
                let percent = "\(Int((value * 100).rounded()))%".leftPadding(4)
                out.append("    \(kind.name(of: answer, in: l).padding(width))  \(bar(value, width: 20))  \(percent)")
            }
        }
        for kind in ConceptProgress.matrixKinds {
            guard let confusion = concepts.confusion[kind] else { continue }
            out.append("")
            out.append(l.text("report.conceptConfusion", ["kind": kind.name(in: l)]))
            let width = kind.answers.map { kind.name(of: $0, in: l).count }.max() ?? 0
            let head = kind.answers.map { String(kind.name(of: $0, in: l).prefix(3)).leftPadding(5) }.joined()
            out.append("    \("".padding(width))\(head)    ?")
            for truth in kind.answers {
                guard let row = confusion[truth] else { continue }
                let cells = kind.answers.map { (row[$0].map(String.init) ?? "·").leftPadding(5) }.joined()
                out.append("    \(kind.name(of: truth, in: l).padding(width))\(cells)\((row[""].map(String.init) ?? "·").leftPadding(5))")
            }
        }
        return out
    }

    private static func days(_ seconds: Double) -> Int {
        max(1, Int((seconds / SpacedRepetition.day).rounded(.up)))
    }
}

/// Calendar text for timestamps, without Foundation (the core does no I/O and needs no locale).
public enum DateText {
    /// `YYYY-MM-DD HH:MM` in UTC.
    public static func utc(_ seconds: Double) -> String {
        let (date, time) = parts(seconds)
        return "\(date.year)-\(two(date.month))-\(two(date.day)) \(two(time / 3600)):\(two(time % 3600 / 60))"
    }

    /// ISO 8601 in UTC with milliseconds: `YYYY-MM-DDTHH:MM:SS.sssZ`.
    public static func iso8601(_ seconds: Double) -> String {
        let (date, time) = parts(seconds)
        let millis = Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down))
        let ms = String(millis).leftPadding(3, with: "0")
        return "\(date.year)-\(two(date.month))-\(two(date.day))T\(two(time / 3600)):\(two(time % 3600 / 60)):\(two(time % 60)).\(ms)Z"
    }

    /// An ISO 8601 duration such as `PT1M2.5S`.
    public static func duration(_ seconds: Double) -> String {
        let totalMillis = Int((max(0, seconds) * 1000).rounded())
        let hours = totalMillis / 3_600_000
        let minutes = totalMillis % 3_600_000 / 60_000
        let millis = totalMillis % 60_000
        var out = "PT"
        if hours > 0 { out += "\(hours)H" }
        if minutes > 0 { out += "\(minutes)M" }
        if millis > 0 || (hours == 0 && minutes == 0) {
            out += millis % 1000 == 0 ? "\(millis / 1000)S" : "\(millis / 1000).\(String(millis % 1000).leftPadding(3, with: "0").trimmingTrailingZeros)S"
        }
        return out
    }

    private static func two(_ n: Int) -> String { String(n).leftPadding(2, with: "0") }

    /// Civil date from days since 1970 (Howard Hinnant's algorithm) and seconds into the day.
    private static func parts(_ seconds: Double) -> (date: (year: Int, month: Int, day: Int), time: Int) {
        let whole = Int(seconds.rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let time = whole - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return ((year, month, day), time)
    }
}

extension String {
    /// Pads with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Pads on the left to `width` characters.
    func leftPadding(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    /// Cuts to `width` characters, ending in an ellipsis when cut.
    func truncated(_ width: Int) -> String {
        count <= width ? self : String(prefix(width - 1)) + "…"
    }

    /// Drops trailing zeros ("500" → "5").
    var trimmingTrailingZeros: String {
        var s = self
        while s.count > 1 && s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
