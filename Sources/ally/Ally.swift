import AllyContent
import ArgumentParser
import Foundation

/// The `ally` command: the trainer and its tools.
@main
struct Ally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ally",
        abstract: "A terminal trainer for customer-service role play.",
        discussion: """
            Customers walk up to the desk and talk. Name the customer type, pick the strategy that \
            makes this customer an ally, and play the conversation through.

            Scenarios are YAML files under Content/ (see Content/README.md).

            EXAMPLES
              ally                         the full-screen trainer (ally train)
              ally play --plain --lang nl  line by line: screen readers, scripts
              ally check                   every mistake in the content
              ally check nl/new.yaml       one file, with the library it is in
              ally new scenario --type victim --lang nl --id lost-parcel-nl
              ally progress --plain        mastery per type, confusion matrix
              ally report --format csv     a gradebook for Moodle
              ally sync                    xAPI to the LRS of the config file
              ally serve --class monday-a  a class over SSH
              ally config                  each setting and where it is from

            ENVIRONMENT
              LC_ALL, LC_MESSAGES, LANG  the interface language, unless --lang
                                         or the config file sets one
              NO_COLOR                   no colour (as --monochrome)
              ALLY_CONTENT               content folders, ':' between them
              ALLY_SITE                  the site of xAPI statements (--site)
              ALLY_LRS_PASSWORD          the LRS password for ally sync
              XDG_CONFIG_HOME            the config file's home (~/.config)
              XDG_DATA_HOME              the progress store's home
                                         (~/.local/share)
              TERM                       the terminal; TERM=dumb: use --plain

            FILES
              $XDG_CONFIG_HOME/ally/config.yaml  the user's settings
              /etc/ally/config.yaml              the machine's settings
              $XDG_DATA_HOME/ally/ally.sqlite    progress and the xAPI queue
              /usr/share/ally/Content            the installed library
                                                 (../share/ally/Content
                                                 beside the binary)

            EXIT STATUS
              0    success (ally check: no errors; warnings alone pass)
              1    errors in the content, a stopped sync, an unusable store
              2    missing or unreadable: content, a file, the config file
              64   a usage error: unknown command or option, bad value
              130  stopped by Ctrl-C; 143 by SIGTERM (128 + the signal)
            """,
        version: AllyVersion.current,
        subcommands: [
            TrainCommand.self, PlayCommand.self, CheckCommand.self, NewCommand.self, GraphCommand.self,
            ProgressCommand.self, ReplayCommand.self, DrillCommand.self, ReportCommand.self, SyncCommand.self,
            ScreenshotsCommand.self, PreviewCommand.self, ServeCommand.self, SessionCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: TrainCommand.self
    )

    /// Runs the command line; plain `ally` goes straight to the trainer.
    static func main() {
        do {
            // Plain `ally` is `ally train` with its defaults. Calling the trainer directly skips
            // argument-parser's reflection over the command tree, time spent before the first frame.
            if CommandLine.arguments.count == 1 {
                try TrainCommand.train(lang: nil, monochrome: false, content: nil, store: nil)
            } else {
                try refuseUnknownCommand(CommandLine.arguments[1])
                Settings.offerSite(to: CommandLine.arguments[1])
                var command = try parseAsRoot(Settings.withPassMark(Array(CommandLine.arguments.dropFirst())))
                try command.run()
            }
        } catch {
            exit(after: error)
        }
    }

    /// A first argument that is neither an option nor a command would be read as an argument of the
    /// default command (`train`), whose usage then says nothing about the typo: name the command meant.
    static func refuseUnknownCommand(_ first: String) throws {
        guard !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return }
        let hint = suggestion(for: first, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        throw ValidationError("unknown command '\(first)'\(hint); 'ally --help' lists them")
    }

    /// Prints what `error` says (help, a usage error, a failure) through ``Output`` and exits
    /// with its code: argument-parser's own printing would pass a command-line argument's
    /// control characters (`--lang $'\e]0;…'`) straight to the terminal.
    static func exit(after error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { Output.line(message) } else { Output.errorLine(message) }
        }
        Foundation.exit(code.rawValue)
    }
}

/// The version printed by `ally --version`.
enum AllyVersion {
    static let current = "0.1.0"
}
