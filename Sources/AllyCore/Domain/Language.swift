/// A language that scenarios and the interface are written in.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable {
    /// English.
    case en
    /// Dutch, the primary audience.
    case nl

    /// The language's own name, for menus.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .nl: "Nederlands"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A text in every interface language.
public struct Localized: Sendable, Equatable, Hashable {
    /// The English text.
    public let en: String
    /// The Dutch text.
    public let nl: String

    /// Creates a text from its English and Dutch versions.
    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .nl: nl
        }
    }
}

extension Language {
    /// The interface language a locale environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`); English by default.
    ///
    /// `environment` looks a variable up (the process's, or a test's dictionary).
    public static func interface(from environment: (String) -> String?) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(key), !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("nl") ? .nl : .en
        }
        return .en
    }
}
