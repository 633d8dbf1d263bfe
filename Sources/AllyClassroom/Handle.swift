/// A trainee's handle: the SSH user name, and their identity in the store and the gradebook.
///
/// Only ASCII letters, digits, `-` and `_`, at most 32: a handle is shown on screens and written
/// into file names and exports, so nothing else (no escape character, no path separator, no
/// look-alike letter) may get in.
public struct Handle: Sendable, Hashable, CustomStringConvertible {
    /// The longest handle accepted.
    public static let maximumLength = 32

    /// The handle's text, known to be valid.
    public let value: String

    /// The handle in `text`, or nil when `text` is empty, too long or has any other character.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength, bytes.allSatisfy(Self.isAllowed) else { return nil }
        value = text
    }

    /// The handle's text.
    public var description: String { value }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
