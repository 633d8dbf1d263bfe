/// The rule for a trainee's handle given by a server or a login: the SSH user name, and the
/// trainee's identity in the store (the same rule as AllyClassroom's `Handle`, which `ally` does
/// not link).
enum TraineeHandle {
    /// Whether `text` is 1 to 32 ASCII letters, digits, `-` and `_`.
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.count <= 32 && bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
