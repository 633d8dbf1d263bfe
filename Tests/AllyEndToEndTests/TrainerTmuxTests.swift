import Foundation
import AllyProcess
import AllyTestSupport
import Testing

/// The full-screen trainer, driven in tmux at 80×24 as a trainee would use it.
///
/// Every wait polls `capture-pane` until the text shows or a deadline passes; there are no
/// fixed sleeps. The scenarios come from the small fixture folder, so the tests do not depend
/// on the bundled library.
@Suite(.serialized, .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
final class TrainerTmuxTests {
    /// A progress store of its own for each test, so tests never see each other's trainees.
    let storePath = NSTemporaryDirectory() + "/ally-trainer-\(UUID().uuidString).sqlite"

    /// Removes the test's store (SQLite keeps a journal beside it).
    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
    }

    /// The trainer on the fixture content, in English, with this test's store; the first attempt
    /// shows its replies in the order of `deskSeed` (`replyPosition` says where each one is).
    var command: [String] {
        [allyBinary.path, "--content", fixtures.appendingPathComponent("good").path, "--lang", "en", "--store", storePath,
         "--seed", String(deskSeed)]
    }

    /// Starts the trainer and waits for the welcome screen.
    func start(_ environment: [String: String] = TmuxSession.defaultEnvironment) throws -> TmuxSession {
        let session = try TmuxSession(command: command, environment: environment)
        try session.waitFor(text: "Welcome to Ally")
        return session
    }

    /// From the welcome screen to the menu, as `name`; returns the menu as shown.
    @discardableResult
    func enterMenu(_ session: TmuxSession, as name: String = "Ana") throws -> String {
        try session.type(name)
        try session.sendKeys("Enter")
        return try session.waitFor(text: "› 1. Play a scenario")
    }

    /// From the welcome screen to the first question of the fixture scenario.
    func playUntilFirstQuestion(_ session: TmuxSession) throws {
        try enterMenu(session)
        try session.sendKeys("Enter")
        try session.waitFor(text: "The quiet one at the desk")
        try session.sendKeys("Enter")
        try session.waitFor(text: "What type of customer is this?")
    }

    @Test func playFromTheMenuToTheDebriefWithKeysOnly() throws {
        let session = try start()
        defer { session.kill() }
        let baseline = try session.baselineStty()
        try playUntilFirstQuestion(session)
        // Nothing is selected yet: ↓ selects the first type, then move about to tolerant (2).
        try session.sendKeys("j", "Down", "Down", "k")
        try session.waitFor(text: "› 2. tolerant")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Right")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")
        try session.sendKeys("2", "Enter")           // inform & involve: the digit selects, Enter answers
        try session.waitFor(text: "Right")
        try session.sendKeys("Enter")
        try session.waitFor(text: "How do you reply?")
        // The best reply of each step, where this attempt's order shows it; the same digit again answers.
        let waiting = String(replyPosition("waiting", choice: 0))
        try session.sendKeys(waiting, waiting)
        try session.waitFor(text: "Noticing the quiet customer")
        try session.sendKeys("Enter")
        try session.waitFor(text: "I don't understand this letter")
        try session.sendKeys(String(replyPosition("needs", choice: 0)), "Enter")
        try session.waitFor(text: "Inform and involve")
        try session.sendKeys("Enter")
        try session.waitFor(text: "So I only need to sign this form?")
        try session.sendKeys(String(replyPosition("check", choice: 0)), "Enter")
        try session.waitFor(text: "The conversation ends")
        try session.sendKeys("Enter")
        let debrief = try session.waitFor(text: "Score per part")
        #expect(debrief.contains("score 100/100"))
        #expect(debrief.contains("delighted"))
        try session.sendKeys("q")
        try session.waitFor(text: "Play a scenario")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.stty() == baseline)
    }

    @Test func replayAnAttemptFromProgressThenDrillFromTheMenu() throws {
        let session = try start()
        defer { session.kill() }
        try playUntilFirstQuestion(session)
        // Name the wrong type, then play on to the end with the file's first replies, where they show.
        try session.sendKeys("1", "Enter")
        try session.waitFor(text: "Wrong")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")
        try session.sendKeys("2", "Enter")
        try session.waitFor(text: "Right")
        try session.sendKeys("Enter")
        try session.waitFor(text: "How do you reply?")
        for key in replyKeys([("waiting", 0), ("needs", 0), ("check", 0)]) {
            try session.sendKeys(key, "Enter")       // select and answer
            try session.sendKeys("Enter")            // on from the feedback
        }
        try session.waitFor(text: "Score per part")
        try session.sendKeys("q")
        try session.waitFor(text: "Play a scenario")
        // Progress, then the replay of the attempt just stored, read back from the store.
        try session.sendKeys("3")
        try session.waitFor(text: "Recent attempts")
        try session.sendKeys("Enter")
        // Waits for the last of the page's lines: tmux may show a frame half drawn.
        let replay = try session.waitFor(text: "Ideal:")
        #expect(replay.contains("Replay · #"))
        #expect(replay.contains("decision 1 of"))
        try session.sendKeys("n")
        try session.waitFor(text: "decision 2 of")
        try session.sendKeys("Escape")
        try session.waitFor(text: "Recent attempts")
        try session.sendKeys("q")
        try session.waitFor(text: "Play a scenario")
        // The drill: a round is asked, answered and recorded; stopping shows the summary.
        try session.sendKeys("4")
        try session.waitFor(text: "What type of customer is this?")
        try session.sendKeys("2", "Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")
        try session.sendKeys("2", "Enter")
        try session.waitFor(text: "✓ Right")
        try session.sendKeys("q")
        try session.waitFor(text: "1 round(s)")
        try session.sendKeys("q")
        try session.waitFor(text: "Play a scenario")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func arrowsInNormalCursorModeMoveAndNeverReadAsEscape() throws {
        // A terminal that ignores keypad-transmit mode sends ESC [ B for ↓, not terminfo's ESC O B.
        let session = try start()
        defer { session.kill() }
        try enterMenu(session)
        try session.type("\u{1B}[B")
        try session.waitFor(text: "› 2. Play a course")
        try session.type("\u{1B}[A")
        try session.waitFor(text: "› 1. Play a scenario")
        #expect(session.isRunning(), "an arrow is not Escape: the trainer is still there")
    }

    @Test func anEscapeSequenceCursesDoesNotKnowIsNeitherEscapeNorText() throws {
        // Ctrl-arrows under some TERMs, a focus report, a function key terminfo does not list:
        // each used to read as Escape (quit from the menu) plus junk typed into the name.
        let session = try start()
        defer { session.kill() }
        try session.type("Ana")
        for sequence in ["\u{1B}[1;5A", "\u{1B}[99~", "\u{1B}[I", "\u{1B}[<65;20;12M"] { try session.type(sequence) }
        try session.type("!")
        try session.waitFor(text: "Ana!▏")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Play a scenario")
        try session.type("\u{1B}[1;5B")
        try session.sendKeys("Down")
        try session.waitFor(text: "› 2. Play a course")
        #expect(session.isRunning())
        // The Escape key on its own still means Escape: on the menu, quit.
        try session.sendKeys("Escape")
        #expect(try session.waitForExit() == 0)
    }

    @Test func aWheelNotchAndAClickArriveThroughCurses() throws {
        // Mouse reports as the terminal sends them for TERM=tmux-256color (X10: ESC [ M, then
        // button, column and row, each plus 32): the mask and the shim's decoding are real here.
        func report(button: Int, column: Int, row: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + column)))
                + String(UnicodeScalar(UInt8(33 + row)))
        }
        let session = try start()
        defer { session.kill() }
        let menu = try enterMenu(session)
        try session.type(report(button: 65, column: 20, row: 12))  // wheel down
        try session.waitFor(text: "› 2. Play a course")
        let lines = menu.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("3. Progress") })
        try session.type(report(button: 0, column: 14, row: row) + report(button: 3, column: 14, row: row))  // press, release
        try session.waitFor(text: "How well you name each type")
    }

    @Test func withoutALocaleTheScreenIsStillUTF8() throws {
        // An SSH login often arrives without LANG: the C locale, where curses cannot write
        // "›", "·" or "ë". The trainer switches its characters to UTF-8 then.
        var environment = TmuxSession.defaultEnvironment
        environment["LANG"] = "C"
        environment["LC_ALL"] = nil
        let session = try start(environment)
        defer { session.kill() }
        let menu = try enterMenu(session, as: "Zoë")
        #expect(menu.contains("Ally · Menu"))
        #expect(menu.contains("Hello, Zoë"))
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let session = try start()
        defer { session.kill() }
        let baseline = try session.baselineStty()
        try playUntilFirstQuestion(session)
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        #expect(try session.stty() == baseline)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalRestoresTheTerminal(signal: Int32) throws {
        let session = try start()
        defer { session.kill() }
        let baseline = try session.baselineStty()
        try playUntilFirstQuestion(session)
        try session.signal(signal)
        #expect(try session.waitForExit() == 128 + signal)
        let after = try session.stty()
        #expect(after == baseline, "before: \(baseline)\nafter:  \(after)")
    }

    @Test func aNamedPipeInTheContentNeitherHangsTheTrainerNorItsKeys() throws {
        let folder = try temporaryFolder("fifo").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("good/desk-en.yaml").path, toPath: folder + "/desk-en.yaml")
        #expect(mkfifo(folder + "/pipe.yaml", 0o644) == 0)
        let session = try TmuxSession(command: [allyBinary.path, "--content", folder, "--lang", "en", "--store", storePath])
        defer { session.kill() }
        try session.waitFor(text: "Welcome to Ally")
        try enterMenu(session)
        try session.sendKeys("Enter")
        try session.waitFor(text: "The quiet one at the desk")
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        // The file left out is named, not only counted.
        let unwrapped = try session.capture().replacingOccurrences(of: "\n", with: "")
        #expect(unwrapped.contains("1 error(s) in the content; left out: \(folder)/pipe.yaml."))
    }

    /// Ctrl-\\ and Ctrl-C on a cooked terminal send SIGQUIT and SIGINT to the foreground group (the
    /// test's wrapper shell too, which would die with it): sent to the program alone here.
    @Test(arguments: [SIGQUIT, SIGINT])
    func plainModeLeavesOnCtrlBackslashAsOnEndOfInput(signal: Int32) throws {
        let session = try TmuxSession(command: [
            allyBinary.path, "play", "--plain", "--content", fixtures.appendingPathComponent("good").path,
            "--scenario", "desk-en", "--lang", "en", "--store", storePath, "--trainee", "ana",
        ])
        defer { session.kill() }
        try session.waitFor(text: "What type of customer is this?")
        try session.sendKeys("2", "Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")
        try session.signal(signal)
        #expect(try session.waitForExit() == 128 + signal)
        let screen = try session.capture()
        #expect(screen.contains("You left the scenario. It stays unfinished"))
        #expect(!screen.contains("crashed"))
        let again = try runAlly(["play", "--plain", "--content", fixtures.appendingPathComponent("good").path,
                                 "--scenario", "desk-en", "--store", storePath, "--trainee", "ana"], input: "q\n")
        #expect(again.stdout.contains("unfinished at decision 1"))
    }

    @Test func escapeSequencesTypedOrPastedIntoTheNameFieldLeaveNoTail() throws {
        let session = try start()
        defer { session.kill() }
        // A CSI with 22 parameters, an OSC title ended by BEL and one ended by ST, around the name.
        let csi = "\u{1B}[" + (1...22).map(String.init).joined(separator: ";") + "m"
        try session.type(csi + "An" + "\u{1B}]0;pwned\u{07}" + "a" + "\u{1B}]52;c;aGk=\u{1B}\\" + "!")
        let screen = try session.waitFor(text: "Ana!")
        #expect(!screen.contains("pwned") && !screen.contains("aGk") && !screen.contains("22m"))
        try session.sendKeys("C-c")
        try session.waitForExit()
    }

    @Test func aStoreThatCannotBeOpenedIsSaidUpFront() throws {
        let folder = try temporaryFolder("notastore").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(command: [allyBinary.path, "--content", fixtures.appendingPathComponent("good").path,
                                                "--lang", "en", "--store", folder])
        defer { session.kill() }
        // On the welcome screen already, before any progress screen or the exit.
        try session.waitFor(text: "progress not saved")
        try session.sendKeys("C-c")
        try session.waitForExit()
    }

    @Test func aFlagDrawnWhereTextWasLeavesNoStaleCell() throws {
        let session = try start()
        defer { session.kill() }
        try session.type("abc")
        try session.waitFor(text: "abc▏")
        // Two Backspaces and a flag in one read: one frame puts the two-column flag where "bc"
        // was. Its second column must be drawn too, not left showing the "c".
        try session.sendBytes([0x7F, 0x7F] + Array("🇳🇱".utf8))
        let screen = try session.waitUntil("the flag in the name") { $0.contains("a🇳") }
        let nameLine = screen.split(separator: "\n").first { $0.contains("Your name") } ?? ""
        #expect(!nameLine.contains("c"), "\(nameLine)")
        try session.sendKeys("C-c")
        try session.waitForExit()
    }

    @Test func aStackOverflowStillRestoresTheTerminal() throws {
        var environment = TmuxSession.defaultEnvironment
        environment["ALLY_TEST_CRASH"] = "stack-overflow"
        // No interactive backtrace: it would wait for a key before the program dies.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let session = try TmuxSession(command: command, environment: environment)
        defer { session.kill() }
        let baseline = try session.baselineStty()
        #expect(try session.waitForExit() == 128 + SIGSEGV)
        let modes = try session.screenModes()
        #expect(!modes.alternateScreen && modes.cursorVisible && !modes.mouseReporting && !modes.keypad, "\(modes)")
        #expect(try session.stty() == baseline)
    }

    @Test func aSmallWindowShowsWhatItNeedsAndRecovers() throws {
        let session = try start()
        defer { session.kill() }
        try playUntilFirstQuestion(session)
        try session.sendKeys("Down", "Down", "Down")  // nothing selected, then 1, 2, 3
        // The keys must be read before the resize: the too-small screen ignores keys it cannot show.
        try session.waitFor(text: "› 3. patient")
        try session.resize(columns: 60, rows: 20)
        try session.waitFor(text: "This needs 80×24; the window is 60×20.")
        try session.resize(columns: 100, rows: 30)
        let screen = try session.waitFor(text: "What type of customer is this?")
        #expect(screen.contains("› 3. patient"), "the selection survives the resize")
        try session.sendKeys("C-c")
        try session.waitForExit()
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func aTerminalThatCannotDoFullScreenGetsAMessage(term: String) throws {
        var environment = TmuxSession.defaultEnvironment
        environment["TERM"] = term
        let session = try TmuxSession(command: command, environment: environment)
        defer { session.kill() }
        let baseline = try session.baselineStty()
        let status = try session.waitForExit()
        #expect(status == 2)
        let screen = try session.capture()
        #expect(screen.contains("--plain"), "the message points to --plain: \(screen)")
        let after = try session.stty()
        #expect(after == baseline, "before: \(baseline)\nafter:  \(after)")
    }

    @Test func noTerminalAtAllGetsAMessage() throws {
        let result = try runAlly(Array(command.dropFirst()), environment: ["TERM": "xterm"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--plain"))
    }

    @Test func aDroppedConnectionResumesAtTheSameQuestion() throws {
        let first = try start()
        defer { first.kill() }
        try playUntilFirstQuestion(first)
        try first.sendKeys("2", "Enter")
        try first.waitFor(text: "Right")
        try first.signal(SIGHUP)                     // the SSH link drops during the feedback
        #expect(try first.waitForExit() == 128 + SIGHUP)

        let second = try TmuxSession(command: command)
        defer { second.kill() }
        // The first frame comes before the store is read; the remembered name follows at once.
        try second.waitUntil("the remembered name") { $0.contains("Welcome to Ally") && $0.contains("Ana") }
        try second.sendKeys("Enter")
        let menu = try second.waitFor(text: "Resume: The quiet one at the desk")
        #expect(menu.contains("Play a scenario"))
        try second.sendKeys("Enter")
        try second.waitFor(text: "Which strategy makes this customer an ally?")
        try second.sendKeys("C-c")
        try second.waitForExit()
    }

    @Test func ctrlZHandsTheTerminalToTheShellAndFgBringsThePlayBack() throws {
        var environment = TmuxSession.defaultEnvironment
        environment["PS1"] = "shell$ "
        let shell = try TmuxSession(command: ["/bin/bash", "--norc", "--noprofile", "-i"], environment: environment)
        defer { shell.kill() }
        try shell.waitFor(text: "shell$")
        let folder = NSTemporaryDirectory() + "ally-suspend-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try shell.type("mkdir \(folder) && stty -g > \(folder)/before && clear")
        try shell.sendKeys("Enter")
        try shell.type(command.map { "'\($0)'" }.joined(separator: " "))
        try shell.sendKeys("Enter")
        try shell.waitFor(text: "Welcome to Ally")
        try shell.type("Ana")
        try shell.sendKeys("C-z")
        let stopped = try shell.waitFor(text: "Stopped")
        #expect(!stopped.contains("Welcome to Ally"), "the shell's screen is back:\n\(stopped)")
        // The modes as a command run from the shell sees them: what they were before Ally.
        try shell.type("stty -g > \(folder)/during; fg")
        try shell.sendKeys("Enter")
        let back = try shell.waitUntil("the welcome screen again") { $0.contains("Welcome to Ally") && $0.contains("Ana") }
        #expect(!back.contains("Stopped"), "the whole screen is repainted:\n\(back)")
        let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
        let during = try String(contentsOfFile: folder + "/during", encoding: .utf8)
        #expect(TmuxSession.withoutIUTF8(during) == TmuxSession.withoutIUTF8(before))
        try shell.sendKeys("C-c")
        try shell.waitUntil("the prompt after Ally") { $0.contains("shell$") && !$0.contains("Welcome to Ally") }
    }

    @Test func aStoreHeldByAnotherProgramDelaysTheSavingNotThePlay() throws {
        let session = try start()
        defer { session.kill() }
        try playUntilFirstQuestion(session)
        let lock = try StoreLock(path: storePath)
        try session.sendKeys("2", "Enter")           // tolerant: the save waits out the busy timeout
        let waiting = try session.waitFor(text: "not saved yet: store busy")
        #expect(waiting.contains("Right"), "the feedback shows all the same:\n\(waiting)")
        lock.release()
        try session.sendKeys("Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")
        try session.sendKeys("2", "Enter")           // this save takes the waiting one along, in order
        let saved = try session.waitUntil("the warning to go") { $0.contains("Right") && !$0.contains("not saved") }
        #expect(saved.contains("inform & involve"))
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        let query = "print(c.execute(\"SELECT group_concat(event, ' | ') FROM decision ORDER BY seq\").fetchone()[0])"
        let stored = try Subprocess.run("python3", ["-c", StoreLock.script(storePath, query)])
        #expect(stored.stdout.contains("tolerant") && stored.stdout.contains("inform-and-involve"), "both decisions are stored: \(stored.stdout)")
        #expect(stored.stdout.range(of: "tolerant")!.lowerBound < stored.stdout.range(of: "inform-and-involve")!.lowerBound)
    }
}

/// Another program holding a SQLite store's write lock (Python's sqlite3, `BEGIN EXCLUSIVE`) until released.
final class StoreLock {
    /// The Python process holding the lock.
    let process = Process()
    /// Its standard input: closing it ends the process and frees the lock.
    let input = Pipe()

    /// Takes the lock; returns once it is held.
    init(path: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script(path, "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()")]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // The script says "locked" once BEGIN EXCLUSIVE returned; reading blocks until then.
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard line.hasPrefix("locked") else { throw TmuxError.timedOut(waitingFor: "the store lock", screen: line) }
    }

    /// Ends the holder, which frees the lock.
    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { release() }
    }

    /// A Python script that opens the store at `path` as `c` (autocommit) and then runs `code`.
    static func script(_ path: String, _ code: String) -> String {
        let literal = "'" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        return "import sqlite3, sys; c = sqlite3.connect(\(literal), isolation_level=None); " + code
    }
}
