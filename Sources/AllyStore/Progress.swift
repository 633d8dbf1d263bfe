import AllyCore
import GRDB

extension Store {
    /// The trainee's progress report, at a cost that hardly grows with the history: the Leitner cards
    /// and confusion counts are kept up to date with every answer, mastery reads the last answers of
    /// each type through an index, and only the latest scores and attempts are read.
    public func progress(trainee: String, now: Double) throws(StoreError) -> ProgressReport {
        try read { db in
            guard let traineeID = try Int64.fetchOne(db, sql: "SELECT id FROM trainee WHERE name = ?", arguments: [trainee]) else {
                return ProgressReport(trainee: trainee, answers: [], attempts: [], now: now)
            }
            var matrix = ConfusionMatrix()
            for row in try Row.fetchAll(db, sql: "SELECT truth, named, count FROM confusion WHERE traineeID = ?", arguments: [traineeID]) {
                guard let truth = CustomerType(rawValue: row["truth"]) else { continue }
                matrix.add(truth: truth, named: CustomerType(rawValue: row["named"]), count: row["count"])
            }
            var cards = SpacedRepetition.cards([])
            for row in try Row.fetchAll(db, sql: "SELECT truth, box, lastSeen, dueAt FROM leitner WHERE traineeID = ?", arguments: [traineeID]) {
                guard let truth = CustomerType(rawValue: row["truth"]) else { continue }
                cards[truth] = LeitnerCard(box: row["box"], lastSeen: row["lastSeen"], dueAt: row["dueAt"])
            }
            var recentAnswers: [Answer] = []
            for truth in CustomerType.allCases {
                recentAnswers += try Row.fetchAll(db, sql: """
                    SELECT named, credit, time FROM answer WHERE traineeID = ? AND question = 'identify' AND truth = ?
                    ORDER BY time DESC, id DESC LIMIT \(Mastery.window)
                    """, arguments: [traineeID, truth.rawValue]).map { row in
                    Answer(question: .identify, truth: truth, named: (row["named"] as String?).flatMap(CustomerType.init(rawValue:)),
                           credit: row["credit"], time: row["time"])
                }
            }
            // The latest scored attempts (by start, through the trainee index), shown in finishing order.
            let trend = try Row.fetchAll(db, sql: """
                SELECT result.total, result.finishedAt FROM attempt JOIN result ON result.attemptID = attempt.id
                WHERE attempt.traineeID = ? AND result.total IS NOT NULL
                ORDER BY attempt.startedAt DESC, attempt.id DESC LIMIT \(ProgressReport.trendLength)
                """, arguments: [traineeID])
                .map { (total: $0["total"] as Int, finishedAt: $0["finishedAt"] as Double) }
                .sorted { $0.finishedAt < $1.finishedAt }.map(\.total)
            let finished = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM attempt JOIN result ON result.attemptID = attempt.id
                WHERE attempt.traineeID = ? AND result.total IS NOT NULL
                """, arguments: [traineeID]) ?? 0
            let recent = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) \(Self.summaryJoin) WHERE attempt.traineeID = ?
                ORDER BY attempt.startedAt DESC, attempt.id DESC LIMIT \(ProgressReport.recentCount)
                """, arguments: [traineeID]).map(Self.summary)
            return ProgressReport(
                trainee: trainee, recentIdentifications: recentAnswers, matrix: matrix, cards: cards,
                trend: trend, finishedCount: finished, recent: recent, now: now)
        }
    }
}
