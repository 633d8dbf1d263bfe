/// An interface text by its catalogue key, with the values for its placeholders.
///
/// It holds no wording: `callAsFunction` reads the text from the language's catalogue, so every
/// language, shipped or installed from a file, gets the same strings by the same keys.
public struct Localized: Sendable, Equatable, Hashable {
    /// The catalogue key ("menu.hello").
    public let key: String
    /// The values for the text's `{name}` placeholders.
    public let arguments: [String: String]

    /// The text under `key`; `arguments` fill its `{name}` placeholders.
    public init(_ key: String, _ arguments: [String: any CustomStringConvertible] = [:]) {
        self.key = key
        self.arguments = arguments.mapValues { $0.description }
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language.text(key, arguments)
    }
}
