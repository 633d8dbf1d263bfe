/// Where a customer type stands in the trainee's Leitner boxes.
public struct LeitnerCard: Sendable, Equatable {
    /// The box, 1 (practise now) to 5 (well known).
    public var box: Int
    /// When the type was last named, in seconds since 1970; nil if never.
    public var lastSeen: Double?
    /// When the type is due again, in seconds since 1970.
    public var dueAt: Double

    /// Creates a card.
    public init(box: Int, lastSeen: Double?, dueAt: Double) {
        self.box = box
        self.lastSeen = lastSeen
        self.dueAt = dueAt
    }

    /// Whether the type is due at `now`.
    public func isDue(at now: Double) -> Bool { dueAt <= now }
}

/// Spaced repetition with a Leitner rule, one card per customer type.
///
/// The rule (for the README): every type starts in box 1. Each time the trainee names a customer of
/// that type (in a scenario or a drill), an exact answer moves the type up one box (at most box 5),
/// a type of the right strategy family (half credit) leaves it where it is, and a wrong answer or no
/// answer sends it back to box 1. A type is due again ``intervals`` after it was last named: box 1 at
/// once, box 2 after 1 day, box 3 after 3 days, box 4 after 7 days, box 5 after 14 days. A type never
/// met is in box 1 and due now.
public enum SpacedRepetition {
    /// The wait before a type in box 1...5 is due again, in days.
    public static let intervals: [Double] = [0, 1, 3, 7, 14]

    /// Seconds in a day.
    public static let day: Double = 86_400

    /// The card of every type after the identify answers in `answers` (in time order).
    public static func cards(_ answers: [Answer]) -> [CustomerType: LeitnerCard] {
        var cards: [CustomerType: LeitnerCard] = [:]
        for type in CustomerType.allCases {
            cards[type] = LeitnerCard(box: 1, lastSeen: nil, dueAt: 0)
        }
        for answer in answers.filter({ $0.question == .identify }).sorted(by: { $0.time < $1.time }) {
            cards[answer.truth] = next(cards[answer.truth]!, after: answer)
        }
        return cards
    }

    /// The card after one more answer about its type.
    public static func next(_ card: LeitnerCard, after answer: Answer) -> LeitnerCard {
        let box = switch answer.judgement {
        case .right: min(intervals.count, card.box + 1)
        case .partlyRight: card.box
        case .wrong, .neutral: 1
        }
        return LeitnerCard(box: box, lastSeen: answer.time, dueAt: answer.time + intervals[box - 1] * day)
    }
}

/// Which types a drill practises: the ones due, and among them the weakest.
public enum DrillSelection {
    /// Up to `count` types out of `available`, most needed first.
    ///
    /// Order: types due now before types not yet due; then the lowest mastery (a type never met
    /// counts as 0); then the lowest Leitner box; then the earliest due; then the position in
    /// `tieBreak` (a drill passes a shuffled order, so a new trainee cannot learn the sequence).
    /// When `count` exceeds the available types, the list starts again from the most needed.
    public static func pick(
        _ count: Int, from available: Set<CustomerType> = Set(CustomerType.allCases), answers: [Answer], now: Double,
        tieBreak: [CustomerType] = CustomerType.allCases
    ) -> [CustomerType] {
        guard count > 0, !available.isEmpty else { return [] }
        let mastery = Mastery.byType(answers)
        let cards = SpacedRepetition.cards(answers)
        let ranked = available.sorted { a, b in
            let ca = cards[a]!, cb = cards[b]!
            let ka = (ca.isDue(at: now) ? 0 : 1, mastery[a] ?? 0, ca.box, ca.dueAt, tieBreak.firstIndex(of: a) ?? a.index)
            let kb = (cb.isDue(at: now) ? 0 : 1, mastery[b] ?? 0, cb.box, cb.dueAt, tieBreak.firstIndex(of: b) ?? b.index)
            return ka < kb
        }
        return (0..<count).map { ranked[$0 % ranked.count] }
    }
}
