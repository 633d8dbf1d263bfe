import AllyCore
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally sync`: pushes every xAPI statement a Learning Record Store has not accepted yet.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send xAPI statements to a Learning Record Store; what it has not accepted stays queued.",
        discussion: """
            Statement ids are stable, so running sync again never duplicates a statement. When the LRS \
            cannot be reached nothing is lost: the next sync sends what is still queued. The password \
            may also come from $ALLY_LRS_PASSWORD, which keeps it out of the process list.

            EXAMPLES
              ALLY_LRS_PASSWORD=secret ally sync --lrs https://lrs.example.org/xAPI --user ally
              ally sync                     with lrs and lrs-user in the config file

            EXIT STATUS
              0 when everything was accepted; 1 when the sync stopped (the LRS unreachable, credentials \
              refused, or a local fault such as a missing ally-lrs helper) or a statement was refused.
            """)

    @Option(help: ArgumentHelp("The LRS's base URL or its statements resource (default: 'lrs' in the config file).", valueName: "url"))
    var lrs: String?

    @Option(help: ArgumentHelp("HTTP Basic user (default: 'lrs-user' in the config file).", valueName: "user"))
    var user: String?

    @Option(help: ArgumentHelp("HTTP Basic password (default: $ALLY_LRS_PASSWORD).", valueName: "password"))
    var password: String?

    @Option(help: ArgumentHelp("Only this trainee's statements (default: everyone's).", valueName: "name"))
    var trainee: String?

    @OptionGroup var storeOption: StoreOption

    @Flag(help: "Send every statement again, e.g. after the LRS lost its data (the stable ids prevent duplicates).")
    var resend = false

    @OptionGroup var xapiOptions: XAPIOptions

    func run() throws {
        guard let password = password ?? environmentVariable("ALLY_LRS_PASSWORD") else {
            throw ValidationError("Give the LRS password with --password or $ALLY_LRS_PASSWORD.")
        }
        guard let lrs = lrs ?? Settings.fileValue(.lrs) else {
            throw ValidationError("Give the LRS with --lrs URL, or as 'lrs: URL' in the config file ('ally config' shows where).")
        }
        guard let user = user ?? Settings.fileValue(.lrsUser) else {
            throw ValidationError("Give the LRS user with --user, or as 'lrs-user: NAME' in the config file.")
        }
        guard let endpoint = LRSEndpoint(url: lrs, user: user, password: password) else {
            throw ValidationError("--lrs needs an http:// or https:// URL, such as http://127.0.0.1:8100.")
        }
        let store = try storeOption.open(existing: true)
        if resend { try StoreOptions.check { try store.forgetAcceptances(at: endpoint) } }
        let report = try StoreOptions.check {
            try store.sync(to: endpoint, transport: ChildProcessTransport.besideExecutable(), trainee: trainee, settings: xapiOptions.settings)
        }
        // A sync that stopped or had statements refused is a failure: its report goes to standard
        // error, where scripts and cron look for failures; a clean one to standard output.
        guard report.stopped == nil, report.rejected.isEmpty else {
            Output.errorLine(report.summary)
            throw ExitCode(1)
        }
        Output.line(report.summary)
    }
}
