import Foundation
import GRDB

/// Why the store could not do what was asked, with a message that says what happened and what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder cannot be opened or created.
    case unreadable(path: String, reason: String)
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

    /// What happened and what to do, in one or two sentences.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "Cannot open the progress store \(path) (\(reason)). "
                + "Check that the file and its folder exist and may be read and written, or choose another file with --store PATH."
        case .readOnly(let path):
            return "The progress store \(path) is read-only, so nothing can be saved. "
                + "Make the file and its folder writable (chmod u+w), or choose another file with --store PATH."
        case .corrupt(let path, let reason):
            return "The progress store \(path) is damaged (\(reason)); nothing was changed. "
                + "Move it aside (mv '\(path)' '\(path).broken') to start a fresh one, and keep the damaged copy for your instructor."
        case .locked(let path, let seconds):
            return "The progress store \(path) stayed locked by another program for more than \(Self.format(seconds)) s; "
                + "the last change was not saved. Wait a moment and try again, or close the other program."
        case .diskFull(let path):
            return "The disk holding \(path) is full, so the last change was not saved; everything saved before is safe. "
                + "Free some disk space and try again."
        case .newerVersion(let path, let unknown):
            return "The progress store \(path) was written by a newer version of Ally (schema \(unknown.joined(separator: ", "))); "
                + "nothing was changed. Update Ally, or choose another file with --store PATH."
        case .conflict(let attempt, let expected, let found):
            return "Attempt \(attempt) was continued in another terminal (it has \(found) decisions, this one expected \(expected)); "
                + "nothing was lost. Reopen the attempt to continue from where it stands."
        case .noSuchAttempt(let attempt):
            return "There is no attempt \(attempt) in this store. `ally progress --plain` lists the attempts."
        case .attemptFinished(let attempt):
            return "Attempt \(attempt) is already finished and takes no more decisions. Start a new attempt instead."
        case .other(let path, let reason):
            return "The progress store \(path) reported an error: \(reason). Try again; if it persists, choose another file with --store PATH."
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
