import GRDB

/// The store's schema as a list of migrations; a migration, once released, is never edited.
enum Schema {
    /// The schema version this build writes (`PRAGMA user_version`).
    static let version = 7

    /// The first released schema: trainees, attempts with their event logs, results, preferences.
    static let v1 = """
        CREATE TABLE trainee (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            createdAt DOUBLE NOT NULL
        );
        CREATE TABLE attempt (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            scenarioID TEXT NOT NULL,
            contentHash TEXT NOT NULL,
            source TEXT NOT NULL,
            startedAt DOUBLE NOT NULL
        );
        CREATE TABLE decision (
            attemptID INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            event TEXT NOT NULL,
            recordedAt DOUBLE NOT NULL,
            PRIMARY KEY (attemptID, seq)
        ) WITHOUT ROWID;
        CREATE TABLE result (
            attemptID INTEGER PRIMARY KEY REFERENCES attempt(id) ON DELETE CASCADE,
            identification DOUBLE,
            strategy DOUBLE,
            conversation DOUBLE,
            outcomeCredit DOUBLE,
            total INTEGER,
            outcome TEXT,
            seconds DOUBLE NOT NULL,
            finishedAt DOUBLE NOT NULL
        );
        CREATE TABLE preference (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        PRAGMA user_version = 1;
        """

    /// Version 2: what the scenario was (title, language, type) for reports and xAPI; answers for
    /// progress and drills, with their running Leitner cards and confusion counts (kept in step with
    /// every answer, so the progress view costs the same after 100,000 attempts); which xAPI
    /// statements an LRS accepted.
    static let v2 = """
        ALTER TABLE attempt ADD COLUMN title TEXT;
        ALTER TABLE attempt ADD COLUMN language TEXT;
        ALTER TABLE attempt ADD COLUMN customerType TEXT;
        CREATE INDEX attempt_by_trainee ON attempt(traineeID, startedAt);
        CREATE TABLE answer (
            id INTEGER PRIMARY KEY,
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            attemptID INTEGER REFERENCES attempt(id) ON DELETE CASCADE,
            scenarioID TEXT NOT NULL,
            question TEXT NOT NULL,
            truth TEXT NOT NULL,
            named TEXT,
            chosen TEXT,
            credit DOUBLE NOT NULL,
            time DOUBLE NOT NULL
        );
        CREATE INDEX answer_by_trainee ON answer(traineeID, question, truth, time);
        CREATE TABLE leitner (
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            truth TEXT NOT NULL,
            box INTEGER NOT NULL,
            lastSeen DOUBLE,
            dueAt DOUBLE NOT NULL,
            PRIMARY KEY (traineeID, truth)
        ) WITHOUT ROWID;
        CREATE TABLE confusion (
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            truth TEXT NOT NULL,
            named TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (traineeID, truth, named)
        ) WITHOUT ROWID;
        CREATE TABLE xapiAccepted (
            statementID TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            attemptID INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
            acceptedAt DOUBLE NOT NULL,
            PRIMARY KEY (statementID, endpoint)
        ) WITHOUT ROWID;
        PRAGMA user_version = 2;
        """

    /// Version 3: how each attempt was played. `replyOrder` is the seed of the order its replies
    /// were shown in (0: the file's order, as every earlier attempt was shown); `untimed` is 1 when
    /// the trainee turned time limits off.
    static let v3 = """
        ALTER TABLE attempt ADD COLUMN replyOrder INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE attempt ADD COLUMN untimed INTEGER NOT NULL DEFAULT 0;
        PRAGMA user_version = 3;
        """

    /// Version 4: the answers to concept questions (role, gap, handling, measure, dimension), for
    /// concept mastery and the role and gap confusion on the progress screen.
    static let v4 = """
        CREATE TABLE conceptAnswer (
            id INTEGER PRIMARY KEY,
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            attemptID INTEGER REFERENCES attempt(id) ON DELETE CASCADE,
            scenarioID TEXT NOT NULL,
            kind TEXT NOT NULL,
            truth TEXT NOT NULL,
            chosen TEXT,
            credit DOUBLE NOT NULL,
            time DOUBLE NOT NULL
        );
        CREATE INDEX conceptAnswer_by_trainee ON conceptAnswer(traineeID, kind, truth, time);
        PRAGMA user_version = 4;
        """

    /// Version 5: the answers trainees give in live class runs, one per trainee and question (a changed
    /// mind replaces it until the reveal settles it into progress).
    static let v5 = """
        CREATE TABLE liveAnswer (
            runID TEXT NOT NULL,
            traineeID INTEGER NOT NULL REFERENCES trainee(id),
            round INTEGER NOT NULL,
            scenarioID TEXT NOT NULL,
            stepID TEXT NOT NULL,
            decision TEXT NOT NULL,
            seconds DOUBLE NOT NULL,
            time DOUBLE NOT NULL,
            settled INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (runID, traineeID, round)
        ) WITHOUT ROWID;
        PRAGMA user_version = 5;
        """

    /// Version 6: a settled live answer keeps its credit and the answers judged right at the reveal,
    /// so a report can state it (xAPI `answered`) without the class's path.
    static let v6 = """
        ALTER TABLE liveAnswer ADD COLUMN credit DOUBLE;
        ALTER TABLE liveAnswer ADD COLUMN correct TEXT;
        PRAGMA user_version = 6;
        """

    /// Version 7: an LRS's acceptance of a live answer's statement, which belongs to no attempt:
    /// `xapiAccepted.attemptID` may be NULL. (SQLite cannot drop a NOT NULL, so the table is made
    /// again, its rows kept.)
    static let v7 = """
        CREATE TABLE xapiAccepted_v7 (
            statementID TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            attemptID INTEGER REFERENCES attempt(id) ON DELETE CASCADE,
            acceptedAt DOUBLE NOT NULL,
            PRIMARY KEY (statementID, endpoint)
        ) WITHOUT ROWID;
        INSERT INTO xapiAccepted_v7 (statementID, endpoint, attemptID, acceptedAt)
            SELECT statementID, endpoint, attemptID, acceptedAt FROM xapiAccepted;
        DROP TABLE xapiAccepted;
        ALTER TABLE xapiAccepted_v7 RENAME TO xapiAccepted;
        PRAGMA user_version = 7;
        """

    /// The migrator that brings any older store up to ``version``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: v1) }
        migrator.registerMigration("v2") { db in try db.execute(sql: v2) }
        migrator.registerMigration("v3") { db in try db.execute(sql: v3) }
        migrator.registerMigration("v4") { db in try db.execute(sql: v4) }
        migrator.registerMigration("v5") { db in try db.execute(sql: v5) }
        migrator.registerMigration("v6") { db in try db.execute(sql: v6) }
        migrator.registerMigration("v7") { db in try db.execute(sql: v7) }
        return migrator
    }
}
