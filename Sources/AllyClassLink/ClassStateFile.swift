import Foundation

/// Where the server publishes the class's state for the dashboard: `state.json` in the class
/// folder (mode 0700, so only the server's user reads it), replaced whole on each change.
///
/// A file, not a socket: a dashboard started any time reads the latest state, and a dashboard
/// that hangs cannot hold the server up.
public enum ClassStateFile {
    /// The file's name in the class folder.
    public static let name = "state.json"

    /// Writes `state` into `folder`: a temporary file (0600) renamed over the old one, so a reader
    /// never sees half a state.
    public static func write(_ state: ClassState, to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(state)
        let temporary = folder + "/.\(name).\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == data.count, rename(temporary, folder + "/" + name) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// The state in `folder`, if there is one that reads.
    public static func read(from folder: String) -> ClassState? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
        return try? JSONDecoder().decode(ClassState.self, from: data)
    }
}
