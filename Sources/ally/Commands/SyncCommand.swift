import AllyCore
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally sync`: pushes every xAPI statement a Learning Record Store has not accepted yet.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: cli("help.sync.abstract"),
        discussion: cli("help.sync.discussion"))

    @Option(help: ArgumentHelp(cli("help.sync.lrs"), valueName: "url"))
    var lrs: String

    @Option(help: ArgumentHelp(cli("help.sync.user"), valueName: "user"))
    var user: String

    @Option(help: ArgumentHelp(cli("help.sync.password"), valueName: "password"))
    var password: String?

    @Option(help: ArgumentHelp(cli("help.sync.trainee"), valueName: "name"))
    var trainee: String?

    @OptionGroup var storeOption: StoreOption

    @Flag(help: ArgumentHelp(cli("help.sync.resend")))
    var resend = false

    @OptionGroup var xapiOptions: XAPIOptions

    @OptionGroup var classGroupOption: ClassGroupOption

    func run() throws {
        guard let password = password ?? environmentVariable("ALLY_LRS_PASSWORD") else {
            throw ValidationError(cli("cli.lrsPassword"))
        }
        guard let endpoint = LRSEndpoint(url: lrs, user: user, password: password) else {
            throw ValidationError(cli("cli.lrsURL"))
        }
        let store = try storeOption.open()
        if resend { try StoreOptions.check { try store.forgetAcceptances(at: endpoint) } }
        let report = try StoreOptions.check {
            try store.sync(to: endpoint, transport: ChildProcessTransport.besideExecutable(), trainee: trainee, settings: xapiOptions.settings(classGroup: classGroupOption.classGroup))
        }
        // A sync that stopped or had statements refused is a failure: its report goes to standard
        // error, where scripts and cron look for failures; a clean one to standard output.
        guard report.stopped == nil, report.rejected.isEmpty else {
            Output.errorLine(report.summary(in: CommandLanguage.current))
            throw ExitCode(1)
        }
        Output.line(report.summary(in: CommandLanguage.current))
    }
}
