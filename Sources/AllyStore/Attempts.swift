import AllyCore
import Foundation
import GRDB

/// An attempt as stored: what was played, against which text, and its event log.
public struct StoredAttempt: Sendable, Equatable {
    /// The row of the history (id, trainee, scenario, times, score).
    public var summary: AttemptSummary
    /// A stable unique id, used for xAPI statement ids.
    public var uuid: String
    /// The hash of the scenario text it was played against.
    public var contentHash: String
    /// The scenario text (YAML source) it was played against: replays stay exact after edits.
    public var source: String
    /// The scenario's language, when known.
    public var language: Language?
    /// The event log: every decision, in order.
    public var decisions: [TimedDecision]
    /// When each decision was committed, in seconds since 1970 (parallel to ``decisions``).
    public var recordedAt: [Double]
    /// The score parts (identification, strategy, conversation, outcome credit), when scored.
    public var parts: [ScorePart: Double]
    /// How the attempt was played: the seed of its reply order, and whether time limits were off.
    public var play: PlaySettings = PlaySettings()

    /// The attempt's id.
    public var id: AttemptID { summary.id }

    /// When the conversation reached the step it stands at, in seconds since 1970: when the last
    /// reply or timeout was committed; on the first step, when its first decision was committed
    /// less the time the trainee thought about it (the attempt is only stored from that decision
    /// on). A step's time limit counts from here, and keeps counting while Ally is down, as a
    /// waiting customer would.
    public var stepEnteredAt: Double {
        let moves = decisions.indices.filter { index in
            switch decisions[index].decision {
            case .reply, .timeOut: index < recordedAt.count
            default: false
            }
        }
        if let last = moves.last { return recordedAt[last] }
        return (recordedAt.first ?? summary.startedAt) - (decisions.first?.seconds ?? 0)
    }
}

/// What a finished attempt earned, as the store keeps it.
public struct AttemptResult: Sendable, Equatable {
    /// Credit per part, -1...1; absent when the scenario did not test the part or the trainee gave up.
    public var parts: [ScorePart: Double]
    /// The total 0...100; nil when the trainee gave up.
    public var total: Int?
    /// The outcome reached; nil when the trainee gave up.
    public var outcome: Outcome?
    /// Seconds spent deciding.
    public var seconds: Double
    /// The identify and strategy answers given, for progress.
    public var answers: [Answer]
    /// The concept answers given, for concept mastery.
    public var conceptAnswers: [ConceptAnswer]

    /// Creates a result.
    public init(
        parts: [ScorePart: Double] = [:], total: Int?, outcome: Outcome?, seconds: Double, answers: [Answer] = [],
        conceptAnswers: [ConceptAnswer] = []
    ) {
        self.parts = parts
        self.total = total
        self.outcome = outcome
        self.seconds = seconds
        self.answers = answers
        self.conceptAnswers = conceptAnswers
    }

    /// The result of a finished (ended or given-up) play state.
    public init(_ state: PlayState, in scenario: Scenario, weights: ScoringWeights = .standard, time: Double) {
        let score = Score(state, in: scenario, weights: weights)
        var parts: [ScorePart: Double] = [:]
        for part in score?.parts ?? [] {
            if let value = part.value { parts[part.part] = value }
        }
        self.init(
            parts: parts, total: score?.total, outcome: state.outcome,
            seconds: state.record.map(\.seconds).reduce(0, +), answers: Answer.answers(in: state, time: time),
            conceptAnswers: ConceptAnswer.answers(in: state, scenario: scenario, time: time))
    }
}

extension Store {
    /// The id of the trainee called `name`, created on first use.
    @discardableResult
    public func trainee(_ name: String) throws(StoreError) -> Int64 {
        try write { db in try Self.traineeID(name, db) }
    }

