import AllyCore
import Foundation
import GRDB

/// Why the store could not do what was asked, with a message that says what happened and what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder cannot be opened or created (SQLite's reason).
    case unreadable(path: String, reason: String)
    /// The path names a folder, not a file.
    case isFolder(path: String)
    /// The file's folder does not exist and cannot be created.
    case cannotCreateFolder(path: String, folder: String)
    /// The file (or its folder) may be read but not written.
    case readOnly(path: String)
    /// The file is not a valid SQLite database, or it is damaged.
    case corrupt(path: String, reason: String)
    /// Another process kept the file locked for longer than the busy timeout.
    case locked(path: String, seconds: Double)
    /// The disk is full (SQLITE_FULL); the last change was rolled back.
    case diskFull(path: String)
    /// The file was written by a newer version of Ally whose schema this one does not know.
    case newerVersion(path: String, unknown: [String])
    /// Another terminal appended to the same attempt first.
    case conflict(attempt: AttemptID, expected: Int, found: Int)
    /// There is no attempt with this id.
    case noSuchAttempt(AttemptID)
    /// The attempt is finished and takes no more decisions.
    case attemptFinished(AttemptID)
    /// Anything else SQLite reported.
    case other(path: String, reason: String)
    /// There is no store: the play runs without one (it could not be opened at the start).
    case noStore

    /// What happened and what to do, in one or two sentences, in English.
    public var description: String { text(.en) }

    /// What happened and what to do, by catalogue key.
    public var text: Localized {
        switch self {
        case .unreadable(let path, let reason): Localized("store.unreadable", ["path": path, "reason": reason])
        case .isFolder(let path): Localized("store.isFolder", ["path": path])
        case .cannotCreateFolder(let path, let folder): Localized("store.cannotCreateFolder", ["path": path, "folder": folder])
        case .readOnly(let path): Localized("store.readOnly", ["path": path])
        case .corrupt(let path, let reason): Localized("store.corrupt", ["path": path, "reason": reason])
        case .locked(let path, let seconds): Localized("store.locked", ["path": path, "seconds": Self.format(seconds)])
        case .diskFull(let path): Localized("store.diskFull", ["path": path])
        case .newerVersion(let path, let unknown): Localized("store.newerVersion", ["path": path, "schema": unknown.joined(separator: ", ")])
        case .conflict(let attempt, let expected, let found):
            Localized("store.conflict", ["attempt": attempt, "found": found, "expected": expected])
        case .noSuchAttempt(let attempt): Localized("store.noSuchAttempt", ["attempt": attempt])
        case .attemptFinished(let attempt): Localized("store.attemptFinished", ["attempt": attempt])
        case .other(let path, let reason): Localized("store.other", ["path": path, "reason": reason])
        case .noStore: Localized("store.none")
        }
    }

    /// Whether retrying the same operation later may succeed (a lock, a full disk).
    public var isTransient: Bool {
        switch self {
        case .locked, .diskFull: true
        default: false
        }
    }

    /// Classifies an error thrown by GRDB or SQLite while working on `path`.
    init(_ error: any Error, path: String, busyTimeout: Double) {
        if let error = error as? StoreError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self = .other(path: path, reason: String(describing: error))
            return
        }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_READONLY: self = .readOnly(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt(path: path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path, seconds: busyTimeout)
        case .SQLITE_IOERR where Self.noSpaceLeft(besides: path):
            // A write that failed for want of space reads as a plain "disk I/O error" (SQLite says
            // SQLITE_FULL only for some writes): the file system says what it was.
            self = .diskFull(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR: self = .unreadable(path: path, reason: reason)
        default: self = .other(path: path, reason: reason)
        }
    }

    /// Whether the file system that holds `path` (or would hold it) has no space left for us.
    static func noSpaceLeft(besides path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return info.f_bavail == 0
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
