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

    /// Writes `text` and a newline to standard error, control characters made visible.
    static func errorLine(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.text(text) + "\n").utf8))
    }
}