    static func traineeID(_ name: String, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM trainee WHERE name = ?", arguments: [name]) {
            return id
        }
        try db.execute(sql: "INSERT INTO trainee (name, createdAt) VALUES (?, ?)", arguments: [name, Store.now()])
        return db.lastInsertedRowID
    }

    /// The names of all trainees, alphabetically.
    public func trainees() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM trainee ORDER BY name") }
    }

    /// Starts an attempt of `trainee` at a scenario, keeping the text it is played against.
    public func startAttempt(
        trainee: String, scenarioID: String, contentHash: String, source: String,
        title: String? = nil, language: Language? = nil, customerType: CustomerType? = nil, play: PlaySettings = PlaySettings()
    ) throws(StoreError) -> AttemptID {
        try write { db in
            let traineeID = try Self.traineeID(trainee, db)
            try db.execute(
                sql: """
                    INSERT INTO attempt (uuid, traineeID, scenarioID, contentHash, source, startedAt, title, language, customerType, replyOrder, untimed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [UUID().uuidString.lowercased(), traineeID, scenarioID, contentHash, source, Store.now(),
                            title, language?.rawValue, customerType?.rawValue, Int64(bitPattern: play.replyOrder), play.untimed])
            return db.lastInsertedRowID
        }
    }

    /// Starts an attempt at `scenario`, played against `source` (its YAML text).
    public func startAttempt(
        trainee: String, scenario: Scenario, contentHash: String, source: String, play: PlaySettings = PlaySettings()
    ) throws(StoreError) -> AttemptID {
        try startAttempt(
            trainee: trainee, scenarioID: scenario.id, contentHash: contentHash, source: source,
            title: scenario.title, language: scenario.language, customerType: scenario.customer.type, play: play)
    }

    /// Appends one decision to the attempt's event log, committed and synced before it returns.
    ///
    /// With `index` (the number of decisions this terminal believes the log holds), a log that
    /// another terminal extended meanwhile is refused with ``StoreError/conflict(attempt:expected:found:)``
    /// instead of interleaving two plays.
    public func append(_ decision: TimedDecision, to attempt: AttemptID, at index: Int? = nil) throws(StoreError) {
        let event: String
        do {
            event = String(decoding: try JSONEncoder().encode(decision), as: UTF8.self)
        } catch {
            throw .other(path: path, reason: "cannot encode \(decision): \(error)")
        }
        try write { db in
            try Self.requireOpen(attempt, db)
            // Sequence numbers run 0, 1, 2… without gaps, so the next is the highest + 1: a lookup in the
            // primary key, where counting the rows made every decision of a long play slower than the last.
            let count = try Int.fetchOne(
                db, sql: "SELECT COALESCE(MAX(seq) + 1, 0) FROM decision WHERE attemptID = ?", arguments: [attempt]) ?? 0
            if let index, index != count {
                throw StoreError.conflict(attempt: attempt, expected: index, found: count)
            }
            try db.execute(
                sql: "INSERT INTO decision (attemptID, seq, event, recordedAt) VALUES (?, ?, ?, ?)",
                arguments: [attempt, count, event, Store.now()])
        }
    }

    private static func requireOpen(_ attempt: AttemptID, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM attempt WHERE id = ?", arguments: [attempt]) != nil else {
            throw StoreError.noSuchAttempt(attempt)
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM result WHERE attemptID = ?", arguments: [attempt]) != nil {
            throw StoreError.attemptFinished(attempt)
        }
    }

    /// The attempt's event log, in order.
    public func decisions(of attempt: AttemptID) throws(StoreError) -> [TimedDecision] {
        try read { db in try Self.decisions(attempt, db) }
    }

    static func decisions(_ attempt: AttemptID, _ db: Database) throws -> [TimedDecision] {
        let decoder = JSONDecoder()
        return try String.fetchAll(db, sql: "SELECT event FROM decision WHERE attemptID = ? ORDER BY seq", arguments: [attempt])
            .map { try decoder.decode(TimedDecision.self, from: Data($0.utf8)) }
    }

    /// Records the attempt's result (and its answers for progress); the attempt takes no more decisions.
    public func finish(_ attempt: AttemptID, result: AttemptResult) throws(StoreError) {
        try write { db in
            try Self.requireOpen(attempt, db)
            let finishedAt = Store.now()
            try db.execute(
                sql: """
                    INSERT INTO result (attemptID, identification, strategy, conversation, outcomeCredit, total, outcome, seconds, finishedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [attempt, result.parts[.identification], result.parts[.strategy], result.parts[.conversation],
                            result.parts[.outcome], result.total, result.outcome?.rawValue, result.seconds, finishedAt])
            let row = try Row.fetchOne(db, sql: "SELECT traineeID, scenarioID FROM attempt WHERE id = ?", arguments: [attempt])!
            for answer in result.answers {
                try Self.insert(answer, trainee: row["traineeID"], attempt: attempt, scenarioID: row["scenarioID"], db)
            }
            for answer in result.conceptAnswers {
                try Self.insert(answer, trainee: row["traineeID"], attempt: attempt, scenarioID: row["scenarioID"], db)
            }
        }
    }

    /// Stores one concept answer, from an attempt or (attempt nil) a drill.
    static func insert(_ answer: ConceptAnswer, trainee: Int64, attempt: AttemptID?, scenarioID: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO conceptAnswer (traineeID, attemptID, scenarioID, kind, truth, chosen, credit, time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [trainee, attempt, scenarioID, answer.kind.rawValue, answer.truth, answer.chosen, answer.credit, answer.time])
    }

    /// Finishes the attempt from its final play state.
    public func finish(
        _ attempt: AttemptID, state: PlayState, in scenario: Scenario, weights: ScoringWeights = .standard
    ) throws(StoreError) {
        try finish(attempt, result: AttemptResult(state, in: scenario, weights: weights, time: Store.now()))
    }

    /// Inserts an answer and, for an identify answer, folds it into the trainee's Leitner card and
    /// confusion counts in the same transaction (with the core's own rule, ``SpacedRepetition/next(_:after:)``).
    static func insert(_ answer: Answer, trainee: Int64, attempt: AttemptID?, scenarioID: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO answer (traineeID, attemptID, scenarioID, question, truth, named, chosen, credit, time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [trainee, attempt, scenarioID, answer.question.rawValue, answer.truth.rawValue,
                        answer.named?.rawValue, answer.chosen?.rawValue, answer.credit, answer.time])
        guard answer.question == .identify else { return }
        let row = try Row.fetchOne(db, sql: "SELECT box, lastSeen, dueAt FROM leitner WHERE traineeID = ? AND truth = ?",
                                   arguments: [trainee, answer.truth.rawValue])
        let card = row.map { LeitnerCard(box: $0["box"], lastSeen: $0["lastSeen"], dueAt: $0["dueAt"]) }
            ?? SpacedRepetition.cards([])[answer.truth]!
        let next = SpacedRepetition.next(card, after: answer)
        try db.execute(
            sql: "INSERT OR REPLACE INTO leitner (traineeID, truth, box, lastSeen, dueAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [trainee, answer.truth.rawValue, next.box, next.lastSeen, next.dueAt])
        try db.execute(
            sql: """
                INSERT INTO confusion (traineeID, truth, named, count) VALUES (?, ?, ?, 1)
                ON CONFLICT (traineeID, truth, named) DO UPDATE SET count = count + 1
                """,
            arguments: [trainee, answer.truth.rawValue, answer.named?.rawValue ?? ""])
    }

    /// Records drill answers (no attempt): they count for mastery and spaced repetition.
    public func recordDrill(trainee: String, scenarioID: String, answers: [Answer]) throws(StoreError) {
        try write { db in
            let id = try Self.traineeID(trainee, db)
            for answer in answers {
                try Self.insert(answer, trainee: id, attempt: nil, scenarioID: scenarioID, db)
            }
        }
    }

    /// Records a drill round's concept answers (no attempt), committed before it returns.
    public func recordConceptDrill(trainee: String, scenarioID: String, answers: [ConceptAnswer]) throws(StoreError) {
        try write { db in
            let id = try Self.traineeID(trainee, db)
            for answer in answers {
                try Self.insert(answer, trainee: id, attempt: nil, scenarioID: scenarioID, db)
            }
        }
    }

    /// The trainee's latest attempt that neither ended nor was given up, to offer resuming it.
    public func unfinishedAttempt(trainee: String) throws(StoreError) -> StoredAttempt? {
        try read { db in
            let id = try AttemptID.fetchOne(db, sql: """
                SELECT attempt.id FROM attempt JOIN trainee ON trainee.id = attempt.traineeID
                LEFT JOIN result ON result.attemptID = attempt.id
                WHERE trainee.name = ? AND result.attemptID IS NULL
                ORDER BY attempt.startedAt DESC, attempt.id DESC LIMIT 1
                """, arguments: [trainee])
            return try id.flatMap { try Self.attempt($0, db) }
        }
    }

    /// The attempt with `id`, with its event log and source.
    public func attempt(_ id: AttemptID) throws(StoreError) -> StoredAttempt {
        try read { db in
            guard let attempt = try Self.attempt(id, db) else { throw StoreError.noSuchAttempt(id) }
            return attempt
        }
    }

    static let summaryColumns = """
        attempt.id, trainee.name AS trainee, attempt.scenarioID, attempt.title, attempt.customerType,
        attempt.startedAt, result.finishedAt, result.total, result.outcome, result.seconds, attempt.untimed
        """
    static let summaryJoin = """
        FROM attempt JOIN trainee ON trainee.id = attempt.traineeID
        LEFT JOIN result ON result.attemptID = attempt.id
        """

    static func summary(_ row: Row) -> AttemptSummary {
        AttemptSummary(
            id: row["id"], trainee: row["trainee"], scenarioID: row["scenarioID"], title: row["title"],
            customerType: (row["customerType"] as String?).flatMap(CustomerType.init(rawValue:)),
            startedAt: row["startedAt"], finishedAt: row["finishedAt"], total: row["total"],
            outcome: (row["outcome"] as String?).flatMap(Outcome.init(rawValue:)), seconds: row["seconds"] ?? 0,
            untimed: row["untimed"] ?? false)
    }

    static func attempt(_ id: AttemptID, _ db: Database) throws -> StoredAttempt? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(summaryColumns), attempt.uuid, attempt.contentHash, attempt.source, attempt.language,
                   attempt.replyOrder,
                   result.identification, result.strategy, result.conversation, result.outcomeCredit
            \(summaryJoin) WHERE attempt.id = ?
            """, arguments: [id]) else { return nil }
        return StoredAttempt(
            summary: summary(row), uuid: row["uuid"], contentHash: row["contentHash"], source: row["source"],
            language: (row["language"] as String?).flatMap(Language.init(rawValue:)),
            decisions: try decisions(id, db),
            recordedAt: try Double.fetchAll(db, sql: "SELECT recordedAt FROM decision WHERE attemptID = ? ORDER BY seq", arguments: [id]),
            parts: parts(row),
            play: PlaySettings(replyOrder: UInt64(bitPattern: row["replyOrder"] as Int64? ?? 0), untimed: row["untimed"] as Bool? ?? false))
    }

    /// The score parts of a row that holds the result's part columns.
    static func parts(_ row: Row) -> [ScorePart: Double] {
        var parts: [ScorePart: Double] = [:]
        for (part, column) in [(ScorePart.identification, "identification"), (.strategy, "strategy"),
                               (.conversation, "conversation"), (.outcome, "outcomeCredit")] {
            if let value = row[column] as Double? { parts[part] = value }
        }
        return parts
    }

    /// The attempts of `trainee` (everyone's when nil), oldest first.
    public func attempts(trainee: String? = nil) throws(StoreError) -> [AttemptSummary] {
        try read { db in
            let rows: [Row]
            if let trainee {
                rows = try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) \(Self.summaryJoin) WHERE trainee.name = ? ORDER BY attempt.id",
                                        arguments: [trainee])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) \(Self.summaryJoin) ORDER BY attempt.id")
            }
            return rows.map(Self.summary)
        }
    }

    /// The best total of each scenario `trainee` has finished with a score (given-up attempts have none).
    public func bestScores(trainee: String) throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT attempt.scenarioID, MAX(result.total) AS best FROM attempt
                JOIN trainee ON trainee.id = attempt.traineeID JOIN result ON result.attemptID = attempt.id
                WHERE trainee.name = ? AND result.total IS NOT NULL GROUP BY attempt.scenarioID
                """, arguments: [trainee])
            return Dictionary(rows.map { ($0["scenarioID"] as String, $0["best"] as Int) }, uniquingKeysWith: max)
        }
    }

    /// The identify and strategy answers of `trainee`, from attempts and drills, oldest first.
    public func answers(trainee: String) throws(StoreError) -> [Answer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT question, truth, named, chosen, credit, time FROM answer
                JOIN trainee ON trainee.id = answer.traineeID WHERE trainee.name = ? ORDER BY time, answer.id
                """, arguments: [trainee]).compactMap { row in
                guard let question = Question(rawValue: row["question"]),
                      let truth = CustomerType(rawValue: row["truth"]) else { return nil }
                return Answer(
                    question: question, truth: truth,
                    named: (row["named"] as String?).flatMap(CustomerType.init(rawValue:)),
                    chosen: (row["chosen"] as String?).flatMap(StrategyFamily.init(rawValue:)),
                    credit: row["credit"], time: row["time"])
            }
        }
    }

    /// Every concept answer of `trainee`, oldest first (from attempts and drills): what the drill's
    /// spaced repetition starts from.
    public func conceptAnswers(trainee: String) throws(StoreError) -> [ConceptAnswer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, truth, chosen, credit, time FROM conceptAnswer
                JOIN trainee ON trainee.id = conceptAnswer.traineeID WHERE trainee.name = ? ORDER BY time, conceptAnswer.id
                """, arguments: [trainee]).compactMap { row in
                guard let kind = ConceptKind(rawValue: row["kind"]) else { return nil }
                return ConceptAnswer(kind: kind, truth: row["truth"], chosen: row["chosen"], credit: row["credit"], time: row["time"])
            }
        }
    }
}
