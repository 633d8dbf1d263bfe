/// The one rule for a trainee's handle (the SSH user name, and the trainee's identity in the store
/// and the gradebook) and for a class's name: 1 to 32 ASCII letters, digits, `-` and `_`.
///
/// A handle is shown on screens and written into file names and exports, so nothing else (no
/// escape character, no path separator, no look-alike letter) may get in.
public enum HandleRule {
    /// The longest handle accepted.
    public static let maximumLength = 32

    /// Whether `text` is a valid handle.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.count <= maximumLength && bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}
