import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a finished child process printed and returned.
public struct SubprocessResult: Sendable {
    /// The exit status, or 128 + the signal that ended it.
    public var status: Int32
    /// Everything written to standard output, byte for byte.
    public var output: [UInt8]
    /// Everything written to standard error (empty when it went to ours).
    public var stderr: String

    /// Standard output as text.
    public var stdout: String { String(decoding: output, as: UTF8.self) }
}

/// Runs a child process to its end, with posix_spawn and waitpid: the tests' programs, and the
/// `ally-lrs` helper that `ally sync` hands each HTTP request to.
///
/// Foundation's `Process.waitUntilExit` was seen to hang on Linux when tests start many children
/// at once (the child had exited and was never reaped), so nothing here uses it.
public enum Subprocess {
    /// An error starting a child: what could not be made or started, and why (an errno value).
    /// It holds no sentence: a caller that tells a user words it from ``code`` in their language.
    public struct SpawnError: Error, CustomStringConvertible {
        /// The errno value (ENOENT: no such program).
        public var code: Int32
        /// The program that could not be started, or `pipe` when its pipes could not be made.
        public var subject: String

        /// The system's own words for ``code`` (strerror).
        public var reason: String { String(cString: strerror(code)) }

        /// `subject: reason`, as perror writes it (for logs and tests).
        public var description: String { "\(subject): \(reason)" }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input, and waits for it.
    public static func run(
        _ executable: String, _ arguments: [String], input: String = "",
        environment: [String: String] = ProcessInfo.processInfo.environment, directory: String? = nil
    ) throws(SpawnError) -> SubprocessResult {
        try run(executable, arguments, input: Array(input.utf8), environment: environment, directory: directory)
    }

    /// Runs `executable` with `arguments`, feeding `input` bytes on standard input, and waits for it;
    /// unless `capturingStandardError`, the child writes its errors to ours.
    public static func run(
        _ executable: String, _ arguments: [String], input: [UInt8],
        environment: [String: String] = ProcessInfo.processInfo.environment, directory: String? = nil,
        capturingStandardError: Bool = true
    ) throws(SpawnError) -> SubprocessResult {
        // A child that exits before reading all its input must not take us down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            throw SpawnError(code: errno, subject: "pipe")
        }
        // Close-on-exec everywhere (the child's dup2 copies stay open): otherwise a long-lived process
        // that another test starts at the same moment (a tmux server) inherits a write end, and our
        // reads never see the end of the output.
        for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        if capturingStandardError { posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2) }
        // posix_spawn cannot change folder portably; a shell does, then gets out of the way.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments }
            ?? [executable] + arguments
        var pid: pid_t = 0
        let spawned = spawn(&pid, command, environment: environment, actions: &actions)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard spawned == 0 else {
            [stdinPipe[1], stdoutPipe[0], stderrPipe[0]].forEach { close($0) }
            throw SpawnError(code: spawned, subject: executable)
        }
        // Write and read on their own threads, so that no pipe can fill up and block the child.
        let (inFD, outFD, errFD) = (stdinPipe[1], stdoutPipe[0], stderrPipe[0])
        let writer = Drain {
            _ = writeAll(inFD, input)
            close(inFD)
            return []
        }
        let out = Drain { readAll(outFD) }
        let err = Drain { readAll(errFD) }
        let exit = waitForExit(pid)
        _ = writer.wait()
        let stdout = out.wait(), stderr = err.wait()
        close(outFD)
        close(errFD)
        return SubprocessResult(status: exit, output: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts `executable` in the background with exactly `environment`, its standard input from
    /// /dev/null and its output and errors appended to `outputPath`, and returns its process id
    /// (a server for the tests: stop it with kill and reap it with ``waitForExit(_:)``).
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String], outputPath: String
    ) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let spawned = spawn(&pid, [executable] + arguments, environment: environment, actions: &actions)
        guard spawned == 0 else {
            throw SpawnError(code: spawned, subject: executable)
        }
        return pid
    }

    /// Starts `command` (looked up on the PATH) with exactly `environment` and `actions`; returns
    /// posix_spawn's error code (0 on success).
    ///
    /// The child starts with no signal blocked and every disposition at its default. The calling
    /// thread may block signals (a test runner's worker threads do) and SIGPIPE is ignored here;
    /// a child inheriting either misbehaves: a tmux server that has SIGTERM blocked outlives its
    /// own kill-server.
    private static func spawn(
        _ pid: inout pid_t, _ command: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t
    ) -> Int32 {
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), everySignal = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&everySignal)
        sigdelset(&everySignal, SIGKILL)
        sigdelset(&everySignal, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
    }

    /// Waits for a child started with ``start(_:_:environment:outputPath:)`` and returns its exit
    /// status (128 + n for signal n).
    @discardableResult
    public static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false  // the child closed its input early: fine
            }
            offset += written
        }
        return true
    }

    private static func readAll(_ fd: Int32) -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                data += buffer[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }
}

/// Runs a closure on a thread of its own and hands back its result.
private final class Drain: @unchecked Sendable {
    // Written once by the thread before the semaphore is signalled, read only after waiting on it.
    private var result: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> [UInt8]) {
        Thread.detachNewThread { [self] in
            result = body()
            done.signal()
        }
    }

    func wait() -> [UInt8] {
        done.wait()
        return result
    }
}
