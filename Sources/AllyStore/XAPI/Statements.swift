import AllyCore
import AllyXAPI
import GRDB

extension Store {
    /// The statements of every finished, scored attempt (of `trainee`, or everyone's), oldest first.
    public func statements(trainee: String? = nil, settings: XAPISettings) throws(StoreError) -> [(attempt: AttemptID, statement: XAPIStatement)] {
        try read { db in
            let sql = """
                SELECT \(Self.summaryColumns), attempt.uuid, attempt.language \(Self.summaryJoin)
                WHERE result.total IS NOT NULL \(trainee == nil ? "" : "AND trainee.name = ?") ORDER BY attempt.id
                """
            let rows = try Row.fetchAll(db, sql: sql, arguments: trainee.map { [$0] } ?? [])
            return rows.compactMap { row in
                let summary = Self.summary(row)
                let language = (row["language"] as String?).flatMap(Language.init(rawValue:))
                return XAPIStatement(attempt: summary, uuid: row["uuid"], language: language, settings: settings)
                    .map { (summary.id, $0) }
            }
        }
    }
}
