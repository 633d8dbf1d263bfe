/// Styled lines as text for a terminal that is not under curses (`ally check` on a TTY): each
/// span's text made inert (``SafeText``), then wrapped in SGR sequences from a ``Theme``.
///
/// The only escape sequences in the result are the ones written here, so a file's or a name's
/// own control characters can never reach the terminal, however they are styled.
public enum ANSIText {
    /// The lines joined with newlines (and one at the end). Without a theme, plain text: no escape
    /// at all, as for a pipe or a file.
    public static func render(_ lines: [[Span]], theme: Theme?) -> String {
        var out = ""
        for line in lines {
            for span in line {
                let text = SafeText.text(span.text)
                guard let theme, !span.style.isNormal, !text.isEmpty else {
                    out += text
                    continue
                }
                let codes = sgrCodes(span.style, theme: theme)
                out += codes.isEmpty ? text : "\u{1B}[" + codes.joined(separator: ";") + "m" + text + "\u{1B}[0m"
            }
            out += "\n"
        }
        return out
    }

    /// The SGR parameters of `style` in `theme`: attributes, then foreground and background.
    static func sgrCodes(_ style: Style, theme: Theme) -> [String] {
        var codes: [String] = []
        let attributes = theme.attributes(for: style)
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        let colors = theme.colors(for: style.role)
        if colors.foreground != .terminalDefault { codes.append(String(30 + colors.foreground.rawValue)) }
        if colors.background != .terminalDefault { codes.append(String(40 + colors.background.rawValue)) }
        return codes
    }
}

extension Theme {
    /// Whether output to a terminal may be in colour: not when `NO_COLOR` is set to anything but
    /// the empty string (no-color.org). Then roles are told apart by ``monochrome``'s attributes.
    /// The full screen and `ally check` decide by this one rule.
    public static func allowsColor(noColor: String?) -> Bool {
        (noColor ?? "").isEmpty
    }
}
