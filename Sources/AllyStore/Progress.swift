import AllyCore
import GRDB

extension Store {
    /// Concept mastery (the last ``Mastery/window`` credits of each right answer) and how often each
    /// answer was given for it, counted by SQLite rather than loaded whole.
    static func conceptProgress(_ traineeID: Int64, _ db: Database) throws -> ConceptProgress {
        var credits: [ConceptKind: [String: [Double]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT kind, truth, credit FROM (
                SELECT kind, truth, credit, ROW_NUMBER() OVER (PARTITION BY kind, truth ORDER BY time DESC, id DESC) AS recency
                FROM conceptAnswer WHERE traineeID = ?)
            WHERE recency <= \(Mastery.window)
            """, arguments: [traineeID]) {
            guard let kind = ConceptKind(rawValue: row["kind"]) else { continue }
            credits[kind, default: [:]][row["truth"] as String, default: []].append(row["credit"])
        }
        var confusion: [ConceptKind: [String: [String: Int]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT kind, truth, COALESCE(chosen, '') AS chosen, COUNT(*) AS count FROM conceptAnswer
            WHERE traineeID = ? GROUP BY kind, truth, COALESCE(chosen, '')
            """, arguments: [traineeID]) {
            guard let kind = ConceptKind(rawValue: row["kind"]) else { continue }
            confusion[kind, default: [:]][row["truth"] as String, default: [:]][row["chosen"] as String] = row["count"]
        }
        return ConceptProgress(
            mastery: credits.mapValues { $0.mapValues { $0.reduce(0, +) / Double($0.count) } }, confusion: confusion)
    }

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
                trend: trend, finishedCount: finished, recent: recent, now: now,
                concepts: try Self.conceptProgress(traineeID, db))
        }
    }
}
