import AllyClassLink
import AllyContent
import AllyCore
import AllyStore
import ArgumentParser
import Foundation

/// `ally serve`: the classroom over SSH. Resolves the class's folders and hands over to the
/// `ally-classroom` server beside this binary (SwiftNIO and its TLS library stay out of `ally`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a class over SSH: every trainee who logs in gets the trainer.",
        discussion: """
            Trainees join with 'ssh -p PORT HANDLE@SERVER' from Windows, macOS or Linux; the handle \
            (letters, digits, - and _) is their name in the class, and the class code is the password. \
            The class's progress goes to one store in the class folder \
            ($XDG_DATA_HOME/ally/classes/NAME, else ~/.local/share/ally/classes/NAME).
            """)

    @Option(name: .customLong("class"), help: ArgumentHelp("The class's name (letters, digits, - and _).", valueName: "name"))
    var className: String

    @Option(help: "The TCP port to listen on.")
    var port = 2222

    @Option(help: ArgumentHelp(
        "An address to listen on; repeat it for more (default: 0.0.0.0 and ::, every interface over IPv4 and IPv6; 127.0.0.1: this machine only).",
        valueName: "address"))
    var address: [String] = []

    @Option(help: ArgumentHelp("The class's course: every trainee plays it in order and goes on where they left off.", valueName: "id"))
    var course: String?

    @Option(help: ArgumentHelp(
        "The class's roster, CSV: handle, Moodle username or e-mail, display name (kept in the class folder for the dashboard and reports).",
        valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp("The class code trainees type as the password (default: made up once and kept in the class folder).", valueName: "code"))
    var code: String?

    @Option(help: ArgumentHelp(
        "An authorized_keys file whose keys may join without the class code; a key with the word ally-instructor in its comment opens the dashboard.",
        valueName: "file"))
    var authorizedKeys: String?

    @Option(help: ArgumentHelp("The Ed25519 host key, OpenSSH format (default: host_ed25519_key in the class folder, created once).", valueName: "file"))
    var hostKey: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: ArgumentHelp("Seconds a connection has to log in.", visibility: .hidden))
    var loginGrace = 60

    @Option(help: ArgumentHelp("Connections open at once, at most.", valueName: "n"))
    var maxConnections = 200

    @Option(help: ArgumentHelp(
        "Connections from one address that may be logging in at once (a lab behind one NAT address logs in together).",
        valueName: "n"))
    var maxLoggingInPerAddress = 80

    @Option(help: ArgumentHelp("Minutes without a key before a session is closed; its place is saved (0: never).", valueName: "minutes"))
    var idleTimeout = 30.0

    @Option(help: ArgumentHelp("Minutes a session may last at most (0: no limit).", valueName: "minutes"))
    var maxSession = 240.0

    @Option(help: ArgumentHelp("Milliseconds a failed login waits before its answer.", visibility: .hidden))
    var failureDelay = 1000

    func validate() throws {
        guard HandleRule.isValid(className) else {
            throw ValidationError("--class takes letters, digits, - and _ only, at most 32 (it names the class folder).")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
    }

    func run() throws {
        let content = try ContentOptions.locate(contentOptions.content).standardizedFileURL.path
        if let course {
            let courses = ContentLoader.load(from: [URL(fileURLWithPath: content)]).courses
            guard courses.contains(where: { $0.id == course }) else {
                Terminal.error("there is no course '\(course)' in \(content); there are: \(courses.map(\.id).sorted().joined(separator: ", "))")
                throw ExitCode(2)
            }
        }
        let folder = Self.dataHome() + "/ally/classes/" + className
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            Terminal.error("cannot create the class folder \(folder): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        // /proc/self/exe names this very binary however it was started; elsewhere, the path it was started by.
        let running = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        let binary = URL(fileURLWithPath: running).resolvingSymlinksInPath()
        let helper = binary.deletingLastPathComponent().appendingPathComponent("ally-classroom").path
        guard FileManager.default.isExecutableFile(atPath: helper) else {
            Terminal.error("\(helper) is missing: the classroom server is built by 'swift build' and installed beside ally")
            throw ExitCode(2)
        }
        if let roster { try ClassFolder.adopt(roster: roster, into: folder) }
        // The class's store is made and migrated once, here, before a whole class starts at once:
        // trainers racing to create it could find it half made and fall back to progress kept for
        // the session only (seen with 50 live-run trainees: their answers refused). Closed before
        // the hand-over (the temporary goes at once).
        _ = try StoreOptions.check { try Store.open(path: folder + "/ally.sqlite") }
        let language = languageOption.language
        var arguments = [
            helper, "--class", className, "--port", "\(port)",
            "--host-key", absolute(hostKey) ?? folder + "/host_ed25519_key", "--class-folder", folder,
            "--ally", binary.path, "--content", content, "--lang", language.rawValue,
            "--login-grace", "\(loginGrace)", "--max-connections", "\(maxConnections)", "--failure-delay", "\(failureDelay)",
            "--idle-timeout", "\(idleTimeout)", "--max-session", "\(maxSession)",
            "--max-logging-in-per-address", "\(maxLoggingInPerAddress)",
        ]
        if let code {
            // Kept in the class folder (0600) rather than on the server's command line, which any
            // local user can read for as long as the server runs.
            let path = folder + "/code"
            unlink(path)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            let bytes = Array((code + "\n").utf8)
            guard fd >= 0, write(fd, bytes, bytes.count) == bytes.count else {
                Terminal.error("cannot write \(path): \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            close(fd)
            arguments += ["--code-from-class-folder"]
        }
        if let path = absolute(authorizedKeys) { arguments += ["--authorized-keys", path] }
        for address in address { arguments += ["--address", address] }
        if let course { arguments += ["--course", course] }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(helper, argv)
        Terminal.error("cannot start \(helper): \(String(cString: strerror(errno)))")
        throw ExitCode(2)
    }

    private func absolute(_ path: String?) -> String? {
        path.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// $XDG_DATA_HOME, else ~/.local/share.
    static func dataHome() -> String {
        if let xdg = environmentVariable("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg }
        return (environmentVariable("HOME") ?? NSHomeDirectory()) + "/.local/share"
    }
}

/// `ally session`: the trainer as an OpenSSH `ForceCommand`, for schools that run their own sshd.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "The trainer for an sshd ForceCommand: the login name is the trainee.",
        discussion: """
            Refuses to run without a terminal (ssh -T, a command, a pipe) and never runs \
            SSH_ORIGINAL_COMMAND. The login name (letters, digits, - and _, at most 32) is the trainee's \
            name in the store.
            """)

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var playOptions: PlayOptions

    @Option(help: ArgumentHelp("The class's course: every trainee plays it in order and goes on where they left off.", valueName: "id"))
    var course: String?

    func run() throws {
        // What the client asked to run (SSH_ORIGINAL_COMMAND) is deliberately never looked at.
        guard isatty(0) == 1, isatty(1) == 1 else {
            Terminal.error("Ally is a full-screen trainer and needs a terminal: use ssh -t (or leave out -T).")
            throw ExitCode(1)
        }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name.map({ String(cString: $0) }),
              HandleRule.isValid(name) else {
            Terminal.error("this login's name cannot be a trainee's name (letters, digits, - and _, at most 32)")
            throw ExitCode(1)
        }
        try TrainCommand.train(
            lang: languageOption.lang, monochrome: false, content: contentOptions.content, store: storeOption.store,
            noTimers: playOptions.noTimers, seed: playOptions.seed,
            trainee: name, course: course)
    }
}
