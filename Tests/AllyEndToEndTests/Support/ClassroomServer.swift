import AllyClassLink
import AllyProcess
import AllyTestSupport
import Foundation

/// `ally serve` running in the background for one test, on a free loopback port, with a data
/// home of its own (the class folder, its store and host key live there).
final class ClassroomServerProcess {
    /// The class's code (the password).
    let code: String
    /// The server's process id.
    let pid: pid_t
    /// Where the server writes its log.
    let logPath: String
    /// The test's data home.
    let dataHome: String
    /// The port it listens on.
    private(set) var port = 0
    /// Scratch files of the test: askpass programs, known_hosts.
    let scratch: String
    private var stopped = false

    /// Starts `ally serve` on the fixture content and waits until it listens.
    init(code: String = "open-sesame", content: String = "good", extra: [String] = []) throws {
        self.code = code
        scratch = try temporaryFolder("class").path
        dataHome = scratch + "/data"
        logPath = scratch + "/server.log"
        try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
        pid = try Subprocess.start(
            allyBinary.path,
            ["serve", "--class", "test", "--port", "0", "--address", "127.0.0.1", "--code", code, "--lang", "en",
             "--content", fixtures.appendingPathComponent(content).path, "--failure-delay", "50"] + extra,
            environment: ["XDG_DATA_HOME": dataHome, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratch],
            outputPath: logPath)
        let line = try waitForLog("listening on")
        guard let portText = line.split(separator: "\n").first(where: { $0.contains("listening on") })?.split(separator: " ").last,
              let port = Int(portText) else { throw ClassroomTestError.noPort(log()) }
        self.port = port
    }

    deinit {
        stop()
    }

    /// The server's log so far.
    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Polls the log until it contains `text`; returns the log.
    @discardableResult
    func waitForLog(_ text: String, count: Int = 1, timeout: Duration = .seconds(30)) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let log = log()
            if log.components(separatedBy: text).count - 1 >= count { return log }
            if clock.now >= deadline { throw ClassroomTestError.timedOut(text, log) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// The pids of the trainers the server started, in order.
    func trainerPIDs() -> [pid_t] {
        log().split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "started trainer pid ") else { return nil }
            return pid_t(line[range.upperBound...])
        }
    }

    /// The class folder.
    var classFolder: String { dataHome + "/ally/classes/test" }

    /// The class's state as the server last published it.
    func state() -> ClassState? {
        ClassStateFile.read(from: classFolder)
    }

    /// Polls the published state until `condition` holds; returns it.
    @discardableResult
    func waitForState(_ description: String, timeout: Duration = .seconds(30), _ condition: (ClassState) -> Bool) throws -> ClassState {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if let state = state(), condition(state) { return state }
            if ContinuousClock.now >= deadline { throw ClassroomTestError.timedOut(description, log()) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// A program that prints `password`, for SSH_ASKPASS.
    func askpass(_ password: String) throws -> String {
        let path = scratch + "/askpass-\(UUID().uuidString.prefix(8))"
        let quoted = password.replacingOccurrences(of: "'", with: "'\\''")
        try writeScript("#!/bin/sh\nprintf '%s\\n' '\(quoted)'\n", to: path)
        return path
    }

    /// A known_hosts file naming this server's host key (from `ssh-keygen -y` on the key file), so
    /// the client checks the key as a trainee who compared the fingerprint would.
    func knownHosts() throws -> String {
        let key = try Subprocess.run("ssh-keygen", ["-y", "-f", classFolder + "/host_ed25519_key"])
        let path = scratch + "/known_hosts"
        try "[127.0.0.1]:\(port) \(key.stdout)".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The `ssh` command line for `user`, checking the host key, password login only unless `options` say otherwise.
    func ssh(_ user: String, _ options: [String] = []) throws -> [String] {
        // ssh takes the first value of an option: the caller's come before the defaults.
        ["ssh", "-F", "/dev/null", "-p", "\(port)"] + options
            + ["-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=\(try knownHosts())", "-o", "PubkeyAuthentication=no",
               "-o", "LogLevel=ERROR", "\(user)@127.0.0.1"]
    }

    /// The environment for `ssh` to log in with `password` through SSH_ASKPASS.
    func askpassEnvironment(_ password: String) throws -> [String: String] {
        ["SSH_ASKPASS": try askpass(password), "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0",
         "PATH": "/usr/bin:/bin", "HOME": scratch, "LANG": "C.UTF-8"]
    }

    /// Runs `ssh` to its end without a terminal (for the refusals).
    func runSSH(_ user: String, password: String? = nil, _ options: [String] = [], command: [String] = []) throws -> SubprocessResult {
        let line = try ssh(user, options) + command
        return try Subprocess.run(line[0], Array(line.dropFirst()), input: "", environment: try askpassEnvironment(password ?? code))
    }

    /// Stops the server and reaps it; its trainers get SIGHUP as their terminals close.
    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(pid, SIGTERM)
        Subprocess.waitForExit(pid)
        try? FileManager.default.removeItem(atPath: scratch)
    }
}

/// Why a classroom test's step failed.
enum ClassroomTestError: Error, CustomStringConvertible {
    case noPort(String)
    case timedOut(String, String)

    var description: String {
        switch self {
        case .noPort(let log): return "the server printed no port; its log:\n\(log)"
        case .timedOut(let text, let log): return "timed out waiting for \"\(text)\" in the server's log:\n\(log)"
        }
    }
}

/// Writes an executable script through a descriptor no other process can inherit.
///
/// Tests run in parallel and spawn programs all the time: a script written through a descriptor
/// without close-on-exec could be held open for writing by a child spawned meanwhile, and running
/// it then fails with "Text file busy" (ETXTBSY).
func writeScript(_ text: String, to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o700)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}

/// A scratch folder with two Ed25519 keys, `teacher` and `student`, and an `authorized_keys` that
/// marks the teacher's as an instructor's (the word in its comment) and the student's as a trainee's.
func instructorAndTraineeKeys(_ name: String) throws -> String {
    let folder = try temporaryFolder(name).path
    for key in ["teacher", "student"] { try makeSSHKey(at: "\(folder)/\(key)", comment: "\(key)@lab") }
    let teacherKey = try String(contentsOfFile: "\(folder)/teacher.pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let studentKey = try String(contentsOfFile: "\(folder)/student.pub", encoding: .utf8)
    try "\(teacherKey) ally-instructor\n\(studentKey)".write(toFile: "\(folder)/authorized_keys", atomically: true, encoding: .utf8)
    return folder
}
