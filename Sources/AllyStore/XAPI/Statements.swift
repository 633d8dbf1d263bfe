import AllyCore
import AllyXAPI
import GRDB

extension Store {
    /// The xAPI statements of every attempt (of `trainee`, or everyone's), oldest attempt first,
    /// each attempt's in order (see ``XAPIStatement/statements(for:settings:)``).
    public func statements(trainee: String? = nil, settings: XAPISettings) throws(StoreError) -> [(attempt: AttemptID, statement: XAPIStatement)] {
        try xapiAttempts(trainee: trainee).flatMap { attempt in
            XAPIStatement.statements(for: attempt, settings: settings).map { (attempt.summary.id, $0) }
        }
    }

    /// What the statements of each attempt are made from.
    func xapiAttempts(trainee: String?) throws(StoreError) -> [XAPIAttempt] {
        try read { db in
            let filter = trainee == nil ? "" : "WHERE trainee.name = ?"
            let arguments: StatementArguments = trainee.map { [$0] } ?? []
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), attempt.uuid, attempt.language,
                       result.identification, result.strategy, result.conversation, result.outcomeCredit,
                       (SELECT MAX(recordedAt) FROM decision WHERE decision.attemptID = attempt.id) AS lastDecision
                \(Self.summaryJoin) \(filter) ORDER BY attempt.id
                """, arguments: arguments)
            var answers: [AttemptID: [Answer]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT answer.attemptID, answer.question, answer.truth, answer.named, answer.chosen, answer.credit, answer.time
                FROM answer JOIN trainee ON trainee.id = answer.traineeID
                \(filter.isEmpty ? "WHERE" : filter + " AND") answer.attemptID IS NOT NULL ORDER BY answer.id
                """, arguments: arguments) {
                guard let question = Question(rawValue: row["question"]), let truth = CustomerType(rawValue: row["truth"]) else { continue }
                answers[row["attemptID"], default: []].append(Answer(
                    question: question, truth: truth, named: (row["named"] as String?).flatMap(CustomerType.init(rawValue:)),
                    chosen: (row["chosen"] as String?).flatMap(StrategyFamily.init(rawValue:)), credit: row["credit"], time: row["time"]))
            }
            var concepts: [AttemptID: [ConceptAnswer]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT conceptAnswer.attemptID, conceptAnswer.kind, conceptAnswer.truth, conceptAnswer.chosen, conceptAnswer.credit, conceptAnswer.time
                FROM conceptAnswer JOIN trainee ON trainee.id = conceptAnswer.traineeID
                \(filter.isEmpty ? "WHERE" : filter + " AND") conceptAnswer.attemptID IS NOT NULL ORDER BY conceptAnswer.id
                """, arguments: arguments) {
                guard let kind = ConceptKind(rawValue: row["kind"]) else { continue }
                concepts[row["attemptID"], default: []].append(ConceptAnswer(
                    kind: kind, truth: row["truth"], chosen: row["chosen"], credit: row["credit"], time: row["time"]))
            }
            return rows.map { row in
                let summary = Self.summary(row)
                return XAPIAttempt(
                    summary: summary, uuid: row["uuid"], language: (row["language"] as String?).flatMap(Language.init(rawValue:)),
                    parts: Self.parts(row), answers: answers[summary.id] ?? [], conceptAnswers: concepts[summary.id] ?? [],
                    lastActivity: row["lastDecision"] ?? summary.startedAt)
            }
        }
    }
}
