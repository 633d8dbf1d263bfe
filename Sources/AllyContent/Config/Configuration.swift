import AllyCore
import Foundation

/// A setting Ally reads from its config files, named as in the file (`pass-mark: 70`).
public enum ConfigKey: String, CaseIterable, Sendable {
    /// The base URL of the school's site: the xAPI account homePage and activity ids (`--site`).
    case site
    /// The score that passes, 0–100, or `none` (`--pass-mark`).
    case passMark = "pass-mark"
    /// The Learning Record Store's URL (`ally sync --lrs`).
    case lrs
    /// The LRS's HTTP Basic user (`ally sync --user`); the password stays in `$ALLY_LRS_PASSWORD`.
    case lrsUser = "lrs-user"
    /// The interface language, `nl` or `en` (`--lang`).
    case language
    /// Content folders, the school's own first, layered over those after it (`--content`).
    case content
    /// The progress store (`--store`).
    case store

    /// Whether the key takes a list (`content`) rather than one value.
    var takesList: Bool { self == .content }

    /// Whether its values are paths, resolved against the config file's folder.
    var isPath: Bool { self == .content || self == .store }
}

/// Where an effective value came from, as `ally config` shows it.
public enum ConfigSource: Equatable, Sendable, CustomStringConvertible {
    /// A command-line option, such as `--store`.
    case option(String)
    /// An environment variable, such as `ALLY_CONTENT`.
    case environment(String)
    /// A config file, and the line the value is on.
    case file(path: String, line: Int)
    /// Not set anywhere: the built-in default (described) applies.
    case builtIn(String)

    /// "--store", "$ALLY_CONTENT", "/etc/ally/config.yaml:3", "default (…)".
    public var description: String {
        switch self {
        case .option(let name): name
        case .environment(let name): "$" + name
        case .file(let path, let line): "\(path):\(line)"
        case .builtIn(let what): what.isEmpty ? "default" : "default (\(what))"
        }
    }
}

/// One setting's effective values and their source.
public struct ConfigSetting: Equatable, Sendable {
    /// The values: one, or several for `content`; empty when unset (the built-in default applies).
    public var values: [String]
    /// Where they came from.
    public var source: ConfigSource

    /// The single value, if any.
    public var value: String? { values.first }
}

/// A config file that could not be used: `path:line:column: error: message`, as `ally check` prints.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The line (1-based; 0 when the problem is the whole file).
    public var line: Int
    /// The column (1-based; 0 when unknown).
    public var column: Int
    /// What is wrong and what to write instead, by catalogue key (libyaml's own words inside a syntax error).
    public var message: Localized

    /// Creates the error at a place in `path` (line and column 0: the whole file).
    public init(path: String, line: Int, column: Int, message: Localized) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// The compiler-style line in English.
    public var description: String { description(in: .en) }

    /// The compiler-style line, the message in `language`; `error` stays the word tools match on.
    public func description(in language: Language) -> String {
        line > 0 ? "\(path):\(line):\(column): error: \(message(language))" : "\(path): error: \(message(language))"
    }
}

/// One config file, read and checked: each key it sets, with its values and line.
public struct ConfigFile: Equatable, Sendable {
    /// A key's values and the line they are on.
    public struct Entry: Equatable, Sendable {
        /// The values (paths already resolved against the file's folder).
        public var values: [String]
        /// The line of the key.
        public var line: Int
    }

    /// The file's path, as it is shown.
    public var path: String
    /// What the file sets.
    public var entries: [ConfigKey: Entry]

    /// Creates a file's reading directly (for tests and for the layering).
    public init(path: String, entries: [ConfigKey: Entry]) {
        self.path = path
        self.entries = entries
    }

