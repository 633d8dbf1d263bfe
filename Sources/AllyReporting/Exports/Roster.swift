import AllyCore

/// Who the trainees are outside Ally: a CSV file with one line per trainee. The one roster of
/// `ally report --roster`, `ally serve --roster` (the class's dashboard names and `ally class report`).
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
/// - `handle`: the trainee's handle in Ally (the name in the store, the SSH login): the handle rule, unique.
/// - `moodle`: the trainee's Moodle username, or e-mail address: one kind for the whole file,
///   because Moodle's import maps one user field for every row. Unique, no spaces or controls.
/// - `name`: the display name (the dashboard, the class report); may be empty.
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
    /// The longest `moodle` value accepted (Moodle's own limit for a username is 100).
    public static let maximumMoodleLength = 100
    /// The longest display name accepted: it has to fit a line of the dashboard.
    public static let maximumNameLength = 64

    /// Creates a roster from entries whose `moodle` values are all of one kind.
    public init(entries: [Entry] = [], identifier: Identifier = .username) {
        self.entries = entries
        self.identifier = identifier
    }

    /// The entry whose handle is `handle`.
    public func entry(handle: String) -> Entry? { entries.first { $0.handle == handle } }

    /// The name to show for `handle`: the roster's display name, else the handle itself.
    public func displayName(_ handle: String) -> String {
        guard let name = entry(handle: handle)?.name, !name.isEmpty else { return handle }
        return name
    }

    /// Reads roster text; every problem is reported, each with its line.
    public static func parse(_ text: String) -> Result<Roster, RosterError> {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        let rows = CSV.rows(text, separator: separator)
        guard let head = rows.first else { return .failure(RosterError(line: nil, message: ReportingStrings.rosterEmpty)) }
        let names = head.fields.map { $0.trimmingSpaces.lowercased() }
        guard names == header else { return .failure(RosterError(line: head.line, message: ReportingStrings.rosterHeader)) }
        var entries: [Entry] = []
        var problems: [RosterError.Problem] = []
        var handles: [String: Int] = [:], moodles: [String: Int] = [:]
        var firstOfKind: (kind: Identifier, line: Int)?
        for row in rows.dropFirst() {
            func problem(_ message: Localized) { problems.append(.init(line: row.line, message: message)) }
            guard row.fields.count == 3 else {
                problem(ReportingStrings.rosterFieldCount(row.fields.count))
                continue
            }
            let entry = Entry(handle: row.fields[0].trimmingSpaces, moodle: row.fields[1].trimmingSpaces, name: row.fields[2].trimmingSpaces)
            guard HandleRule.isValid(entry.handle) else {
                problem(ReportingStrings.rosterHandle(entry.handle))
                continue
            }
            guard !entry.moodle.isEmpty, entry.moodle.count <= maximumMoodleLength,
                  !entry.moodle.unicodeScalars.contains(where: { $0.properties.isWhitespace || isControl($0) }) else {
                problem(ReportingStrings.rosterMoodle(entry.handle))
                continue
            }
            // A line break in a name is almost always a quote left open, which swallowed the lines after it.
            guard entry.name.count <= maximumNameLength, !entry.name.contains(where: \.isNewline) else {
                problem(ReportingStrings.rosterName(entry.handle))
                continue
            }
            if let first = handles[entry.handle] {
                problem(ReportingStrings.rosterDuplicate("handle", entry.handle, first: first))
                continue
            }
            if let first = moodles[entry.moodle] {
                problem(ReportingStrings.rosterDuplicate("moodle", entry.moodle, first: first))
                continue
            }
            let kind: Identifier = entry.moodle.contains("@") ? .email : .username
            if let first = firstOfKind, first.kind != kind {
                problem(ReportingStrings.rosterMixed(line: first.line))
                continue
            }
            firstOfKind = firstOfKind ?? (kind, row.line)
            handles[entry.handle] = row.line
            moodles[entry.moodle] = row.line
            entries.append(entry)
        }
        guard problems.isEmpty else { return .failure(RosterError(problems: problems)) }
        return .success(Roster(entries: entries, identifier: firstOfKind?.kind ?? .username))
    }

    /// Whether `scalar` is a control or format character (C0, DEL, C1, bidi overrides): the
    /// `moodle` value is written into exports as it is, so none may be in it.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
    }
}

/// A roster file that cannot be used: every problem, each with its line.
public struct RosterError: Error, Sendable, Equatable {
    /// One problem.
    public struct Problem: Sendable, Equatable {
        /// The 1-based line, when the problem has one.
        public var line: Int?
        /// What is wrong and what to do.
        public var message: Localized

        /// Creates a problem.
        public init(line: Int?, message: Localized) {
            self.line = line
            self.message = message
        }
    }

    /// The problems, in file order (at least one).
    public var problems: [Problem]

    /// An error of `problems`.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// An error of one problem.
    public init(line: Int?, message: Localized) {
        self.init(problems: [Problem(line: line, message: message)])
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
