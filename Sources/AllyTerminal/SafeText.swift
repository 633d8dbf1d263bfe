/// Text made harmless for a terminal: what every line `ally` writes to standard output or
/// standard error passes through.
///
/// Names, titles, file names, LRS replies and the like come from other people. Written as they
/// are, an ESC or a C1 control in them would reach the reader's terminal as a command: OSC 52
/// sets the clipboard, OSC 0 the window title, `CSI 2J` clears the screen. Here every control
/// character but newline and tab is shown as a visible stand-in instead (the full screen drops
/// them in ``ScreenBuffer/write(_:at:style:clip:)``).
public enum SafeText {
    /// `text` with C0 controls other than newline and tab, DEL and C1 controls replaced by a
    /// visible stand-in: the control picture of a C0 control or DEL (ESC shows as `␛`), and
    /// U+FFFD for a C1 control, which has no picture. A CR right before a newline stays (CSV
    /// ends its lines so); a lone CR, which would let text overwrite its own line, does not.
    public static func text(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if !needsReplacing(scalar) || (scalar == "\r" && index < scalars.endIndex && scalars[index] == "\n") {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x7F: out.append("\u{2421}")
            case ..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// A JSON document with DEL and C1 controls written as `\u00XX` escapes: the same value for
    /// a JSON reader, and nothing a terminal acts on. (JSON encoders escape C0 controls already;
    /// any left are escaped too.) Outside strings JSON has only ASCII punctuation and spaces, so
    /// an escape is only ever written inside a string.
    public static func json(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsReplacing) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsReplacing(scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is a control character a terminal may act on: C0 but newline and tab,
    /// DEL, and C1.
    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
    }
}
