import AllyCore
import AllyXAPI
import Foundation
import GRDB
import Testing
@testable import AllyStore
import AllyTestSupport

/// A store written by the first schema version (frozen here as it shipped) opens, migrates and keeps everything.
@Suite struct MigrationTests {
    /// The first schema exactly as version 1 wrote it, with GRDB's bookkeeping table.
    static let firstVersion = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES ('v1');
        CREATE TABLE trainee (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, createdAt DOUBLE NOT NULL);
        CREATE TABLE attempt (id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
            traineeID INTEGER NOT NULL REFERENCES trainee(id), scenarioID TEXT NOT NULL, contentHash TEXT NOT NULL,
            source TEXT NOT NULL, startedAt DOUBLE NOT NULL);
        CREATE TABLE decision (attemptID INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
            event TEXT NOT NULL, recordedAt DOUBLE NOT NULL, PRIMARY KEY (attemptID, seq)) WITHOUT ROWID;
        CREATE TABLE result (attemptID INTEGER PRIMARY KEY REFERENCES attempt(id) ON DELETE CASCADE, identification DOUBLE,
            strategy DOUBLE, conversation DOUBLE, outcomeCredit DOUBLE, total INTEGER, outcome TEXT, seconds DOUBLE NOT NULL,
            finishedAt DOUBLE NOT NULL);
        CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        PRAGMA user_version = 1;
        INSERT INTO trainee VALUES (1, 'anna', 1700000000);
        INSERT INTO attempt VALUES (1, 'b7d1c0de-0000-4000-8000-000000000001', 1, 'desk-en', 'h1', 'id: desk-en', 1700000000);
        INSERT INTO decision VALUES (1, 0, '{"decision":{"identify":{"_0":"hostage"}},"seconds":3}', 1700000003);
        INSERT INTO decision VALUES (1, 1, '{"decision":{"strategy":{"_0":"harness-negative-energy"}},"seconds":2}', 1700000005);
        INSERT INTO attempt VALUES (2, 'b7d1c0de-0000-4000-8000-000000000002', 1, 'desk-en', 'h1', 'id: desk-en', 1700000100);
        INSERT INTO result VALUES (2, 1, 1, 1, 1, 100, 'delighted', 10.5, 1700000200);
        INSERT INTO preference VALUES ('traineeName', 'anna');
        """

    @Test func theV1SQLMatchesTheFrozenCopy() {
        // Released migrations are never edited: the shipped v1 statements stay in the frozen fixture.
        let normalise = { (s: String) in String(s.filter { !$0.isWhitespace }) }
        let statements = Schema.v1.split(separator: ";").map { normalise(String($0)) }.filter { !$0.isEmpty }
        #expect(statements.count == 6)
        for statement in statements {
            #expect(normalise(Self.firstVersion).contains(statement))
        }
    }

    @Test func aFirstVersionStoreOpensAndKeepsEverything() throws {
        let path = try temporaryFolder().path + "/v1.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: Self.firstVersion) }
        try queue.close()

        let store = try Store.open(path: path)
        let version = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == Schema.version)
        #expect(try store.decisions(of: 1) == [TimedDecision(.identify(.hostage), seconds: 3),
                                                TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2)])
        #expect(try store.unfinishedAttempt(trainee: "anna")?.id == 1)
        let finished = try #require(try store.attempts(trainee: "anna").last)
        #expect(finished.total == 100)
        #expect(finished.outcome == .delighted)
        #expect(finished.title == nil)
        #expect(try store.preferences().traineeName == "anna")
        // The migrated store takes new work.
        try store.append(TimedDecision(.reply(0), seconds: 4), to: 1, at: 2)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aVersion6StoreKeepsWhatTheLRSAcceptedAndThenTakesALiveAnswersAcceptance() throws {
        let path = try temporaryFolder().path + "/v6.sqlite"
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v6")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO trainee VALUES (1, 'anna', 1700000000);
                INSERT INTO attempt (id, uuid, traineeID, scenarioID, contentHash, source, startedAt)
                    VALUES (1, 'b7d1c0de-0000-4000-8000-000000000001', 1, 'desk-en', 'h1', 'id: desk-en', 1700000000);
                INSERT INTO xapiAccepted VALUES ('s-1', 'https://lrs.example/xAPI/statements', 1, 1700000300);
                """)
            #expect(throws: (any Error).self, "version 6 wants an attempt for every acceptance") {
                try db.execute(sql: "INSERT INTO xapiAccepted VALUES ('s-live', 'https://lrs.example/xAPI/statements', NULL, 1)")
            }
        }
        try queue.close()

        let store = try Store.open(path: path)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 7)
        let endpoint = try #require(LRSEndpoint(url: "https://lrs.example/xAPI", user: "u", password: "p"))
        #expect(try store.acceptedStatements(at: endpoint) == ["s-1"])
        try store.write { db in
            try db.execute(sql: "INSERT INTO xapiAccepted VALUES ('s-live', 'https://lrs.example/xAPI/statements', NULL, 1700000400)")
        }
        #expect(try store.acceptedStatements(at: endpoint) == ["s-1", "s-live"])
        // An attempt's acceptances still go with it; a live answer's stay.
        try store.write { db in try db.execute(sql: "DELETE FROM attempt WHERE id = 1") }
        #expect(try store.acceptedStatements(at: endpoint) == ["s-live"])
        #expect(try store.integrityCheck() == "ok")
    }
}
