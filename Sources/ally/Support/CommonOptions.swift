import AllyCore
import AllyStore
import ArgumentParser

/// The `--store` option, declared once for every command that reads or writes progress.
struct StoreOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        cli("help.commonOptions.store"),
        discussion: cli("help.commonOptions.storeDefault"),
        valueName: "path"))
    var store: String?

    /// Opens the store, or exits with the store's own message (what happened, what to do);
    /// `readOnly` for commands that only read it (see ``Store/open(path:busyTimeout:readOnly:)``).
    func open(readOnly: Bool = false) throws -> Store {
        try StoreOptions.check { try Store.open(path: store, readOnly: readOnly) }
    }
}

/// The `--store` and `--trainee` options shared by the commands that read or write one trainee's progress.
struct StoreOptions: ParsableArguments {
    @OptionGroup var location: StoreOption

    @Option(help: ArgumentHelp(
        cli("help.commonOptions.trainee"), valueName: "name"))
    var trainee: String?

    /// Opens the store, or exits with the store's own message; `readOnly` for commands that only read it.
    func open(readOnly: Bool = false) throws -> Store { try location.open(readOnly: readOnly) }

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
            Terminal.error(error.text(CommandLanguage.current))
            throw ExitCode(1)
        }
    }
}

/// The `--lang` option, declared once for every command that speaks to a trainee.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        cli("help.commonOptions.lang", ["codes": Language.allCases.map(\.rawValue).joined(separator: ", ")]),
        valueName: "lang"))
    var lang: Language?

    /// The language asked for, else the environment's.
    var language: Language { Self.language(lang) }

    /// `lang`, else the environment's language (plain `ally` has no parsed options to ask).
    static func language(_ lang: Language?) -> Language { lang ?? Language.interface(from: environmentVariable) }
}
