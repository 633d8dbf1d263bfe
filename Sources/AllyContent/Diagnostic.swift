import AllyCore

/// How serious a diagnostic is: errors reject the file, warnings only inform.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// A mistake that keeps the file (or the library) from being used.
    case error
    /// Something suspicious that does not stop the content from loading.
    case warning

    /// Errors sort before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One finding about a content file, printed like a compiler's: `file:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it (relative to the working directory when inside it).
    public var file: String
    /// 1-based line; 0 when the finding concerns the whole file.
    public var line: Int
    /// 1-based column in characters; 0 when the finding concerns the whole file.
    public var column: Int
    /// Whether this is an error or a warning.
    public var severity: Severity
    /// The message, without the location prefix, by its catalogue key: its code.
    public var text: Localized

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity, _ text: Localized) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.text = text
    }

    /// The message in English.
    public var message: String { text(.en) }

    /// The stable code of the finding, the same in every language ("content.unknownKey").
    public var code: String { text.key }

    /// `file:line:column: severity: message` in English.
    public var description: String { description(in: .en) }

    /// `file:line:column: severity: message` (just `file: severity: message` without a position),
    /// the message in `language`; the severity stays the word tools match on.
    public func description(in language: Language) -> String {
        line > 0
            ? "\(file):\(line):\(column): \(severity.rawValue): \(text(language))"
            : "\(file): \(severity.rawValue): \(text(language))"
    }

    /// A JSON-ready dictionary `{file, line, column, severity, code, message}` for `ally check --format json`.
    public func jsonObject(in language: Language) -> [String: Any] {
        ["file": file, "line": line, "column": column, "severity": severity.rawValue, "code": code, "message": text(language)]
    }

    /// Orders by file, then position, then severity and message, so reports are stable.
    static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.message < b.message
    }
}

/// A position in a text file: 1-based line and column (the column counts characters).
struct Mark: Sendable, Hashable {
    var line: Int
    var column: Int

    /// "12:5", for messages that point at a second place in the same file.
    var text: String { "\(line):\(column)" }
}