    /// Reads a config file's text: a YAML mapping of the keys in ``ConfigKey``; relative paths are
    /// taken from the file's own folder and `~/` from `home`. Every mistake is an error with its line.
    public static func parse(_ text: String, path: String, home: String?) -> Result<ConfigFile, ConfigError> {
        func error(_ mark: Mark?, _ message: Localized) -> Result<ConfigFile, ConfigError> {
            .failure(ConfigError(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
        }
        var bytes = Array(text.utf8)
        let output: YAMLReader.Output = bytes.withUnsafeMutableBufferPointer { buffer in
            if case .failure(let problem) = TextCheck.check(UnsafeBufferPointer(buffer)) {
                return YAMLReader.Output(root: nil, problems: [problem])
            }
            return YAMLReader.read(UnsafeBufferPointer(buffer))
        }
        if let problem = output.problems.first {
            // An empty file sets nothing: that is fine for a config file.
            if output.root == nil, text.allSatisfy({ $0.isWhitespace }) { return .success(ConfigFile(path: path, entries: [:])) }
            return error(problem.mark, problem.message)
        }
        guard case .mapping(let mapping)? = output.root else {
            return error(output.root?.mark, Localized("config.notAMapping"))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let known = ConfigKey.allCases.map(\.rawValue)
        var entries: [ConfigKey: Entry] = [:]
        for (keyScalar, node) in mapping.entries {
            guard let key = ConfigKey(rawValue: keyScalar.value) else {
                return error(keyScalar.mark, Localized("config.unknownSetting", [
                    "name": keyScalar.value.clippedForMessage, "hint": didYouMean(keyScalar.value, among: known),
                    "settings": known.joined(separator: ", "),
                ]))
            }
            guard entries[key] == nil else { return error(keyScalar.mark, Localized("config.setTwice", ["key": key.rawValue])) }
            var scalars: [YAMLScalar] = []
            switch node {
            case .scalar(let scalar) where scalar.isNull:
                return error(keyScalar.mark, Localized("config.noValue", ["key": key.rawValue]))
            case .scalar(let scalar): scalars = [scalar]
            case .sequence(let list) where key.takesList:
                for item in list.items {
                    guard case .scalar(let scalar) = item, !scalar.isNull else {
                        return error(item.mark, Localized("config.itemNotAFolder", ["key": key.rawValue]))
                    }
                    scalars.append(scalar)
                }
                if scalars.isEmpty { return error(node.mark, Localized("config.noFolder", ["key": key.rawValue])) }
            case .sequence, .mapping:
                return error(node.mark, Localized("config.oneValue", ["key": key.rawValue, "found": node.kindDescription]))
            }
            for scalar in scalars {
                if let problem = validate(key, scalar.value) { return error(scalar.mark, problem) }
            }
            let values = scalars.map { key.isPath ? resolve($0.value, folder: folder, home: home) : $0.value }
            entries[key] = Entry(values: values, line: keyScalar.mark.line)
        }
        return .success(ConfigFile(path: path, entries: entries))
    }

    /// What is wrong with `value` for `key`, if anything (the same ranges the options take).
    static func validate(_ key: ConfigKey, _ value: String) -> Localized? {
        let found = ["key": key.rawValue, "value": value.clippedForMessage]
        switch key {
        case .passMark:
            if value == "none" { return nil }
            guard let mark = Int(value), (0...100).contains(mark) else { return Localized("config.passMark", found) }
        case .language:
            guard value == "nl" || value == "en" else { return Localized("config.language", found) }
        case .site, .lrs:
            let lowered = value.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
                  let url = URL(string: value), let host = url.host, !host.isEmpty
            else { return Localized("config.url", found) }
        case .lrsUser:
            if value.isEmpty { return Localized("config.emptyUser") }
        case .content, .store:
            if value.isEmpty { return Localized("config.emptyPath", found) }
        }
        return nil
    }

    /// A path from a config file: `~/…` under `home`, a relative one under the file's folder.
    static func resolve(_ value: String, folder: String, home: String?) -> String {
        if value == "~" || value.hasPrefix("~/"), let home { return home + value.dropFirst() }
        if value.hasPrefix("/") { return value }
        return ContentLocator.standardized(folder + "/" + value)
    }
}

/// The effective settings: command-line options, then the environment, then the user's config
/// file, then the system's, then the built-in defaults. A pure function of its inputs.
public struct Configuration: Equatable, Sendable {
    /// Each key's effective setting.
    public var settings: [ConfigKey: ConfigSetting]

    /// The setting for `key` (unset: no values, built-in source).
    public subscript(key: ConfigKey) -> ConfigSetting {
        settings[key] ?? ConfigSetting(values: [], source: .builtIn(""))
    }

    /// Layers the sources, the first that sets a key winning.
    /// - Parameters:
    ///   - options: values given on the command line, with the option's name.
    ///   - environment: values from Ally's own environment variables (`ALLY_CONTENT`), with the variable's name.
    ///   - files: the config files read, the one that wins first (the user's, then `/etc`'s).
    ///   - defaults: what applies when nothing sets a key, described for `ally config`.
    public static func layer(
        options: [ConfigKey: (name: String, values: [String])], environment: [ConfigKey: (name: String, values: [String])],
        files: [ConfigFile], defaults: [ConfigKey: String] = [:]
    ) -> Configuration {
        var settings: [ConfigKey: ConfigSetting] = [:]
        for key in ConfigKey.allCases {
            if let given = options[key], !given.values.isEmpty {
                settings[key] = ConfigSetting(values: given.values, source: .option(given.name))
            } else if let given = environment[key], !given.values.isEmpty {
                settings[key] = ConfigSetting(values: given.values, source: .environment(given.name))
            } else if let file = files.first(where: { $0.entries[key] != nil }), let entry = file.entries[key] {
                settings[key] = ConfigSetting(values: entry.values, source: .file(path: file.path, line: entry.line))
            } else {
                settings[key] = ConfigSetting(values: [], source: .builtIn(defaults[key] ?? ""))
            }
        }
        return Configuration(settings: settings)
    }

    /// The config files looked at, in order: `$XDG_CONFIG_HOME/ally/config.yaml` (else
    /// `~/.config/ally/config.yaml`), then `/etc/ally/config.yaml`.
    public static func filePaths(environment: (String) -> String?) -> [String] {
        var paths: [String] = []
        if let xdg = environment("XDG_CONFIG_HOME"), xdg.hasPrefix("/") {
            paths.append(xdg + "/ally/config.yaml")
        } else if let home = environment("HOME"), !home.isEmpty {
            paths.append(home + "/.config/ally/config.yaml")
        }
        paths.append("/etc/ally/config.yaml")
        return paths
    }
}
