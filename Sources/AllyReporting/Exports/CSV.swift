/// How a CSV file is written: the separator, and whether a UTF-8 byte order mark leads.
///
/// Excel in a Dutch (or any comma-decimal) locale splits fields on `;` and reads a file without a
/// BOM as the system's 8-bit code page, which garbles "Zoë"; Moodle's import takes either separator
/// and drops a BOM, so `.excel` suits both.
public struct CSVDialect: Sendable, Equatable {
    /// The field separator.
    public var separator: Character
    /// Whether the text starts with U+FEFF.
    public var byteOrderMark: Bool

    /// RFC 4180: `,` and no BOM.
    public static let standard = CSVDialect(separator: ",", byteOrderMark: false)
    /// For spreadsheets in comma-decimal locales: `;` and a BOM.
    public static let excel = CSVDialect(separator: ";", byteOrderMark: true)

    /// Creates a dialect.
    public init(separator: Character, byteOrderMark: Bool) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }
}

/// Writing and reading CSV text (RFC 4180 quoting, CR LF line ends).
public enum CSV {
    /// The rows as CSV text in `dialect`, each ended by CR LF.
    public static func text(_ rows: [[String]], dialect: CSVDialect = .standard) -> String {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            out += row.map { field($0, separator: dialect.separator) }.joined(separator: String(dialect.separator)) + "\r\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds the separator, a quote or a line break.
    ///
    /// Text that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a `'` in front, as OWASP
    /// recommends against CSV injection: a spreadsheet would otherwise run a trainee name such as
    /// `=HYPERLINK(…)` as a formula. The `'` shows in the cell; the name is still recognisable.
    /// A lone `-` (Moodle's "no grade") is left as it is: it is no formula.
    public static func field(_ text: String, separator: Character = ",") -> String {
        // By scalar: a leading CR LF is one Character, and would not match "\r".
        let risky = text != "-" && text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
        let text = risky ? "'" + text : text
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// Parses CSV text into rows of fields: RFC 4180 quoting, CR LF or LF line ends, a leading
    /// BOM dropped, blank lines skipped. Each row carries its 1-based line number.
    public static func rows(_ text: String, separator: Character) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1, rowLine = 1
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append((rowLine, fields)) }
            fields = []
            field = ""
            wasQuoted = false
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
                wasQuoted = true
            } else if Character(scalar) == separator {
                fields.append(field)
                field = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
