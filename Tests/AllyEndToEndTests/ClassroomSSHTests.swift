import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// `ally serve` against real OpenSSH clients: `ssh` in tmux for the sessions a trainee sees,
/// plain `ssh` runs for the refusals. Passwords go through SSH_ASKPASS with
/// SSH_ASKPASS_REQUIRE=force; every wait polls with a deadline.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.version() != nil, "tmux is not installed"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh"), "openssh-client is not installed"))
final class ClassroomSSHTests {
    /// The trainee's `ssh` in tmux, logged in with the class code.
    func join(_ server: ClassroomServerProcess, as handle: String, options: [String] = [],
              environment extra: [String: String] = [:]) throws -> TmuxSession {
        var environment = TmuxSession.defaultEnvironment.merging(try server.askpassEnvironment(server.code)) { $1 }
        environment.merge(extra) { $1 }
        return try TmuxSession(command: try server.ssh(handle, options + ["-t"]), environment: environment)
    }

    @Test func aTraineeLogsInWithTheClassCodePlaysResizesDropsAndResumes() throws {
        let server = try ClassroomServerProcess()
        let session = try join(server, as: "anna")
        // The handle is the name: no welcome form, straight to the menu.
        let menu = try session.waitFor(text: "› 1. Play a scenario")
        #expect(menu.contains("Hello, anna"))
        try server.waitForLog("anna joined from 127.0.0.1 (password)")
        // The code is not on the running server's command line, which every local user can read.
        let commandLine = try String(contentsOfFile: "/proc/\(server.pid)/cmdline", encoding: .utf8)
        #expect(commandLine.contains("ally-classroom") && !commandLine.contains(server.code))
        try session.sendKeys("Enter")
        try session.waitFor(text: "The quiet one at the desk")
        try session.sendKeys("Enter")
        try session.waitFor(text: "What type of customer is this?")
        try session.sendKeys("2", "Enter")                  // tolerant
        try session.waitFor(text: "Right")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")

        // A resize of the client's window reaches the trainer (SIGWINCH through its controlling
        // terminal): the title bar reaches past column 80, the key hints sit on row 30.
        try session.resize(columns: 100, rows: 30)
        try session.waitUntil("the trainer redrawn at 100×30") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[0].hasSuffix("decision 1 of 3") && lines[0].count > 80 && lines[29].contains("q leave")
        }

        // The connection drops (the client is killed): the trainer gets SIGHUP and exits after saving.
        let trainer = try #require(server.trainerPIDs().first)
        #expect(try session.signal(SIGKILL))
        try server.waitForLog("anna trainer exited")
        #expect(kill(trainer, 0) != 0, "the trainer must be gone")
        session.kill()

