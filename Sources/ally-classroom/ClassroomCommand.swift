import AllyClassLink
import AllyClassroom
import AllyContent
import AllyCore
import AllyTerminal
import ArgumentParser
import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// The classroom server that `ally serve` hands over to, with every path already resolved.
@main
struct ClassroomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ally-classroom",
        abstract: "The classroom SSH server behind 'ally serve' (run 'ally serve' instead).")

    @Option(help: "The class's name.") var `class`: String
    @Option(help: "An address to listen on (repeatable; default: 0.0.0.0 and ::).") var address: [String] = []
    @Option(help: "The class's course: every trainee plays it in order.") var course: String?
    @Option(help: "The TCP port (0: any free one).") var port = 2222
    @Option(help: "The class code (the password); made up and kept in the class folder when not given.") var code: String?
    @Flag(help: "Take the class code from the class folder even when an authorized_keys file is given.") var codeFromClassFolder = false
    @Option(help: "An authorized_keys file whose keys may join without the class code.") var authorizedKeys: String?
    @Option(help: "The Ed25519 host key (OpenSSH format); created when missing.") var hostKey: String
    @Option(help: "The class folder: the store, the code, the host key by default.") var classFolder: String
    @Option(help: "The ally binary each session runs.") var ally: String
    @Option(help: "The content folder.") var content: String
    @Option(help: "The class's language.") var lang: String
    @Option(help: "Seconds a connection has to log in.") var loginGrace = 60
    @Option(help: "Connections open at once, at most.") var maxConnections = 200
    @Option(help: "Connections from one address logging in at once, at most.") var maxLoggingInPerAddress = 80
    @Option(help: "Minutes without a key before a session is closed (0: never).") var idleTimeout = 30.0
    @Option(help: "Minutes a session may last at most (0: no limit).") var maxSession = 240.0
    @Option(help: "Milliseconds a failed login waits before its answer.") var failureDelay = 1000

    func run() throws {
        let (key, created) = try report { () throws(HostKey.Problem) in try HostKey.loadOrCreate(at: hostKey) }
        let classCode = try code ?? (authorizedKeys == nil || codeFromClassFolder ? storedCode() : nil)
        if let classCode, classCode.isEmpty || classCode.utf8.count > 128 { throw fail("the class code must be 1 to 128 characters") }
        let access: ClassAccess
        do {
            let loaded = try ClassAccess.load(code: classCode, authorizedKeys: authorizedKeys, failureDelay: .milliseconds(Int64(failureDelay)))
            for problem in loaded.problems { FileHandle.standardError.write(Data(SafeText.text("ally: \(problem)\n").utf8)) }
            access = loaded.access
        } catch {
            throw fail(error.description)
        }
        let store = classFolder + "/ally.sqlite"
        let launch = TrainerLaunch(
            executable: ally, arguments: ["train", "--lang", lang, "--content", content, "--store", store] + (course.map { ["--course", $0] } ?? []),
            home: classFolder, language: Language(rawValue: lang) ?? .en,
            dashboard: ["class", "watch", "--class-folder", classFolder, "--lang", lang, "--content", content])
        // The library for live runs, read once at the first run (most classes never start one).
        let library = LibraryOnce(folder: content)
        let addresses = address.isEmpty ? ["0.0.0.0", "::"] : address
        let hub = ClassHub(
            // A restarted server goes on with the class as the last run left it.
            ClassState(className: self.class, fingerprint: key.fingerprint, joinCommand: "", course: course, serverPID: getpid(),
                       now: Date().timeIntervalSince1970).continued(from: ClassStateFile.read(from: classFolder)),
            folder: classFolder, scenarios: { id in library.scenario(id) }, language: Language(rawValue: lang) ?? .en,
            log: { line in say("\(timestamp()) \(line)") })
        let configuration = ClassroomConfiguration(
            addresses: addresses, port: port,
            access: access,
            hostKey: key, launch: launch, loginGrace: .seconds(Int64(loginGrace)), maxConnections: maxConnections,
            idleTimeout: minutes(idleTimeout), maxSessionLength: minutes(maxSession), maxLoggingInPerAddress: maxLoggingInPerAddress,
            hub: hub)
        let server = try ClassroomServer.start(configuration) { line in
            say("\(timestamp()) \(line)")
        }
        let join = "ssh " + (server.port == 22 ? "" : "-p \(server.port) ") + "HANDLE@\(Self.hostName())"
        hub.setJoinCommand(join)
        say("""
            Class \(self.class): listening on \(server.listening.joined(separator: " and ")) port \(server.port)
            Host key\(created ? " (new)" : ""): \(key.fingerprint) (ED25519)
            \(classCode.map { "Class code: \($0)" } ?? "Class code: none (keys only)")
            Trainees join with: \(join)   (HANDLE: letters, digits, - and _)\(course.map { "\nCourse: \($0)" } ?? "")
            """)
        try server.wait()
    }

    /// This machine's name, for the join command.
    private static func hostName() -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "THIS-HOST" }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "THIS-HOST" : text
    }

    /// A number of minutes as a time amount; 0 or less: none.
    private func minutes(_ value: Double) -> TimeAmount? {
        value > 0 ? .nanoseconds(Int64(value * 60_000_000_000)) : nil
    }

    /// The class code kept in the class folder, made up (and kept, mode 0600) the first time.
    private func storedCode() throws -> String {
        let path = classFolder + "/code"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // Easy to read aloud and type: no 0/O, 1/l/I.
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let made = (0..<3).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }.joined(separator: "-")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array((made + "\n").utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else { throw fail("cannot write \(path)") }
        return made
    }

    private func report<T>(_ body: () throws(HostKey.Problem) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail(error.description)
        }
    }

    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(SafeText.text("ally: \(message)\n").utf8))
        return ExitCode(2)
    }

    /// Writes a line to standard output at once (a log read through a pipe must not wait for a buffer);
    /// a name a client chose cannot send escape sequences to the instructor's terminal (``SafeText``).
    private func say(_ text: String) {
        FileHandle.standardOutput.write(Data(SafeText.text(text + "\n").utf8))
    }

    private func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withTime, .withColonSeparatorInTime]
        return formatter.string(from: Date())
    }
}


/// The content library, read on first use and kept: what a live run's scenario is looked up in.
final class LibraryOnce: Sendable {
    private let folder: String
    private let scenarios = NIOLockedValueBox<[String: Scenario]?>(nil)

    init(folder: String) {
        self.folder = folder
    }

    /// The scenario with `id`, if the library has it.
    func scenario(_ id: String) -> Scenario? {
        scenarios.withLockedValue { cache in
            if cache == nil {
                let library = ContentLoader.load(from: [URL(fileURLWithPath: folder)])
                cache = Dictionary(library.scenarios.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return cache?[id]
        }
    }
}
