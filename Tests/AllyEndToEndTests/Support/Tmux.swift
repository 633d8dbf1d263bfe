import AllyProcess
import Foundation
import Testing

/// Why a tmux-driven test step failed.
enum TmuxError: Error, CustomStringConvertible {
    /// A tmux command exited unsuccessfully.
    case commandFailed(arguments: [String], status: Int32, output: String)
    /// The expected text did not appear in time; carries the last screen for the failure message.
    case timedOut(waitingFor: String, screen: String)

    /// A readable explanation, including the screen when waiting timed out.
    var description: String {
        switch self {
        case .commandFailed(let arguments, let status, let output):
            return "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)"
        case .timedOut(let waitingFor, let screen):
            return "timed out waiting for \(waitingFor); the screen was:\n\(screen)"
        }
    }
}

/// Drives a real program in a detached tmux session, as a user at an 80×24 terminal would.
///
/// Every session gets its own tmux server (a unique `-L` socket, no config file), so tests are
/// isolated from each other and from the developer's own tmux. The program runs under a tiny
/// `sh` wrapper that records its exit status and then keeps the terminal open (tmux would
/// otherwise close the pty at once), so after the program ends a test can still read the final
/// screen, the exit status and — the point of it all — whether the tty modes were restored.
/// Not `Sendable`: one test owns one session. Call ``kill()`` when done (deinit does it too).
final class TmuxSession {
    /// The `-L` socket name of this session's private tmux server.
    let socket: String
    /// The target (session name) used for every command.
    let target = "ally"
    /// Whether `kill()` already ran.
    private var killed = false
    /// Where the wrapper writes the program's exit status.
    private let statusPath: String

    /// An environment for the program: a UTF-8 locale, a terminal type tmux supports, and a PATH.
    static let defaultEnvironment: [String: String] = [
        "TERM": "tmux-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": NSTemporaryDirectory(),
    ]

    /// Starts `command` (program and arguments, no shell) in a new `columns`×`rows` session with
    /// exactly `environment` (nothing is inherited, so the test's own TERM or NO_COLOR cannot leak).
    init(command: [String], environment: [String: String] = TmuxSession.defaultEnvironment,
         columns: Int = 80, rows: Int = 24) throws {
        socket = "ally-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        statusPath = NSTemporaryDirectory() + "/\(socket).status"
        unlink(statusPath)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // Run the program in the foreground (it owns the terminal exactly as it would in a login
        // shell), then record its status atomically and keep the pty alive for inspection.
        let wrapper = #"status_file=$1; shift; "$@"; echo $? > "$status_file.tmp"; mv "$status_file.tmp" "$status_file"; exec sleep 86400"#
        // start-server and the option come before new-session in one invocation, so even if the
        // wrapper itself dies at once its pane is kept for capture.
        try run([
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", target, "--",
            "/usr/bin/env", "-i",
        ] + assignments + ["/bin/sh", "-c", wrapper, "sh", statusPath] + command)
    }

    deinit {
        kill()
    }

