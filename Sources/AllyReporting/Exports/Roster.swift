import AllyCore

/// Who the trainees are outside Ally: a CSV file with one line per trainee, read by
/// `ally report --roster` (and by the classroom, for the same people).
///
/// The format (documented in docs/roster.md):
///
///     handle,moodle,name
///     anna,anna.devries,Anna de Vries
///     zoe,z.bakker@school.example,Zoë Bakker
///
/// - A header line `handle,moodle,name` first (case and spaces around the names do not matter).
/// - `,` or `;` as separator (the header line's tells which); RFC 4180 quotes; UTF-8, with or
///   without a byte order mark; blank lines are skipped.
/// - `handle`: the trainee's handle in Ally (the name in the store, the SSH login); unique.
/// - `moodle`: the trainee's Moodle username, or e-mail address: one kind for the whole file,
///   because Moodle's import maps one user field for every row. Unique.
/// - `name`: the display name; may be empty.
public struct Roster: Sendable, Equatable {
    /// One trainee.
    public struct Entry: Sendable, Equatable {
        /// The handle in Ally.
        public var handle: String
        /// The Moodle username or e-mail address.
        public var moodle: String
        /// The display name (may be empty).
        public var name: String

        /// Creates an entry.
        public init(handle: String, moodle: String, name: String = "") {
            self.handle = handle
            self.moodle = moodle
            self.name = name
        }
    }

    /// Which Moodle user field the `moodle` column holds.
    public enum Identifier: String, Sendable, Equatable {
        /// Moodle usernames.
        case username
        /// E-mail addresses (Moodle compares them case-sensitively).
        case email
    }

    /// The entries in file order.
    public var entries: [Entry]
    /// What the `moodle` column holds.
    public var identifier: Identifier

    /// The column names of the header line, in order.
    public static let header = ["handle", "moodle", "name"]

    /// Creates a roster from entries whose `moodle` values are all of one kind.
    public init(entries: [Entry], identifier: Identifier) {
        self.entries = entries
        self.identifier = identifier
    }

    /// The entry whose handle is `handle`.
    public func entry(handle: String) -> Entry? { entries.first { $0.handle == handle } }

    /// Reads roster text; a problem names its line.
    public static func parse(_ text: String) -> Result<Roster, RosterError> {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        let rows = CSV.rows(text, separator: separator)
        guard let head = rows.first else { return .failure(RosterError(line: nil, message: ReportingStrings.rosterEmpty)) }
        let names = head.fields.map { $0.trimmingSpaces.lowercased() }
        guard names == header else { return .failure(RosterError(line: head.line, message: ReportingStrings.rosterHeader)) }
        var entries: [Entry] = []
        var handles: Set<String> = [], moodles: Set<String> = []
        var kinds: [Identifier: Int] = [:]
        for row in rows.dropFirst() {
            guard row.fields.count == 3 else {
                return .failure(RosterError(line: row.line, message: ReportingStrings.rosterFieldCount(row.fields.count)))
            }
            let entry = Entry(handle: row.fields[0].trimmingSpaces, moodle: row.fields[1].trimmingSpaces, name: row.fields[2].trimmingSpaces)
            guard !entry.handle.isEmpty, !entry.moodle.isEmpty else {
                return .failure(RosterError(line: row.line, message: ReportingStrings.rosterEmptyField))
            }
            guard handles.insert(entry.handle).inserted else {
                return .failure(RosterError(line: row.line, message: ReportingStrings.rosterDuplicate("handle", entry.handle)))
            }
            guard moodles.insert(entry.moodle).inserted else {
                return .failure(RosterError(line: row.line, message: ReportingStrings.rosterDuplicate("moodle", entry.moodle)))
            }
            let kind: Identifier = entry.moodle.contains("@") ? .email : .username
            if let first = kinds.keys.first, first != kind {
                return .failure(RosterError(line: row.line, message: ReportingStrings.rosterMixed(line: kinds[first]!)))
            }
            kinds[kind] = kinds[kind] ?? row.line
            entries.append(entry)
        }
        return .success(Roster(entries: entries, identifier: kinds.keys.first ?? .username))
    }
}

/// A roster file that cannot be used, and where.
public struct RosterError: Error, Sendable, Equatable {
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: Localized

    /// Creates an error.
    public init(line: Int?, message: Localized) {
        self.line = line
        self.message = message
    }
}

extension String {
    /// Without spaces and tabs at either end (the core avoids Foundation).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
