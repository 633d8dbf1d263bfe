import AllyCore
import AllyStore
import ArgumentParser
import Foundation

/// `ally progress`: mastery per customer type, the confusion matrix, the score trend and recent attempts.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a trainee's progress: mastery bars, confusion matrix, score trend, recent attempts.")

    @Flag(help: "Plain text for pipes and screen readers (the full-screen view is in the trainer's menu).")
    var plain = false

    @Option(help: ArgumentHelp("Interface language: en or nl (default: from LANG).", valueName: "lang"))
    var lang: Language?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let trainee = try storeOptions.trainee(in: store)
        let language = lang ?? Language.interface(from: environmentVariable)
        let report = try StoreOptions.check { try store.progress(trainee: trainee, now: Date().timeIntervalSince1970) }
        Output.write(ProgressText.render(report, language: language))
    }
}

/// The `--store` and `--trainee` options shared by the commands that read or write progress.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The progress store (SQLite).",
        discussion: "Default: $XDG_DATA_HOME/ally/ally.sqlite, else ~/.local/share/ally/ally.sqlite.",
        valueName: "path"))
    var store: String?

    @Option(help: ArgumentHelp(
        "Whose progress (default: the name saved in the store, else $USER).", valueName: "name"))
    var trainee: String?

    /// Opens the store, or exits with the store's own message (what happened, what to do).
    func open() throws -> Store {
        try Self.check { try Store.open(path: store) }
    }

    /// The trainee: the option, else the saved preference, else the login name.
    func trainee(in store: Store) throws -> String {
        if let trainee { return trainee }
        if let saved = try Self.check({ try store.preferences().traineeName }) { return saved }
        return environmentVariable("USER") ?? "trainee"
    }

    /// Runs `body`; a ``StoreError`` becomes its message on standard error and exit status 1.
    static func check<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