        // Logging in again offers the attempt where it was left.
        let again = try join(server, as: "anna")
        try again.waitFor(text: "Resume: The quiet one at the desk")
        try again.sendKeys("Enter")
        try again.waitFor(text: "Which strategy makes this customer an ally?")
        try again.sendKeys("q")
        try again.waitFor(text: "Leave")
        again.kill()
    }

    @Test func aWrongCodeIsRefusedAndStartsNoTrainerAndTheSeventhAttemptDisconnects() throws {
        let server = try ClassroomServerProcess()
        let wrong = try server.runSSH("bob", password: "open-sesam", ["-o", "NumberOfPasswordPrompts=2"], command: [])
        #expect(wrong.status == 255)
        #expect(wrong.stderr.contains("Permission denied"))
        try server.waitForLog("wrong class code", count: 2)
        // A handle with characters outside the rule is refused even with the right code.
        let bad = try server.runSSH("bob.smith", ["-o", "NumberOfPasswordPrompts=1"], command: [])
        #expect(bad.status == 255)
        try server.waitForLog("password for an invalid user name")
        // (OpenSSH's client will not send a user name with an escape character at all; the protocol
        // tests send one.)
        // At most six requests per connection: a client that keeps guessing is disconnected.
        let many = try server.runSSH("bob", password: "guess", ["-o", "NumberOfPasswordPrompts=20"], command: [])
        #expect(many.status == 255)
        #expect(many.stderr.contains("Too many authentication failures"))
        let log = try server.waitForLog("wrong class code", count: 7)
        // Six requests: the client's opening "none" and five guesses; the seventh is not answered.
        let guesses = log.components(separatedBy: "wrong class code").count - 1 - 2
        #expect(guesses == 5, "\(guesses) guesses were answered on one connection:\n\(log)")
        #expect(!log.contains("joined"))
        #expect(server.trainerPIDs().isEmpty)
    }

    @Test func aCommandRunsNothingAndWithoutATerminalTheClientIsToldToUseSshT() throws {
        let server = try ClassroomServerProcess()
        let marker = server.scratch + "/ran"
        let exec = try server.runSSH("carl", command: ["touch", marker])
        #expect(exec.status == 255)
        #expect(exec.stderr.contains("exec request failed"))
        #expect(!FileManager.default.fileExists(atPath: marker))

        let noTerminal = try server.runSSH("carl", ["-T"])
        #expect(noTerminal.status == 1)
        #expect(noTerminal.stderr.contains("use ssh -t"))
        #expect(server.trainerPIDs().isEmpty)
    }

    @Test func theServerSpeaksTheClassLanguage() throws {
        let server = try ClassroomServerProcess(extra: ["--lang", "nl"])
        let noTerminal = try server.runSSH("noor", ["-T"])
        #expect(noTerminal.status == 1)
        #expect(noTerminal.stderr.contains("heeft een terminal nodig: gebruik ssh -t"))
    }

    @Test func portForwardingIsRefused() throws {
        let server = try ClassroomServerProcess()
        // -W opens the same direct-tcpip channel as -L does for each connection.
        let local = try server.runSSH("dora", ["-W", "127.0.0.1:\(server.port)"])
        #expect(local.status == 255)
        #expect(local.stderr.contains("forwarding failed"))
        let remote = try server.runSSH("dora", ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:\(server.port)"])
        #expect(remote.status == 255)
        #expect(remote.stderr.contains("forwarding failed"))
        #expect(server.trainerPIDs().isEmpty)
    }

    @Test func theClientsEnvironmentAndAHostileTermChangeNothing() throws {
        let server = try ClassroomServerProcess()
        let session = try join(
            server, as: "emma",
            options: ["-o", "SendEnv=LANG LC_ALL", "-o", "SetEnv=LD_PRELOAD=/tmp/evil.so ALLY_CONTENT=/tmp"],
            environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "TERM": "evil\u{1b}]0;owned\u{7}"])
        let menu = try session.waitFor(text: "› 1. Play a scenario")
        #expect(menu.contains("English"))          // the class's language, not the client's LANG
        let trainer = try #require(server.trainerPIDs().first)
        let environ = try String(contentsOfFile: "/proc/\(trainer)/environ", encoding: .utf8)
            .split(separator: "\0").map(String.init).sorted()
        #expect(environ.contains("TERM=xterm-256color"))
        #expect(environ.contains("LANG=C.UTF-8"))
        #expect(!environ.contains { $0.hasPrefix("LD_PRELOAD") || $0.hasPrefix("LC_ALL") || $0.hasPrefix("ALLY_") }, "\(environ)")
        session.kill()
    }
}

extension ClassroomSSHTests {
    /// Agent forwarding is asked without a reply and changes nothing; X11 forwarding gets a failure
    /// reply and the session goes on. (swift-nio-ssh 0.15.1 alone drops the connection on an
    /// x11-req: see ``RequestTrimmingProtection``.)
    @Test func agentAndX11ForwardingAreRefusedWithoutEndingTheSession() throws {
        let server = try ClassroomServerProcess()
        // A live agent, or ssh would not ask to forward it.
        let socket = server.scratch + "/agent.sock"
        let agentPID = try Subprocess.start(
            "/usr/bin/ssh-agent", ["-D", "-a", socket], environment: ["PATH": "/usr/bin:/bin"], outputPath: server.scratch + "/agent.log")
        defer {
            kill(agentPID, SIGTERM)
            Subprocess.waitForExit(agentPID)
        }
        let agent = try join(server, as: "gus", options: ["-o", "ForwardAgent=yes"], environment: ["SSH_AUTH_SOCK": socket])
        let screen = try agent.waitFor(text: "› 1. Play a scenario")
        #expect(screen.contains("Hello, gus"))
        agent.kill()
        let x11 = try join(server, as: "gus", options: ["-X"], environment: ["DISPLAY": ":0"])
        try x11.waitFor(text: "› 1. Play a scenario")
        #expect(server.log().contains("gus started trainer") && !server.log().contains("closed the connection"))
        x11.kill()
    }
}

extension ClassroomSSHTests {
    @Test func aConnectionThatDoesNotLogInIsClosedAndTheCapTurnsTheNextOneAway() throws {
        let server = try ClassroomServerProcess(extra: ["--login-grace", "4", "--max-connections", "1"])
        let idle = try loggingInForever(server, as: "hank")
        defer {
            kill(idle, SIGKILL)
            Subprocess.waitForExit(idle)
        }
        // While it holds the only place, the next client is turned away at once.
        let turnedAway = try server.runSSH("ivan", ["-T"])
        #expect(turnedAway.status == 255)
        try server.waitForLog("refused a connection from 127.0.0.1: 1 connections are open")
        // Then the grace time closes the idle one, and the place is free again.
        try server.waitForLog("did not log in within the grace time")
        let admitted = try server.runSSH("ivan", ["-T"])
        #expect(admitted.status == 1)
        #expect(admitted.stderr.contains("use ssh -t"))
    }

