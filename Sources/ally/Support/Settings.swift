import AllyContent
import AllyCore
import Foundation

/// The config files of this run, read once: `$XDG_CONFIG_HOME/ally/config.yaml` (else
/// `~/.config/ally/config.yaml`), then `/etc/ally/config.yaml`. Options and `$ALLY_CONTENT`
/// override them; see ``Configuration/layer(options:environment:files:defaults:)``.
enum Settings {
    /// The files that exist, the user's first. A file that cannot be read or has a mistake stops
    /// the command with `file:line:column: error: …` (exit status 2): running on with half a
    /// configuration would train, save or send somewhere the school did not mean.
    static let files: [ConfigFile] = {
        var files: [ConfigFile] = []
        for path in Configuration.filePaths(environment: environmentVariable) {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            guard status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else {
                fail(ConfigError(path: path, line: 0, column: 0, message: Localized("config.unreadable")))
            }
            switch ConfigFile.parse(String(decoding: data, as: UTF8.self), path: path, home: environmentVariable("HOME")) {
            case .success(let file): files.append(file)
            case .failure(let error): fail(error)
            }
        }
        return files
    }()

    /// Prints a config error in the command line's language and exits with status 2.
    private static func fail(_ error: ConfigError) -> Never {
        Terminal.error(error.description(in: CommandLanguage.current))
        exit(2)
    }

    /// Hands the config file's `site` to `report` and `sync` through `$ALLY_SITE`, which their
    /// `--site` option already falls back to: an option or an `$ALLY_SITE` set by the user still
    /// wins, as options and the environment win over files everywhere.
    static func offerSite(to command: String) {
        guard command == "report" || command == "sync", let site = fileValue(.site) else { return }
        setenv("ALLY_SITE", site, 0)
    }

    /// The arguments of `report` and `sync` with the config file's `pass-mark` added when none
    /// is given: `--pass-mark` has a default of its own, so a value from the file cannot be told
    /// apart from it after parsing. A `--pass-mark` on the command line wins.
    static func withPassMark(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, command == "report" || command == "sync",
              !arguments.contains(where: { $0 == "--pass-mark" || $0.hasPrefix("--pass-mark=") }),
              let mark = fileValue(.passMark)
        else { return arguments }
        return arguments + ["--pass-mark", mark]
    }

    /// What the config files set for `key` (the first file that sets it), if anything.
    static func fileValues(_ key: ConfigKey) -> [String]? {
        files.lazy.compactMap { $0.entries[key]?.values }.first
    }

    /// The one value the config files set for `key`, if any.
    static func fileValue(_ key: ConfigKey) -> String? { fileValues(key)?.first }

    /// What Ally's own environment variables set (`ALLY_CONTENT`: folders separated by ':').
    static var environment: [ConfigKey: (name: String, values: [String])] {
        guard let value = environmentVariable("ALLY_CONTENT"), !value.isEmpty else { return [:] }
        return [.content: ("ALLY_CONTENT", value.split(separator: ":").map(String.init))]
    }

    /// The effective configuration, given the options of the command line and the environment's values.
    static func effective(
        options: [ConfigKey: (name: String, values: [String])], environment: [ConfigKey: (name: String, values: [String])]
    ) -> Configuration {
        Configuration.layer(options: options, environment: environment, files: files)
    }
}
