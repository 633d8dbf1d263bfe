import AllyCore
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

    @Option(help: "The address to listen on (0.0.0.0: every interface; 127.0.0.1: this machine only).")
    var address = "0.0.0.0"

    @Option(help: ArgumentHelp("The class code trainees type as the password (default: made up once and kept in the class folder).", valueName: "code"))
    var code: String?

    @Option(help: ArgumentHelp("An authorized_keys file whose keys may join without the class code.", valueName: "file"))
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
        guard TraineeHandle.isValid(className) else {
            throw ValidationError("--class takes letters, digits, - and _ only, at most 32 (it names the class folder).")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
        guard (1...100_000).contains(maxConnections) else { throw ValidationError("--max-connections takes 1 to 100000.") }
        // Above --max-connections it is simply never reached, which is no mistake.
        guard (1...100_000).contains(maxLoggingInPerAddress) else { throw ValidationError("--max-logging-in-per-address takes 1 to 100000.") }
        // Minutes: a week at most; 0 switches the limit off. NaN and infinity are not durations.
        for (name, value) in [("--idle-timeout", idleTimeout), ("--max-session", maxSession)] where !(0...10_080).contains(value) {
            throw ValidationError("\(name) takes minutes from 0 (no limit) to 10080 (a week).")
        }
        guard (1...3600).contains(loginGrace) else { throw ValidationError("--login-grace takes 1 to 3600 seconds.") }
        guard (0...60_000).contains(failureDelay) else { throw ValidationError("--failure-delay takes 0 to 60000 milliseconds.") }
    }

    func run() throws {
        let content = try ContentOptions.locate(contentOptions.content).standardizedFileURL.path
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
        let language = languageOption.language
        var arguments = [
            helper, "--class", className, "--address", address, "--port", "\(port)",
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

    func run() throws {
        // What the client asked to run (SSH_ORIGINAL_COMMAND) is deliberately never looked at.
        guard isatty(0) == 1, isatty(1) == 1 else {
            Terminal.error("Ally is a full-screen trainer and needs a terminal: use ssh -t (or leave out -T).")
            throw ExitCode(1)
        }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name.map({ String(cString: $0) }),
              TraineeHandle.isValid(name) else {
            Terminal.error("this login's name cannot be a trainee's name (letters, digits, - and _, at most 32)")
            throw ExitCode(1)
        }
        try TrainCommand.train(
            lang: languageOption.lang, monochrome: false, content: contentOptions.content, store: storeOption.store,
            noTimers: playOptions.noTimers, seed: playOptions.seed,
            trainee: name)
    }
}
