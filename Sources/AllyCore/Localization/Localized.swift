/// An interface text by its catalogue key, with the values for its placeholders.
///
/// It holds no wording: `callAsFunction` reads the text from the language's catalogue, so every
/// language, shipped or installed from a file, gets the same strings by the same keys. A value
/// may itself be a `Localized` (a phrase such as "step 'x'" inside a message): it is put in the
/// same language when the text is.
public struct Localized: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A placeholder's value: a fixed text, or a phrase in the language of the whole.
    public indirect enum Argument: Sendable, Hashable, Codable {
        /// Text used as it is (a name, a number, an id).
        case text(String)
        /// A phrase from the catalogue.
        case phrase(Localized)
    }

    /// The catalogue key ("menu.hello").
    public let key: String
    /// The values for the text's `{name}` placeholders.
    public let arguments: [String: Argument]

    /// The text under `key`; `arguments` fill its `{name}` placeholders (a `Localized` value stays a phrase).
    public init(_ key: String, _ arguments: [String: any CustomStringConvertible] = [:]) {
        self.key = key
        // Most texts have no placeholders; the fast path keeps casts out of start-up.
        self.arguments = arguments.isEmpty ? [:] : arguments.mapValues { value in
            (value as? Localized).map(Argument.phrase) ?? .text(value.description)
        }
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        if arguments.isEmpty { return language.text(key) }
        return language.text(key, arguments.mapValues { argument -> String in
            switch argument {
            case .text(let text): text
            case .phrase(let phrase): phrase(language)
            }
        })
    }

    /// The English text: what logs and tests read.
    public var description: String { self(.en) }
}
