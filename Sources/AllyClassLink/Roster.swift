/// A class's roster: for each handle, the identifier the school's gradebook knows (a Moodle
/// username or e-mail address) and the name to show.
///
/// The file is CSV with three columns: handle, identifier, display name. A first line whose first
/// field is `handle` is a heading. Commas or semicolons (what a Dutch spreadsheet writes) separate
/// fields; double quotes work as in RFC 4180.
public struct Roster: Sendable, Equatable {
    /// One trainee of the roster.
    public struct Entry: Sendable, Equatable {
        /// The SSH user name (letters, digits, `-`, `_`, at most 32).
        public var handle: String
        /// The gradebook's identifier: a Moodle username or an e-mail address.
        public var identifier: String
        /// The name shown on the dashboard (never on the projector).
        public var displayName: String

        /// Creates an entry (the caller has checked it).
        public init(handle: String, identifier: String, displayName: String) {
            self.handle = handle
            self.identifier = identifier
            self.displayName = displayName
        }
    }

    /// The trainees, in the file's order.
    public var entries: [Entry]

    /// A roster of `entries`.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The entry of `handle`, if listed.
    public func entry(_ handle: String) -> Entry? {
        entries.first { $0.handle == handle }
    }

    /// What is wrong with a roster file: every problem, each naming its line.
    public struct Problems: Error, Sendable, Equatable, CustomStringConvertible {
        /// `file:line: what`, one per problem.
        public var lines: [String]
        /// The problems, one per line.
        public var description: String { lines.joined(separator: "\n") }
    }

    /// The roster in `text` (the file `file`), or every problem found in it.
    public static func parse(_ text: String, file: String) -> Result<Roster, Problems> {
        var entries: [Entry] = []
        var problems: [String] = []
        var seen: [String: Int] = [:]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        let separator: Character = lines.first.map { $0.contains(";") && !$0.contains(",") } == true ? ";" : ","
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            func problem(_ what: String) { problems.append("\(file):\(number): \(what)") }
            let line = String(raw).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let fields = fields(of: line, separator: separator) else {
                problem("a quoted field is not closed")
                continue
            }
            if offset == 0, fields.first?.lowercased() == "handle" { continue }
            guard fields.count == 3 else {
                problem("expected 3 fields (handle, Moodle username or e-mail, display name), found \(fields.count)")
                continue
            }
            let handle = fields[0], identifier = fields[1], name = fields[2]
            if !HandleRule.isValid(handle) {
                problem("the handle \"\(visible(handle))\" may have only letters, digits, - and _ (at most 32): it is the SSH user name")
                continue
            }
            if let first = seen[handle] {
                problem("the handle \(handle) is listed twice (first on line \(first))")
                continue
            }
            if identifier.isEmpty || identifier.count > 100 || identifier.contains(where: { $0.isWhitespace }) {
                problem("the identifier of \(handle) must be a Moodle username or e-mail address without spaces, 1 to 100 characters")
                continue
            }
            if name.isEmpty || name.count > 64 {
                problem("the display name of \(handle) must be 1 to 64 characters")
                continue
            }
            // The identifier goes into exports as it is; a display name is only ever shown, and the
            // dashboard makes whatever it holds inert.
            if identifier.unicodeScalars.contains(where: ClassLink.isControl) {
                problem("the identifier of \(handle) holds a control character")
                continue
            }
            seen[handle] = number
            entries.append(Entry(handle: handle, identifier: identifier, displayName: name))
        }
        return problems.isEmpty ? .success(Roster(entries: entries)) : .failure(Problems(lines: problems))
    }

    /// The fields of one CSV line, or nil when a quote is not closed.
    static func fields(of line: String, separator: Character) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(line)[...]
        while let character = iterator.popFirst() {
            if quoted {
                if character == "\"" {
                    if iterator.first == "\"" {
                        field.append("\"")
                        iterator.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.trimmingSpaces.isEmpty {
                field = ""
                quoted = true
            } else if character == separator {
                fields.append(field.trimmingSpaces)
                field = ""
            } else {
                field.append(character)
            }
        }
        if quoted { return nil }
        fields.append(field.trimmingSpaces)
        return fields
    }

    /// `text` with control characters shown as `\u{…}`, for an error message.
    private static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(40) {
            if ClassLink.isControl(scalar) { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
