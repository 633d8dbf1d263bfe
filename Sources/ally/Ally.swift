import AllyCore
import AllyContent
import ArgumentParser
import Foundation

/// The `ally` command: the trainer and its tools.
@main
struct Ally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ally",
        abstract: cli("help.ally.abstract"),
        discussion: cli("help.ally.discussion"),
        version: AllyVersion.current,
        subcommands: [
            TrainCommand.self, PlayCommand.self, CheckCommand.self, NewCommand.self, GraphCommand.self,
            ProgressCommand.self, ReplayCommand.self, DrillCommand.self, ReportCommand.self, SyncCommand.self,
            ScreenshotsCommand.self, PreviewCommand.self, ServeCommand.self, SessionCommand.self, ClassCommand.self,
        ],
        defaultSubcommand: TrainCommand.self
    )

    /// Runs the command line; plain `ally` goes straight to the trainer.
    static func main() {
        InstalledCatalogues.install()
        do {
            // Plain `ally` is `ally train` with its defaults. Calling the trainer directly skips
            // argument-parser's reflection over the command tree, time spent before the first frame.
            if CommandLine.arguments.count == 1 {
                try TrainCommand.train(lang: nil, monochrome: false, content: nil, store: nil)
            } else {
                try refuseUnknownCommand(CommandLine.arguments[1])
                var command = try parseAsRoot()
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
        let hint = suggestion(for: first, among: names).map { Localized("content.didYouMean", ["name": $0]) } ?? Localized("content.nothing")
        throw ValidationError(cli("cli.unknownCommand", ["command": first, "hint": hint(CommandLanguage.current)]))
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
