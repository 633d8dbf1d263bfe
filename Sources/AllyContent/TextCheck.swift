import AllyCore
/// Byte-level checks that run before the YAML parser sees a file.
///
/// They give better messages than libyaml would ("binary file", the exact line and column of a
/// bad byte, the name of a control character) and make sure that no terminal control character
/// can reach the screen through a scenario's text.
enum TextCheck {
    /// Largest accepted content file; real scenarios are a few KB.
    static let maximumFileSize = 1 << 20

    /// A problem found in the raw bytes, with where it is.
    struct Problem: Error, Equatable {
        var mark: Mark?
        var message: Localized
    }

    /// The file size check: a clear message with the size in readable units.
    static func checkSize(_ size: Int) -> Problem? {
        guard size >= maximumFileSize else { return nil }
        return Problem(mark: nil, message: Localized("content.fileTooLarge", ["value1": readableSize(size)]))
    }

    /// "10.0 MB", "1.0 MB", "512 KB".
    static func readableSize(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        return "\((bytes + 500) / 1000) KB"
    }

    /// Rejects NUL bytes, invalid UTF-8 and raw control characters; returns the byte offset
    /// after a UTF-8 byte-order mark (0 when there is none).
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Problem> {
        // NUL is checked first and over the whole file: a NUL anywhere means this is not text.
        if bytes.contains(0) {
            return .failure(Problem(mark: nil, message: Localized("content.binaryFile")))
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = 1
        var column = 1
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                // ASCII fast path.
                if b == 0x0A {
                    line += 1
                    column = 1
                } else {
                    if (b < 0x20 && b != 0x09 && b != 0x0D) || b == 0x7F {
                        return .failure(Problem(mark: Mark(line: line, column: column), message: controlMessage(UInt32(b))))
                    }
                    // A CR before LF is part of a CRLF line end and takes no column.
                    if !(b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) { column += 1 }
                }
                i += 1
                continue
            }
            let length: Int
            let lowest: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; lowest = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; lowest = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; lowest = 0x10000; scalar = UInt32(b & 0x07)
            default: return .failure(invalidUTF8(line, column))
            }
            guard i + length <= n else { return .failure(invalidUTF8(line, column)) }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return .failure(invalidUTF8(line, column)) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not valid UTF-8.
            guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                return .failure(invalidUTF8(line, column))
            }
            if (0x80...0x9F).contains(scalar) {
                return .failure(Problem(mark: Mark(line: line, column: column), message: controlMessage(scalar)))
            }
            column += 1
            i += length
        }
        return .success(start)
    }

    /// The first terminal control character in decoded text (from a YAML escape such as `\e`).
    static func firstControlCharacter(in text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { firstControlCharacter(in: $0) }
    }

    /// The same check on UTF-8 bytes, without decoding: C1 controls are `C2 80`...`C2 9F`.
    static func firstControlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A { return UInt32(b) }
            } else if b == 0x7F {
                return 0x7F
            } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
                return UInt32(bytes[i + 1])
            }
            i += 1
        }
        return nil
    }

    /// C0 controls except tab and newline, DEL, and the C1 block.
    static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    /// "control character U+001B (ESC) is not allowed; ...".
    static func controlMessage(_ value: UInt32) -> Localized {
        var hex = String(value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let name = controlNames[value].map { " (\($0))" } ?? ""
        return Localized("content.controlCharacter", ["code": "U+\(hex)\(name)"])
    }

    private static let controlNames: [UInt32: String] = [
        0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
        0x85: "NEL", 0x9B: "CSI", 0x9D: "OSC",
    ]

    private static func invalidUTF8(_ line: Int, _ column: Int) -> Problem {
        Problem(mark: Mark(line: line, column: column), message: Localized("content.invalidUTF8"))
    }
}
