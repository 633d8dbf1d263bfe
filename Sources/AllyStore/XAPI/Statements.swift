import AllyCore
import AllyXAPI
import GRDB

/// What an xAPI statement reports: an attempt, or an answer given in a live class run.
public enum XAPISource: Sendable, Hashable {
    /// One of the attempt's statements.
    case attempt(AttemptID)
    /// An answer given in the live run of this id.
    case live(run: String)

    /// The attempt, when the statement reports one.
    public var attempt: AttemptID? {
        if case .attempt(let id) = self { id } else { nil }
    }
}

extension Store {
    /// The xAPI statements of the store (of `trainee`, or everyone's): every attempt's, oldest
    /// attempt first and each attempt's in order (see ``XAPIStatement/statements(for:settings:)``),
    /// then an `answered` for every live answer a reveal settled (see ``liveStatements(trainee:settings:)``).
    public func statements(trainee: String? = nil, settings: XAPISettings) throws(StoreError) -> [(source: XAPISource, statement: XAPIStatement)] {
        let attempts = try xapiAttempts(trainee: trainee).flatMap { attempt in
            XAPIStatement.statements(for: attempt, settings: settings).map { (XAPISource.attempt(attempt.summary.id), $0) }
        }
        return attempts + (try liveStatements(trainee: trainee, settings: settings))
    }

    /// `answered` for every answer of a live class run that its reveal settled (of `trainee`, or
    /// everyone's), in run, question and trainee order, each with its run as the registration. An
    /// answer not yet settled has no credit, and waits.
    public func liveStatements(trainee: String? = nil, settings: XAPISettings) throws(StoreError) -> [(source: XAPISource, statement: XAPIStatement)] {
        try liveAnswers().compactMap { stored in
            guard stored.settled, let credit = stored.credit, trainee == nil || stored.trainee == trainee else { return nil }
            let answer = XAPILiveAnswer(
                run: stored.run, trainee: stored.trainee, scenarioID: stored.scenarioID, round: stored.answer.round,
                stepID: stored.answer.stepID, response: stored.answer.decision.token, correct: stored.correct.map(\.token),
                credit: credit, time: stored.time)
            return (.live(run: stored.run), .liveAnswered(answer, settings: settings))
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
