import AllyCore
import Foundation
import GRDB

/// A trainee's answer to one question of a live class run, as stored.
public struct StoredLiveAnswer: Sendable, Equatable {
    /// The run's registration (one id per live run of a class).
    public var run: String
    /// The trainee's name.
    public var trainee: String
    /// The scenario the class played.
    public var scenarioID: String
    /// The answer: handle-free, question number, step, decision and time taken.
    public var answer: LiveAnswer
    /// When it was given, in seconds since 1970.
    public var time: Double
    /// Whether it has been counted for the trainee's progress (after the reveal).
    public var settled: Bool
    /// The credit it earned, once settled.
    public var credit: Double?
    /// The answers judged right at the reveal, once settled.
    public var correct: [Decision]
}

extension Store {
    /// Stores a trainee's answer to a live question, replacing their earlier answer to the same question;
    /// committed and synced before it returns, so the server hears only of answers that are safe.
    public func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String, time: Double) throws(StoreError) {
        let decision = try Self.encode(answer.decision, path: path)
        try write { db in
            let trainee = try Self.traineeID(answer.handle, db)
            try db.execute(
                sql: """
                    INSERT INTO liveAnswer (runID, traineeID, round, scenarioID, stepID, decision, seconds, time)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (runID, traineeID, round) DO UPDATE SET
                        decision = excluded.decision, seconds = excluded.seconds, time = excluded.time
                    WHERE settled = 0
                    """,
                arguments: [run, trainee, answer.round, scenarioID, answer.stepID, decision, answer.seconds, time])
        }
    }

    /// Counts a revealed live answer for the trainee's progress (mastery, confusion, spaced repetition),
    /// once: settling the same question again changes nothing.
    public func settleLiveAnswer(
        trainee: String, run: String, round: Int, answers: [Answer], concepts: [ConceptAnswer],
        credit: Double? = nil, correct: [Decision] = []
    ) throws(StoreError) {
        let correctJSON = try Self.encode(correct, path: path)
        try write { db in
            let traineeID = try Self.traineeID(trainee, db)
            guard let scenarioID = try String.fetchOne(db, sql: """
                SELECT scenarioID FROM liveAnswer WHERE runID = ? AND traineeID = ? AND round = ? AND settled = 0
                """, arguments: [run, traineeID, round]) else { return }
            try db.execute(sql: "UPDATE liveAnswer SET settled = 1, credit = ?, correct = ? WHERE runID = ? AND traineeID = ? AND round = ?",
                           arguments: [credit, correctJSON, run, traineeID, round])
            for answer in answers {
                try Self.insert(answer, trainee: traineeID, attempt: nil, scenarioID: scenarioID, db)
            }
            for answer in concepts {
                try db.execute(
                    sql: """
                        INSERT INTO conceptAnswer (traineeID, attemptID, scenarioID, kind, truth, chosen, credit, time)
                        VALUES (?, NULL, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [traineeID, scenarioID, answer.kind.rawValue, answer.truth, answer.chosen, answer.credit, answer.time])
            }
        }
    }

    /// The live answers on record, of one run or of every run, in run, question and trainee order.
    public func liveAnswers(run: String? = nil) throws(StoreError) -> [StoredLiveAnswer] {
        try read { db in
            let decoder = JSONDecoder()
            let rows = try Row.fetchAll(db, sql: """
                SELECT liveAnswer.*, trainee.name AS trainee FROM liveAnswer JOIN trainee ON trainee.id = liveAnswer.traineeID
                WHERE ?1 IS NULL OR runID = ?1 ORDER BY runID, round, trainee.name
                """, arguments: [run])
            return try rows.map { row in
                let decision = try decoder.decode(Decision.self, from: Data((row["decision"] as String).utf8))
                let answer = LiveAnswer(handle: row["trainee"], round: row["round"], stepID: row["stepID"],
                                        decision: decision, seconds: row["seconds"])
                let correct = try (row["correct"] as String?).map { try decoder.decode([Decision].self, from: Data($0.utf8)) } ?? []
                return StoredLiveAnswer(run: row["runID"], trainee: row["trainee"], scenarioID: row["scenarioID"],
                                        answer: answer, time: row["time"], settled: row["settled"],
                                        credit: row["credit"], correct: correct)
            }
        }
    }

    private static func encode(_ value: some Encodable, path: String) throws(StoreError) -> String {
        do {
            return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        } catch {
            throw .other(path: path, reason: "cannot encode \(value): \(error)")
        }
    }
}
