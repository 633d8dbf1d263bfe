import ArgumentParser

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
            """,
        version: AllyVersion.current,
        subcommands: [
            TrainCommand.self, PlayCommand.self, CheckCommand.self, NewCommand.self, GraphCommand.self,
            ProgressCommand.self, ReplayCommand.self, DrillCommand.self, ReportCommand.self, SyncCommand.self,
            ScreenshotsCommand.self, PreviewCommand.self, ServeCommand.self, SessionCommand.self,
        ],
        defaultSubcommand: TrainCommand.self
    )

    /// Runs the command line; plain `ally` goes straight to the trainer.
    static func main() {
        // Plain `ally` is `ally train` with its defaults. Calling the trainer directly skips
        // argument-parser's reflection over the command tree, time spent before the first frame.
        if CommandLine.arguments.count == 1 {
            do {
                try TrainCommand.train(lang: nil, monochrome: false, content: nil, store: nil)
            } catch {
                TrainCommand.exit(withError: error)
            }
        } else {
            main(nil)
        }
    }
}

/// The version printed by `ally --version`.
enum AllyVersion {
    static let current = "0.1.0"
}
