import AllyCore
import ArgumentParser

/// How a trainee plays, for `train` and `play`.
struct PlayOptions: ParsableArguments {
    @Flag(name: .customLong("no-timers"), help: ArgumentHelp(
        cli("help.playOptions.noTimers")))
    var noTimers = false

    // Hidden: for tests and reproducible scripts. It cannot ask for the file's order (0), where
    // authors tend to put the best reply first.
    @Option(name: .customLong("seed"), help: .hidden)
    var seed: UInt64?

    func validate() throws {
        if seed == 0 { throw ValidationError(cli("cli.seed")) }
    }

}

extension PlaySettings {
    /// The settings of a new attempt: the reply order from `--seed`, else random, with time limits on or off.
    static func fresh(_ options: PlayOptions) -> PlaySettings {
        PlaySettings(replyOrder: options.seed ?? .random(in: 1...UInt64.max), untimed: options.noTimers)
    }
}
