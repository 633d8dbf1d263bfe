import AllyCore
import Foundation
import GRDB
import Testing
@testable import AllyStore
import AllyTestSupport

/// An unreadable, read-only, corrupt, locked, full or too-new store: a typed error with a clear
/// message, never a crash, never a silent loss.
@Suite struct BadStoreTests {
    @Test func aFolderInsteadOfAFileIsRefusedAndSoIsAFolderUnderAFile() throws {
        let folder = try temporaryFolder().path
        #expect(throws: StoreError.isFolder(path: folder)) {
            try Store.open(path: folder)
        }
        let underAFile = folder + "/file"
        _ = FileManager.default.createFile(atPath: underAFile, contents: Data("x".utf8))
        do {
            _ = try Store.open(path: underAFile + "/ally.sqlite")
            Issue.record("opened a store under a regular file")
        } catch {
            guard case .cannotCreateFolder(_, let folder) = error, folder == underAFile else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains("--store PATH"))
        }
    }

    @Test func garbageIsReportedCorruptAndLeftUntouched() throws {
        let path = try temporaryFolder().path + "/ally.sqlite"
        let garbage = Data(repeating: 0x41, count: 8192)
        _ = FileManager.default.createFile(atPath: path, contents: garbage)
        do {
            _ = try Store.open(path: path)
            Issue.record("opened garbage")
        } catch {
            guard case .corrupt = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains("mv '\(path)' '\(path).broken'"))
        }
        #expect(FileManager.default.contents(atPath: path) == garbage)
    }

    @Test func aStoreFromANewerAllyIsRefusedAndLeftUntouched() throws {
        let store = try freshStore()
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-from-the-future')")
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        #expect(throws: StoreError.newerVersion(path: store.path, unknown: ["v3-from-the-future"])) {
            try Store.open(path: store.path)
        }
        let untouched = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(untouched == 3)
    }

    @Test func aHigherUserVersionAloneIsRefused() throws {
        let store = try freshStore()
        try store.write { db in try db.execute(sql: "PRAGMA user_version = 9") }
        #expect(throws: StoreError.newerVersion(path: store.path, unknown: ["v9"])) { try Store.open(path: store.path) }
    }

    @Test func aLockHeldTooLongIsReportedAndNothingIsLost() throws {
        let store = try freshStore(busyTimeout: 0.2)
        let id = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        try store.append(winning[0], to: id)
        // Another process holding the write lock: a raw connection in an exclusive transaction.
        let release = try holdWriteLock(of: store.path)
        #expect(throws: StoreError.locked(path: store.path, seconds: 0.2)) { try store.append(winning[1], to: id) }
        release()
        try store.append(winning[1], to: id)
        #expect(try store.decisions(of: id) == Array(winning.prefix(2)))
    }

    @Test func aFullDiskLosesNothingAlreadySaved() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        try store.append(winning[0], to: id)
        try store.simulateFullDisk()
        var saved = 1
        var failure: StoreError?
        // Grow until the page cap bites.
        for _ in 0..<10_000 {
            do {
                try store.append(TimedDecision(.reply(0), seconds: 1), to: id)
                saved += 1
            } catch {
                failure = error
                break
            }
        }
        #expect(failure == .diskFull(path: store.path))
        #expect(failure?.description.contains("Free some disk space") == true)
        #expect(failure?.isTransient == true)
        #expect(try store.decisions(of: id).count == saved)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func readOnlyErrorsAreClassifiedWithAClearMessage() {
        let error = StoreError(DatabaseError(resultCode: .SQLITE_READONLY), path: "/p", busyTimeout: 5)
        #expect(error == .readOnly(path: "/p"))
        #expect(error.description.contains("read-only"))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_FULL), path: "/p", busyTimeout: 5) == .diskFull(path: "/p"))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_BUSY), path: "/p", busyTimeout: 5) == .locked(path: "/p", seconds: 5))
    }

    @Test(.enabled(if: getuid() != 0, "root ignores file permissions"))
    func aReadOnlyFileIsReported() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        let folder = (store.path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        #expect(throws: StoreError.self) { try Store.open(path: store.path).append(winning[0], to: id) }
    }

    @Test func aStoreOpenedForReadingIsReadAndNeverWritten() throws {
        let store = try freshStore()
        let id = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        let reader = try Store.open(path: store.path, readOnly: true)
        #expect(try reader.attempts(trainee: "anna").map(\.id) == [id])
        #expect(throws: StoreError.readOnly(path: store.path)) { try reader.append(winning[0], to: id) }
    }

    @Test(.enabled(if: getuid() != 0, "root ignores file permissions"))
    func aReadOnlyFileIsReadForReports() throws {
        let store = try freshStore()
        _ = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.path) }
        #expect(try Store.open(path: store.path, readOnly: true).attempts(trainee: "anna").count == 1)
    }
}