    @Test func oneAddressMayHaveOnlySoManyConnectionsLoggingInAndLoggedInOnesDoNotCount() throws {
        let server = try ClassroomServerProcess(extra: ["--max-logging-in-per-address", "1", "--login-grace", "4"])
        let first = try join(server, as: "kim")
        defer { first.kill() }
        try first.waitFor(text: "› 1. Play a scenario")     // logged in: no longer counted
        let idle = try loggingInForever(server, as: "lou")
        defer {
            kill(idle, SIGKILL)
            Subprocess.waitForExit(idle)
        }
        let turnedAway = try server.runSSH("max", ["-T"])
        #expect(turnedAway.status == 255)
        try server.waitForLog("refused a connection from 127.0.0.1: 1 from there are logging in")
        try server.waitForLog("did not log in within the grace time")
        let admitted = try server.runSSH("max", ["-T"])
        #expect(admitted.status == 1)
    }

    /// An `ssh` that connects and then waits at the password prompt for good; returns once it is
    /// connected (its askpass has been asked).
    func loggingInForever(_ server: ClassroomServerProcess, as user: String) throws -> pid_t {
        let askpass = server.scratch + "/slow-askpass-\(user)"
        let asked = server.scratch + "/asked-\(user)"
        try writeScript("#!/bin/sh\ntouch '\(asked)'\nexec sleep 30\n", to: askpass)
        var environment = try server.askpassEnvironment(server.code)
        environment["SSH_ASKPASS"] = askpass
        let line = try server.ssh(user, ["-T"])
        let pid = try Subprocess.start(line[0], Array(line.dropFirst()), environment: environment, outputPath: server.scratch + "/idle-\(user).log")
        let deadline = ContinuousClock.now.advanced(by: .seconds(30))
        while !FileManager.default.fileExists(atPath: asked), ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(FileManager.default.fileExists(atPath: asked))
        return pid
    }
}

/// Keys from an `authorized_keys` file, and `ally session` for a school's own sshd.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.version() != nil, "tmux is not installed"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh"), "openssh-client is not installed"))
final class ClassroomKeysAndSessionTests {
    @Test func aListedKeyJoinsWithoutTheCodeAndAnUnlistedKeyDoesNot() throws {
        let folder = try temporaryFolder("keys").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["listed", "unlisted"] { try makeSSHKey(at: "\(folder)/\(name)") }
        try FileManager.default.copyItem(atPath: "\(folder)/listed.pub", toPath: "\(folder)/authorized_keys")
        let server = try ClassroomServerProcess(extra: ["--authorized-keys", "\(folder)/authorized_keys"])
        let keyOnly = ["-o", "PubkeyAuthentication=yes", "-o", "IdentitiesOnly=yes", "-o", "PasswordAuthentication=no"]
        let refused = try server.runSSH("fay", keyOnly + ["-i", "\(folder)/unlisted", "-T"])
        #expect(refused.status == 255)
        #expect(refused.stderr.contains("Permission denied"))
        // Logged in by key; -T so the session ends at once with the message and status 1.
        let joined = try server.runSSH("fay", keyOnly + ["-i", "\(folder)/listed", "-T"])
        #expect(joined.status == 1)
        #expect(joined.stderr.contains("use ssh -t"))
        try server.waitForLog("fay joined from 127.0.0.1 (publickey)")
    }

    @Test func allySessionNeedsATerminalIgnoresTheOriginalCommandAndTrainsAsTheLogin() throws {
        let refused = try runAlly(["session"], environment: ["SSH_ORIGINAL_COMMAND": "true"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("use ssh -t"))

        let scratch = try temporaryFolder("session").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let marker = scratch + "/ran"
        var environment = TmuxSession.defaultEnvironment
        environment["SSH_ORIGINAL_COMMAND"] = "touch \(marker)"
        let session = try TmuxSession(
            command: [allyBinary.path, "session", "--content", fixtures.appendingPathComponent("good").path, "--lang", "en",
                      "--store", scratch + "/ally.sqlite"],
            environment: environment)
        let login = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let menu = try session.waitFor(text: "› 1. Play a scenario")
        #expect(menu.contains("Hello, \(login)"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
