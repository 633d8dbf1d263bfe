/// A language that scenarios and the interface are written in: a code and its string catalogue.
///
/// Open, not an enum: a language is whatever catalogue is present. English and Dutch ship inside
/// the program (generated from `Catalogue/*.yaml`); a translator adds another from a catalogue
/// file alone (`Language.install`, fed by `ALLY_CATALOGUES` in the executable). Two languages
/// are equal when their codes are.
public struct Language: Sendable, Hashable, Comparable, CaseIterable, RawRepresentable, CustomStringConvertible {
    /// The language's code, as in `--lang` and a scenario's `language:` field ("nl").
    public let rawValue: String
    /// The language's interface texts, by key.
    public let catalogue: Catalogue

    /// The language of `catalogue`.
    public init(catalogue: Catalogue) {
        rawValue = catalogue.code
        self.catalogue = catalogue
    }

    /// The present language with code `rawValue`, if there is one.
    public init?(rawValue: String) {
        guard let found = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = found
    }

    /// English: the fallback for a key a catalogue lacks.
    public static let en = shipped[0]
    /// Dutch, the primary audience and the original text.
    public static let nl = shipped.first { $0.rawValue == "nl" }!

    /// The languages built into the program, English first: the ones scenarios are written in.
    public static let shipped: [Language] = Catalogue.shipped.map(Language.init(catalogue:))

    /// Every language present: the shipped ones, then the installed ones, for `--lang` and the welcome screen.
    public static var allCases: [Language] { shipped + installed }

    /// Languages added from catalogue files at start-up.
    nonisolated(unsafe) private static var installed: [Language] = []

    /// The languages a trainee can choose from: every one present, and `current` if it is not.
    public static func choices(including current: Language) -> [Language] {
        allCases.contains(current) ? allCases : allCases + [current]
    }

    /// Adds languages read from catalogue files; an installed code is replaced, a shipped one is kept.
    ///
    /// Call it once at the start of the process, before anything runs concurrently: it is the
    /// one write to the set of languages, and every later read takes it as fixed.
    public static func install(_ languages: [Language]) {
        let codes = Set(languages.map(\.rawValue))
        installed = installed.filter { !codes.contains($0.rawValue) } + languages.filter { lang in !shipped.contains(lang) }
    }

    /// The language's own name, for menus ("Nederlands").
    public var nativeName: String { text("language.name") }

    /// The text under `key`, its `{name}` placeholders filled from `arguments`.
    ///
    /// A key this catalogue lacks shows the English text, and a key no catalogue has shows
    /// itself in brackets: never another language's text by silent default.
    public func text(_ key: String, _ arguments: [String: any CustomStringConvertible] = [:]) -> String {
        let template = catalogue.text(key) ?? Language.en.catalogue.text(key) ?? "⟦\(key)⟧"
        return arguments.isEmpty ? template : Catalogue.fill(template, arguments.mapValues(\.description))
    }

    /// The code.
    public var description: String { rawValue }

    /// Languages are equal when their codes are (a catalogue read twice is one language).
    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.rawValue == rhs.rawValue }
    /// Hashes the code.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    /// Orders by code.
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Language: Codable {
    /// The present language of a coded string; an error when no catalogue has that code.
    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let language = Language(rawValue: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no catalogue for language '\(code)'"))
        }
        self = language
    }

    /// The code, as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Language {
    /// The interface language a locale environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`); English by default.
    ///
    /// A value names a language by its code before `_`, `.` or `@` ("nl_NL.UTF-8" is Dutch).
    /// `environment` looks a variable up (the process's, or a test's dictionary).
    public static func interface(from environment: (String) -> String?) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(key), !value.isEmpty else { continue }
            let code = value.lowercased().prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }
            return Language(rawValue: String(code)) ?? .en
        }
        return .en
    }
}
