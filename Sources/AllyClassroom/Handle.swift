import AllyCore

/// A trainee's handle: the SSH user name, and their identity in the store and the gradebook.
///
/// Only ASCII letters, digits, `-` and `_`, at most 32: a handle is shown on screens and written
/// into file names and exports, so nothing else (no escape character, no path separator, no
/// look-alike letter) may get in.
public struct Handle: Sendable, Hashable, CustomStringConvertible {
    /// The longest handle accepted.
    public static let maximumLength = HandleRule.maximumLength

    /// The handle's text, known to be valid.
    public let value: String

    /// The handle in `text`, or nil when `text` is empty, too long or has any other character.
    public init?(_ text: String) {
        guard HandleRule.isValid(text) else { return nil }
        value = text
    }

    /// The handle's text.
    public var description: String { value }
}
