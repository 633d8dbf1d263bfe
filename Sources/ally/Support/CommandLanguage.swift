import AllyCore

/// The language of the command line's own words (help, usage errors, messages): `--lang` if the
/// arguments give it, else the locale's. Read once, before any command is parsed, so that help
/// texts built while parsing are already in it.
enum CommandLanguage {
    /// The language asked for on the command line or by the environment.
    static let current: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
        }
        return Language.interface(from: environmentVariable)
    }()
}

/// The command line's text under `key` in ``CommandLanguage/current``.
func cli(_ key: String, _ arguments: [String: any CustomStringConvertible] = [:]) -> String {
    CommandLanguage.current.text(key, arguments)
}
