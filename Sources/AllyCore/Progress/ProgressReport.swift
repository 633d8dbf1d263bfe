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