    /// Presses keys by tmux name, e.g. `sendKeys("Down", "Enter")`, `sendKeys("C-c")`, `sendKeys("q")`.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Sends `bytes` in one write to the program's terminal (`send-keys -H`): input that arrives together.
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Types `text` literally (no key-name lookup), e.g. a name with diacritics.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen as text, one line per row (`capture-pane -p`); with `history`, also up
    /// to that many lines that scrolled off the top.
    func capture(history: Int = 0) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if history > 0 { arguments += ["-S", "-\(history)"] }
        return try run(arguments)
    }

    /// Polls the screen until it contains `text`, and returns that screen; throws
    /// ``TmuxError/timedOut(waitingFor:screen:)`` with the last screen after `timeout`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(30)) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds on a settled screen, and returns that screen.
    ///
    /// Settled: two captures a poll apart are the same. tmux can capture a frame half drawn (the
    /// title already there, the table not yet), and a test that checks more than it waited for
    /// would then fail now and then.
    @discardableResult
    func waitUntil(_ description: String, timeout: Duration = .seconds(30), _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var screen = ""
        var previous: String?
        while true {
            screen = try capture()
            if condition(screen) && screen == previous { return screen }
            previous = screen
            if clock.now >= deadline { throw TmuxError.timedOut(waitingFor: description, screen: screen) }
            // A poll interval, not a fixed wait: the loop ends as soon as the condition holds.
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Waits until the program has exited and returns its exit status (128+n for signal n).
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(30)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if let status = exitStatus() { return status }
            if clock.now >= deadline { throw TmuxError.timedOut(waitingFor: "the program to exit", screen: try capture()) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// The program's exit status, or nil while it runs.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program is still running.
    func isRunning() -> Bool {
        exitStatus() == nil
    }

    /// The program's process id (for sending it SIGTERM, SIGHUP, ...); nil once it has exited.
    func pid() throws -> pid_t? {
        guard isRunning() else { return nil }
        // The pane runs the wrapper shell; the program is its only child.
        let shell = try display("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Sends `signal` to the program; false when it is not running.
    @discardableResult
    func signal(_ signal: Int32) throws -> Bool {
        guard let pid = try pid() else { return false }
        return Foundation.kill(pid, signal) == 0
    }

    /// The screen modes the program left the pane in: whether the alternate screen is on, the
    /// cursor shows, and mouse reporting or the application keypad is on (as tmux tracks them).
    func screenModes() throws -> (alternateScreen: Bool, cursorVisible: Bool, mouseReporting: Bool, keypad: Bool) {
        let flags = try display("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}")
            .split(separator: " ").map { $0 == "1" }
        return (flags[0], flags[1], flags[2], flags[3])
    }

    /// The pane's title, as a program may set it with an escape sequence (OSC 0 or 2).
    func paneTitle() throws -> String {
        try display("#{pane_title}")
    }

    /// The process id of this session's tmux server.
    func serverPID() throws -> String {
        try display("#{pid}")
    }

    /// Changes the terminal size, as a user resizing the window would.
    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane's current tty modes (`stty -g`), read from outside the program, so a test can
    /// check that the program left the terminal as it found it (compare with ``baselineStty()``).
    func stty() throws -> String {
        try Self.stty(device: try display("#{pane_tty}"))
    }

    /// The tty modes of a fresh pane of this server: what the program's terminal was before it
    /// started (tmux sets up every pane's pty the same way).
    func baselineStty() throws -> String {
        let window = "baseline"
        try run(["new-window", "-d", "-n", window, "-t", target, "--", "/bin/sleep", "30"])
        defer { _ = try? run(["kill-window", "-t", "\(target):\(window)"]) }
        let device = try run(["display-message", "-p", "-t", "\(target):\(window)", "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try Self.stty(device: device)
    }

    /// Ends the session and its private server; safe to call more than once.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
        unlink(statusPath)
    }

    /// The installed tmux version line (`tmux -V`), or nil when tmux is missing.
    static func version() -> String? {
        guard let result = try? execute(["tmux", "-V"]), result.status == 0 else { return nil }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `stty -g` with the IUTF8 input flag (0x4000) cleared: tmux sets it on some fresh panes and not
    /// on others of the same server (seen: two panes differing in that bit alone), and neither Ally
    /// nor curses ever changes it, so it says nothing about whether the terminal was restored.
    static func withoutIUTF8(_ settings: String) -> String {
        var fields = settings.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let first = fields.first, let iflag = UInt32(first, radix: 16) else { return settings }
        fields[0] = String(iflag & ~0x4000, radix: 16)
        return fields.joined(separator: ":")
    }

    // MARK: - Private

    /// A tmux format string evaluated for the pane, trimmed.
    private func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs tmux against this session's server; throws unless it succeeds.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let full = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let result = try Self.execute(full)
        guard result.status == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: result.status, output: result.output)
        }
        return result.output
    }

    /// `stty -g` of a tty device.
    private static func stty(device: String) throws -> String {
        let result = try execute(["stty", "-F", device, "-g"])
        guard result.status == 0 else {
            throw TmuxError.commandFailed(arguments: ["stty", "-F", device, "-g"], status: result.status, output: result.output)
        }
        return withoutIUTF8(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs a program found on PATH and returns its exit status and output (standard output, then error).
    private static func execute(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run(arguments[0], Array(arguments.dropFirst()))
        return (result.status, result.stdout + result.stderr)
    }
}

/// Checks of the tmux support itself (no `ally` binary involved).
@Suite("Tmux support", .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
struct TmuxSupportTests {
    @Test("tmux is installed and reports its version")
    func version() {
        #expect(TmuxSession.version()?.hasPrefix("tmux ") == true)
    }

    @Test("kill() ends the private server and its program, whatever signals the test thread blocks")
    func killEndsTheServer() throws {
        // Block SIGTERM here, as test runners' worker threads may: the server must not inherit it.
        var terminate = sigset_t(), previous = sigset_t()
        sigemptyset(&terminate)
        sigaddset(&terminate, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &terminate, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let session = try TmuxSession(command: ["/bin/sleep", "600"])
        let server = try #require(pid_t(try session.serverPID()))
        session.kill()
        let clock = ContinuousClock(), deadline = clock.now.advanced(by: .seconds(10))
        while Foundation.kill(server, 0) == 0, clock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(Foundation.kill(server, 0) != 0, "the tmux server \(server) is still running")
    }

    @Test("a session shows output, takes keys, and reads tty modes from outside")
    func sessionRoundTrip() throws {
        // A shell that switches the tty to raw mode, reads one line, restores the modes and exits 7.
        let script = "saved=$(stty -g); printf 'klaar café\\n'; stty raw -echo; read -r line; stty \"$saved\"; printf 'kreeg %s\\n' \"$line\"; exit 7"
        let session = try TmuxSession(command: ["/bin/sh", "-c", script])
        defer { session.kill() }
        let baseline = try session.baselineStty()
        try session.waitFor(text: "klaar café")
        try session.waitUntil("raw mode") { _ in (try? session.stty()) != baseline }
        #expect(try session.pid() != nil)
        try session.type("hallo")
        try session.sendKeys("C-j")
        #expect(try session.waitForExit() == 7)
        #expect(try session.capture().contains("kreeg hallo"))
        #expect(try session.stty() == baseline)
        #expect(try session.pid() == nil)
    }
}
