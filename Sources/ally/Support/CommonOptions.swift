import AllyCore
import AllyStore
import ArgumentParser
import Foundation

/// The `--store` option, declared once for every command that reads or writes progress.
struct StoreOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        cli("help.commonOptions.store"),
        discussion: cli("help.commonOptions.storeDefault"),
        valueName: "path"), completion: .file(extensions: ["sqlite"]))
    var store: String?

    /// Opens the store, or exits with the store's own message (what happened, what to do);
    /// `readOnly` for commands that only read it (see ``Store/open(path:busyTimeout:readOnly:)``).
    ///
    /// A command that only reads or sends what is stored (`existing`, the default for `readOnly`)
    /// never creates a store: a typo in `--store` would otherwise make an empty one and report
    /// nothing, successfully. A missing store that was named is an error (exit status 1); a
    /// missing default store only means nothing has been played yet (exit status 0).
    func open(readOnly: Bool = false, existing: Bool? = nil) throws -> Store {
        let path = Self.path(store)
        if existing ?? readOnly {
            let resolved = path ?? Store.defaultPath()
            if !FileManager.default.fileExists(atPath: resolved) {
                Terminal.error(ConfigStrings.noStore(resolved, named: path != nil)(LanguageOption.language(nil)))
                throw ExitCode(path != nil ? 1 : 0)
            }
        }
        return try StoreOptions.check { try Store.open(path: path, readOnly: readOnly) }
    }

    /// The store to open: the option, else the config file's `store`, else nil (the default place).
    static func path(_ store: String?) -> String? { store ?? Settings.fileValue(.store) }
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

    /// `lang`, else the config file's `language`, else the environment's language (plain `ally`
    /// has no parsed options to ask). A language written in Ally's own config file is a choice
    /// made for Ally, so it wins over the locale the whole session has.
    static func language(_ lang: Language?) -> Language {
        lang ?? Settings.fileValue(.language).flatMap(Language.init(rawValue:)) ?? Language.interface(from: environmentVariable)
    }
}
