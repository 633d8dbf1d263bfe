// Display width of text in terminal columns.
//
// Deliberately mirrors what wcwidth(3) — and therefore curses and tmux — does: the width of a
// grapheme is the width of its first scalar (combining marks, ZWJ and variation selectors add
// nothing). If the buffer disagreed with curses about a width, every following column on the
// row would be off, which is far worse than an emoji looking slightly narrow.

extension Unicode.Scalar {
    /// Terminal columns this scalar takes on its own: 0 (control, combining, format), 1 or 2.
    public var displayWidth: Int {
        let value = self.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }  // fast path for ASCII
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        // Hangul vowel and final jamo attach to the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if Unicode.Scalar.isEastAsianWide(value) || properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth.txt, W and F), condensed.
    static func isEastAsianWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        for (low, high) in wideRanges where low <= value && value <= high { return true }
        return false
    }

    /// The wide ranges, first and last scalar; emoji are found through `isEmojiPresentation` instead.
    /// (Pairs rather than `ClosedRange`s: creating those costs a runtime conformance search at launch.)
    private static let wideRanges: [(low: UInt32, high: UInt32)] = [
        (0x1100, 0x115F), (0x2329, 0x232A), (0x2E80, 0x303E), (0x3041, 0x33FF),
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF),
        (0x1B000, 0x1B2FF), (0x1F200, 0x1F2FF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]
}

extension Character {
    /// Terminal columns this grapheme takes: 0 (control or lone combining mark), 1 or 2.
    public var displayWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        return first.displayWidth
    }

    /// Whether this is a control character (including `\r\n`), which is never drawn as is.
    public var isControl: Bool {
        guard let first = unicodeScalars.first else { return false }
        return first.value < 0x20 || (0x7F..<0xA0).contains(first.value)
    }
}

// On String rather than StringProtocol: callers in other modules would get the
// unspecialised generic, which looks up conformances at run time (measurable at launch).
extension String {
    /// Terminal columns this text takes on one line (control characters count 0).
    public var displayWidth: Int {
        var total = 0
        for character in self { total += character.displayWidth }
        return total
    }
}
