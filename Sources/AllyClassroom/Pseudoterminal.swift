import CPseudoterminal
import Foundation

/// A terminal size as an SSH client reports it, clamped to what a terminal can be.
public struct WindowSize: Sendable, Equatable {
    /// Columns, 1...1000.
    public var columns: UInt16
    /// Rows, 1...1000.
    public var rows: UInt16

    /// The size for a client's report: 0 (some clients send 0×0 until they know) becomes 80×24, and
    /// anything past 1000 (65535 occurs) is cut to 1000, so no allocation follows a client's number.
    public init(columns: Int, rows: Int) {
        self.columns = Self.clamp(columns, unknown: 80)
        self.rows = Self.clamp(rows, unknown: 24)
    }

    private static func clamp(_ value: Int, unknown: UInt16) -> UInt16 {
        value <= 0 ? unknown : UInt16(min(value, 1000))
    }
}

/// A trainer process on a pseudoterminal of its own.
public struct TerminalChild: Sendable {
    /// The child's process id; it leads its own session, with the terminal as its controlling terminal.
    public var pid: pid_t
    /// The master side, close-on-exec and non-blocking; the caller owns it.
    public var master: Int32

    /// Why a child could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        /// What failed.
        public var description: String
    }

    /// Opens a pseudoterminal of `size`, and starts `executable` on it with exactly `arguments` and
    /// `environment`; nothing is inherited but `link`, which the child finds as descriptor 3.
    public static func spawn(
        _ executable: String, _ arguments: [String], environment: [String], size: WindowSize, link: Int32? = nil
    ) throws(SpawnError) -> TerminalChild {
        var master: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        let opened = ally_pty_open(&master, &name, Int32(name.count))
        guard opened == 0 else { throw SpawnError(description: "cannot open a pseudoterminal: \(String(cString: strerror(opened)))") }
        // The size is set before the start, so the trainer's first frame already fits.
        _ = ally_pty_set_size(master, size.columns, size.rows)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = ally_pty_spawn_linked(&pid, executable, argv, envp, name, link ?? -1)
        guard spawned == 0 else {
            close(master)
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return TerminalChild(pid: pid, master: master)
    }

    /// Passes a new window size on; the kernel sends the trainer SIGWINCH.
    public static func resize(master: Int32, to size: WindowSize) {
        _ = ally_pty_set_size(master, size.columns, size.rows)
    }

    /// Waits for `pid` on a small thread of its own and hands its exit status (128 + n for signal n)
    /// to `done`. A thread per child, because Dispatch has no process source on Linux and a
    /// `waitpid(-1)` would reap children that are not ours.
    public static func reap(_ pid: pid_t, _ done: @escaping @Sendable (Int32) -> Void) {
        let thread = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            done((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
        }
        thread.stackSize = 64 * 1024
        thread.start()
    }
}
