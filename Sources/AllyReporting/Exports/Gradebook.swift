import AllyCore

/// Best scores per trainee and grade column: the gradebook a school imports into Moodle (an
/// identifier column plus one column per grade item), and the table `ally report` shows.
public struct Gradebook: Sendable, Equatable {
    /// One trainee's results on one column.
    public struct Cell: Sendable, Equatable {
        /// Scored attempts.
        public var attempts: Int
        /// The best total: the grade.
        public var best: Int
        /// The latest total.
        public var last: Int
        /// The mean total, rounded.
        public var mean: Int
    }

    /// One trainee's line.
    public struct Line: Sendable, Equatable {
        /// What Moodle knows the trainee by: the roster's username or e-mail, else the handle.
        public var identifier: String
        /// The trainee's handle in Ally.
        public var handle: String
        /// The name to show: the roster's display name, else the handle.
        public var name: String
        /// One cell per column; nil where nothing was scored.
        public var cells: [Cell?]
    }

    /// The identifier column's heading: the Moodle user field to map it to (`username` or `email`).
    public var identifierHeading: String
    /// The grade columns.
    public var columns: [GradeColumn]
    /// One line per trainee: in roster order, else sorted by handle.
    public var lines: [Line]
    /// Handles with scored attempts that the roster does not list: left out, since one unknown
    /// user aborts Moodle's whole import.
    public var unlisted: [String]

    /// The gradebook of the scored attempts among `attempts` in `columns`; with a roster, its
    /// trainees (each, even with nothing scored) under their Moodle identifiers.
    public init(_ attempts: [AttemptSummary], columns: [GradeColumn], roster: Roster? = nil) {
        self.columns = columns
        let scored = attempts.filter { $0.total != nil }.sorted { ($0.finishedAt ?? 0, $0.id) < ($1.finishedAt ?? 0, $1.id) }
        var column: [String: Int] = [:]
        for (index, item) in columns.enumerated() {
            for id in item.scenarios where column[id] == nil { column[id] = index }
        }
        var totals: [String: [Int: [Int]]] = [:]
        for attempt in scored {
            guard let index = column[attempt.scenarioID] else { continue }
            totals[attempt.trainee, default: [:]][index, default: []].append(attempt.total!)
        }
        func cells(_ handle: String) -> [Cell?] {
            columns.indices.map { index in
                totals[handle]?[index].map { list in
                    Cell(attempts: list.count, best: list.max()!, last: list.last!,
                         mean: Int((Double(list.reduce(0, +)) / Double(list.count)).rounded()))
                }
            }
        }
        let played = Set(scored.map(\.trainee))
        if let roster {
            identifierHeading = roster.identifier.rawValue
            lines = roster.entries.map {
                Line(identifier: $0.moodle, handle: $0.handle, name: roster.displayName($0.handle), cells: cells($0.handle))
            }
            unlisted = played.filter { roster.entry(handle: $0) == nil }.sorted()
        } else {
            identifierHeading = Roster.Identifier.username.rawValue
            lines = played.sorted().map { Line(identifier: $0, handle: $0, name: $0, cells: cells($0)) }
            unlisted = []
        }
    }

    /// What Moodle's own export writes for a missing grade, and reads as "no grade" (an empty
    /// cell would become a grade of 0 in a new grade item).
    public static let noGrade = "-"

    /// The gradebook as CSV for Moodle's grade import: the identifier column, then one column per
    /// grade item with the best total, `-` where there is none.
    public func csv(dialect: CSVDialect = .standard) -> String {
        var rows = [[identifierHeading] + columns.map(\.heading)]
        for line in lines {
            rows.append([line.identifier] + line.cells.map { $0.map { String($0.best) } ?? Self.noGrade })
        }
        return CSV.text(rows, dialect: dialect)
    }

    /// An aligned table, one row per trainee and column played, its headers in `language`; with a
    /// `name` column when a roster gives display names (the handle alone otherwise says it all).
    public func table(language l: Language = .en) -> String {
        let named = lines.contains { $0.name != $0.handle }
        var rows: [[String]] = [(["trainee"] + (named ? ["name"] : []) + ["scenario", "attempts", "best", "last", "mean"]).map { l.text("gradebook.\($0)") }]
        for line in lines {
            for (index, cell) in line.cells.enumerated() {
                guard let cell else { continue }
                rows.append([line.handle] + (named ? [line.name] : [])
                    + [columns[index].heading, String(cell.attempts), String(cell.best), String(cell.last), String(cell.mean)])
            }
        }
        if rows.count == 1 { return l.text("gradebook.empty") + "\n" }
        let left = named ? 3 : 2
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column < left ? text + pad : pad + text
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// One trainee's line as JSON: who (handle, Moodle identifier, name) and, per column heading,
    /// the best total (null where nothing was scored) and the scored attempts.
    public struct LineJSON: Sendable, Equatable, Encodable {
        /// The handle in Ally.
        public var handle: String
        /// The Moodle identifier (the roster's, else the handle).
        public var identifier: String
        /// The display name (the roster's, else the handle).
        public var name: String
        /// The best total per column heading; nil where nothing was scored.
        public var best: [String: Int?]
        /// The scored attempts per column heading.
        public var attempts: [String: Int]
    }

    /// The lines for a JSON report, in the gradebook's order.
    public func jsonLines() -> [LineJSON] {
        lines.map { line in
            LineJSON(
                handle: line.handle, identifier: line.identifier, name: line.name,
                best: Dictionary(zip(columns.map(\.heading), line.cells.map { $0?.best }), uniquingKeysWith: { first, _ in first }),
                attempts: Dictionary(zip(columns.map(\.heading), line.cells.map { $0?.attempts ?? 0 }), uniquingKeysWith: { first, _ in first }))
        }
    }
}
