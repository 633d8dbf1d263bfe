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
        abstract: cli("help.serve.abstract"),
        discussion: cli("help.serve.discussion"))

    @Option(name: .customLong("class"), help: ArgumentHelp(cli("help.serve.className"), valueName: "name"))
    var className: String

    @Option(help: ArgumentHelp(cli("help.serve.port")))
    var port = 2222

    @Option(help: ArgumentHelp(cli("help.serve.address"), valueName: "address"))
    var address: [String] = []

    @Option(help: ArgumentHelp(cli("help.serve.course"), valueName: "id"))
    var course: String?

    @Option(help: ArgumentHelp(cli("help.serve.roster"), valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp(cli("help.serve.code"), valueName: "code"))
    var code: String?

    @Option(help: ArgumentHelp(cli("help.serve.authorizedKeys"), valueName: "file"))
    var authorizedKeys: String?

    @Option(help: ArgumentHelp(cli("help.serve.hostKey"), valueName: "file"))
    var hostKey: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: ArgumentHelp(cli("help.serve.loginGrace"), visibility: .hidden))
    var loginGrace = 60

    @Option(help: ArgumentHelp(cli("help.serve.maxConnections"), valueName: "n"))
    var maxConnections = 200

    @Option(help: ArgumentHelp(
        cli("help.serve.maxLoggingInPerAddress"),
        valueName: "n"))
    var maxLoggingInPerAddress = 80

    @Option(help: ArgumentHelp(cli("help.serve.idleTimeout"), valueName: "minutes"))
    var idleTimeout = 30.0

    @Option(help: ArgumentHelp(cli("help.serve.maxSession"), valueName: "minutes"))
    var maxSession = 240.0

    @Option(help: ArgumentHelp(cli("help.serve.failureDelay"), visibility: .hidden))
    var failureDelay = 1000

    func validate() throws {
        guard HandleRule.isValid(className) else {
            throw ValidationError(cli("cli.className"))
        }
        guard (0...65535).contains(port) else { throw ValidationError(cli("cli.port")) }
        // A session's trainer starts with a clean environment (TrainerEnvironment), without
        // ALLY_CATALOGUES: a class runs in a language built into the program.
        if case let lang = languageOption.language, !Language.shipped.contains(lang) {
            throw ValidationError(cli("cli.classLanguage", ["lang": lang.rawValue, "shipped": Language.shipped.map(\.rawValue).joined(separator: ", ")]))
        }
        guard (1...100_000).contains(maxConnections) else { throw ValidationError(cli("cli.serve.maxConnections")) }
        // Above --max-connections it is simply never reached, which is no mistake.
        guard (1...100_000).contains(maxLoggingInPerAddress) else { throw ValidationError(cli("cli.serve.maxLoggingIn")) }
        // Minutes: a week at most; 0 switches the limit off. NaN and infinity are not durations.
        for (name, value) in [("--idle-timeout", idleTimeout), ("--max-session", maxSession)] where !(0...10_080).contains(value) {
            throw ValidationError(cli("cli.serve.minutes", ["name": name]))
        }
        guard (1...3600).contains(loginGrace) else { throw ValidationError(cli("cli.serve.loginGrace")) }
        guard (0...60_000).contains(failureDelay) else { throw ValidationError(cli("cli.serve.failureDelay")) }
    }

    func run() throws {
        let content = try ContentOptions.locate(contentOptions.content).standardizedFileURL.path
        if let course {
            let courses = ContentLoader.load(from: [URL(fileURLWithPath: content)]).courses
            guard courses.contains(where: { $0.id == course }) else {
                Terminal.error(cli("cli.noSuchCourse", ["course": course, "content": content, "courses": courses.map(\.id).sorted().joined(separator: ", ")]))
                throw ExitCode(2)
            }
        }
        let folder = Self.dataHome() + "/ally/classes/" + className
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            Terminal.error(cli("cli.classFolder", ["folder": folder, "reason": error.localizedDescription]))
            throw ExitCode(2)
        }
        // /proc/self/exe names this very binary however it was started; elsewhere, the path it was started by.
        let running = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        let binary = URL(fileURLWithPath: running).resolvingSymlinksInPath()
        let helper = binary.deletingLastPathComponent().appendingPathComponent("ally-classroom").path
        guard FileManager.default.isExecutableFile(atPath: helper) else {
            Terminal.error(cli("cli.helperMissing", ["helper": helper]))
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
                Terminal.error(cli("cli.cannotWrite", ["path": path, "reason": String(cString: strerror(errno))]))
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
        Terminal.error(cli("cli.cannotStart", ["helper": helper, "reason": String(cString: strerror(errno))]))
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
        abstract: cli("help.session.abstract"),
        discussion: cli("help.session.discussion"))

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var playOptions: PlayOptions

    @Option(help: ArgumentHelp(cli("help.serve.course"), valueName: "id"))
    var course: String?

    func run() throws {
        // What the client asked to run (SSH_ORIGINAL_COMMAND) is deliberately never looked at.
        guard isatty(0) == 1, isatty(1) == 1 else {
            Terminal.error(cli("cli.needsTerminal"))
            throw ExitCode(1)
        }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name.map({ String(cString: $0) }),
              HandleRule.isValid(name) else {
            Terminal.error(cli("cli.loginName"))
            throw ExitCode(1)
        }
        try TrainCommand.train(
            lang: languageOption.lang, monochrome: false, content: contentOptions.content, store: storeOption.store,
            noTimers: playOptions.noTimers, seed: playOptions.seed,
            trainee: name, course: course)
    }
}
