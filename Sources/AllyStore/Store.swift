import AllyCore
import Foundation
import GRDB

/// An attempt's id in the store: a small number a trainee can type (`ally replay 42`).
public typealias AttemptID = Int64

/// The progress store: one SQLite file (WAL) shared safely by several Ally processes.
///
/// Every write is one transaction committed (and synced to disk) before the method returns, so a
/// decision the trainee saw acknowledged survives `kill -9` and power loss.
public struct Store: Sendable {
    /// The file's path.
    public let path: String
    /// Seconds to wait for another process's lock before giving up with ``StoreError/locked(path:seconds:)``.
    public let busyTimeout: Double
    let pool: DatabasePool

    /// The default file: `$XDG_DATA_HOME/ally/ally.sqlite`, else `~/.local/share/ally/ally.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/ally/ally.sqlite"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/ally/ally.sqlite"
    }

    /// Opens (creating if needed) the store at `path`, or at ``defaultPath(environment:)`` when nil,
    /// and brings its schema up to date.
    ///
    /// An existing file is looked at through a read-only connection first: a damaged store or one
    /// from a newer Ally is refused without a byte of it changed (opening it for writing already
    /// wrote to it). With `readOnly`, for commands that only read (reports), an up-to-date store
    /// stays open read-only, so a store the user may not write is read instead of refused.
    public static func open(path: String? = nil, busyTimeout: Double = 5, readOnly: Bool = false) throws(StoreError) -> Store {
        let path = path ?? defaultPath()
        if isNonEmptyFile(path) {
            let current = try inspect(path, busyTimeout: busyTimeout)
            if readOnly && current {
                return Store(path: path, busyTimeout: busyTimeout, pool: try pool(path, busyTimeout: busyTimeout, readOnly: true))
            }
        }
        try prepareFolder(for: path)
        let fresh = !FileManager.default.fileExists(atPath: path)
        do {
            let store = Store(path: path, busyTimeout: busyTimeout, pool: try pool(path, busyTimeout: busyTimeout, readOnly: false))
            try store.migrate()
            return store
        } catch {
            // A store that could not even be made (a full disk) leaves no stub behind: the next
            // start would take the stub for a damaged store.
            if fresh {
                for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            throw error
        }
    }

    private static func pool(_ path: String, busyTimeout: Double, readOnly: Bool) throws(StoreError) -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "AllyStore"
        config.readonly = readOnly
        config.prepareDatabase { db in
            // FULL: the WAL is synced at every commit, so a committed decision also survives power loss.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            return try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    private static func isNonEmptyFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_size > 0
    }

    /// Reads the store's versions without writing: throws when it is damaged or from a newer Ally;
    /// true when its schema is up to date, false when migrations are still to apply.
    private static func inspect(_ path: String, busyTimeout: Double) throws(StoreError) -> Bool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "AllyStore.inspect"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            return try queue.read { db in
                let migrator = Schema.migrator
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let applied = try migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(migrator.migrations).sorted()
                if userVersion > Schema.version || !unknown.isEmpty {
                    throw StoreError.newerVersion(path: path, unknown: unknown.isEmpty ? ["v\(userVersion)"] : unknown)
                }
                return Set(migrator.migrations).isSubset(of: applied)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Creates the file's folder; refuses a path that is a folder.
    private static func prepareFolder(for path: String) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .isFolder(path: path)
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: path, folder: folder)
        }
    }

    /// Refuses a store from a newer Ally, then applies the migrations it lacks.
    private func migrate() throws(StoreError) {
        let migrator = Schema.migrator
        try run {
            try pool.read { db in
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let applied = try migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(migrator.migrations).sorted()
                if userVersion > Schema.version || !unknown.isEmpty {
                    throw StoreError.newerVersion(path: path, unknown: unknown.isEmpty ? ["v\(userVersion)"] : unknown)
                }
            }
            try migrator.migrate(pool)
        }
    }

    /// Runs `body`, turning whatever it throws into a ``StoreError``.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// One immediate write transaction: it takes the write lock up front, so it waits its turn
    /// (busy timeout) instead of failing half-way when another process writes.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try run {
            try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(db)
                    return .commit
                }
                return value!
            }
        }
    }

    /// A read from a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try run { try pool.read(body) }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        }
    }

    /// The current time in seconds since 1970 (UTC).
    static func now() -> Double { Date().timeIntervalSince1970 }
}

extension Store {
    /// Caps the file at its current size, so the next growth fails as on a full disk (for tests).
    func simulateFullDisk() throws(StoreError) {
        try run {
            try pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
                try db.execute(sql: "PRAGMA max_page_count = \(pages)")
            }
        }
    }
}
