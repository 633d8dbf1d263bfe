import AllyTerminal
import Foundation

/// The output edge of `ally`: every line it writes to standard output or standard error goes
/// through here, so no control character from a name, title, file name or server reply reaches
/// the reader's terminal (``SafeText``). The full screen has its own edge in the screen buffer.
enum Output {
    /// Writes `text` and a newline to standard output, control characters made visible.
    static func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes `text` as it ends (no newline added) to standard output, control characters made visible.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(SafeText.text(text).utf8))
    }

    /// Writes a JSON document and a newline to standard output, with C1 controls and DEL escaped.
    static func json(_ json: String) {
        FileHandle.standardOutput.write(Data((SafeText.json(json) + "\n").utf8))
    }

    /// Writes styled lines to standard output (``ANSIText``): with a theme in SGR sequences around
    /// each span's text, without one as plain text; the text itself made inert either way.
    static func styled(_ lines: [[Span]], theme: Theme?) {
        FileHandle.standardOutput.write(Data(ANSIText.render(lines, theme: theme).utf8))
    }

    /// The theme for styled output: none unless standard output is a terminal (a pipe or a file
    /// gets plain text, as does `TERM=dumb`); colours unless `NO_COLOR` says otherwise, then bold
    /// and underline only, by the rule the full screen follows (``Theme/allowsColor(noColor:)``).
    static func theme() -> Theme? {
        guard isatty(STDOUT_FILENO) == 1, environmentVariable("TERM") != "dumb" else { return nil }
        return Theme.allowsColor(noColor: environmentVariable("NO_COLOR")) ? .standard : .monochrome
    }

    /// Writes `text` and a newline to standard error, control characters made visible.
    static func errorLine(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.text(text) + "\n").utf8))
    }
}
