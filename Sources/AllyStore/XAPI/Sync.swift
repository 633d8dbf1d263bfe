import AllyCore
import AllyXAPI
import Foundation
import GRDB

/// What one `ally sync` did.
public struct SyncReport: Sendable, Equatable {
    /// A statement the LRS refused, with its reason.
    public struct Rejection: Sendable, Equatable {
        /// The attempt or live run it reports.
        public var source: XAPISource
        /// The statement's id.
        public var statementID: String
        /// The LRS's reason.
        public var reason: String
    }

    /// Statements the LRS accepted this time.
    public var accepted = 0
    /// Statements it had accepted before (not sent again).
    public var alreadyAccepted = 0
    /// Statements it refused.
    public var rejected: [Rejection] = []
    /// Statements not sent or not accepted, still queued for the next sync.
    public var queued = 0
    /// Why the sync stopped early (LRS unreachable, credentials refused, server error), if it did.
    public var stopped: Localized?

    /// A summary for the terminal in English.
    public var summary: String { summary(in: .en) }

    /// A summary for the terminal: what was sent, what failed and why, what to do, in `language`.
    public func summary(in language: Language) -> String {
        var lines = [language.text("sync.summary", ["accepted": accepted, "already": alreadyAccepted, "rejected": rejected.count, "queued": queued])]
        for rejection in rejected {
            switch rejection.source {
            case .attempt(let attempt):
                lines.append(language.text("sync.rejected", ["attempt": attempt, "statement": rejection.statementID, "reason": rejection.reason]))
            case .live(let run):
                lines.append(language.text("sync.rejectedLive", ["run": run, "statement": rejection.statementID, "reason": rejection.reason]))
            }
        }
        if let stopped {
            lines.append(language.text("sync.stopped", ["why": stopped(language), "queued": queued]))
        }
        return lines.joined(separator: "\n")
    }
}

extension Store {
    /// The ids of the statements `endpoint` has accepted.
    public func acceptedStatements(at endpoint: LRSEndpoint) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT statementID FROM xapiAccepted WHERE endpoint = ?",
                                    arguments: [endpoint.statements.absoluteString]))
        }
    }

    /// Forgets what `endpoint` accepted, so that the next sync sends everything again (after the LRS
    /// lost its data); the stable ids keep an LRS that still has them from duplicating any.
    public func forgetAcceptances(at endpoint: LRSEndpoint) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM xapiAccepted WHERE endpoint = ?", arguments: [endpoint.statements.absoluteString])
        }
    }

    /// Records that `endpoint` accepted these statements (committed before the next batch is sent); a
    /// live answer's has no attempt.
    func markAccepted(_ items: [(source: XAPISource, statement: XAPIStatement)], at endpoint: LRSEndpoint) throws(StoreError) {
        try write { db in
            for item in items {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO xapiAccepted (statementID, endpoint, attemptID, acceptedAt) VALUES (?, ?, ?, ?)",
                    arguments: [item.statement.id, endpoint.statements.absoluteString, item.source.attempt, Store.now()])
            }
        }
    }

    /// Sends every statement `endpoint` has not accepted yet (the attempts' and the settled live
    /// answers', see ``statements(trainee:settings:)``), in batches, recording what it accepts.
    ///
    /// Statement ids are stable, so sending one twice never duplicates it. A batch the LRS refuses
    /// is retried statement by statement (PUT) to find the culprit and keep its reason. An
    /// unreachable LRS, refused credentials or a server error stop the sync with everything unsent
    /// still queued.
    public func sync(
        to endpoint: LRSEndpoint, transport: any LRSTransport, trainee: String? = nil,
        settings: XAPISettings, batchSize: Int = 50
    ) throws(StoreError) -> SyncReport {
        let all = try statements(trainee: trainee, settings: settings)
        let accepted = try acceptedStatements(at: endpoint)
        let pending = all.filter { !accepted.contains($0.statement.id) }
        var report = SyncReport(alreadyAccepted: all.count - pending.count)
        var index = 0
        while index < pending.count {
            let batch = Array(pending[index..<min(pending.count, index + batchSize)])
            let body = Data("[".utf8) + batch.map { $0.statement.json() }.joined(separator: Data(",".utf8)) + Data("]".utf8)
            let response: LRSResponse
            do {
                response = try transport.send(LRSRequest(method: "POST", url: endpoint.statements, body: body), to: endpoint)
            } catch let fault as LRSHelperFault {
                report.stopped = Self.localFault(fault)
                break
            } catch {
                report.stopped = Localized("sync.unreachable", ["url": endpoint.statements.absoluteString, "error": "\(error)"])
                break
            }
            switch response.status {
            case 200...299:
                try markAccepted(batch, at: endpoint)
                report.accepted += batch.count
            case 401, 403:
                report.stopped = Localized("sync.refused", ["status": response.status, "reason": response.reason])
            case 404:
                report.stopped = Localized("sync.notFound", ["url": endpoint.statements.absoluteString])
            case 400...499:
                // One statement may spoil the batch: send them one at a time to keep the good ones
                // and name the bad one.
                for item in batch {
                    if let stop = try putOne(item, to: endpoint, transport: transport, report: &report) {
                        report.stopped = stop
                        break
                    }
                }
            default:
                report.stopped = Localized("sync.failed", ["status": response.status, "reason": response.reason])
            }
            if report.stopped != nil { break }
            index += batch.count
        }
        let nowAccepted = try acceptedStatements(at: endpoint)
        report.queued = all.filter { !nowAccepted.contains($0.statement.id) }.count
        return report
    }

    /// Why a sync stopped when the HTTP helper failed: a fault on this machine, not the LRS's.
    static func localFault(_ fault: LRSHelperFault) -> Localized {
        Localized("sync.localFault", ["fault": fault.text])
    }

    /// PUTs one statement under its id; returns a reason to stop the whole sync, if any.
    private func putOne(
        _ item: (source: XAPISource, statement: XAPIStatement), to endpoint: LRSEndpoint,
        transport: any LRSTransport, report: inout SyncReport
    ) throws(StoreError) -> Localized? {
        var components = URLComponents(url: endpoint.statements, resolvingAgainstBaseURL: false)!
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "statementId", value: item.statement.id)]
        let response: LRSResponse
        do {
            response = try transport.send(LRSRequest(method: "PUT", url: components.url!, body: item.statement.json()), to: endpoint)
        } catch let fault as LRSHelperFault {
            return Self.localFault(fault)
        } catch {
            return Localized("sync.unreachable", ["url": endpoint.statements.absoluteString, "error": "\(error)"])
        }
        switch response.status {
        case 200...299:
            try markAccepted([item], at: endpoint)
            report.accepted += 1
        case 401, 403:
            return Localized("sync.refused", ["status": response.status, "reason": response.reason])
        case 400...499:
            report.rejected.append(.init(source: item.source, statementID: item.statement.id,
                                         reason: "HTTP \(response.status): \(response.reason)"))
        default:
            return Localized("sync.failed", ["status": response.status, "reason": response.reason])
        }
        return nil
    }
}
