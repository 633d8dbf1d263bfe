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
            lines = roster.entries.map { Line(identifier: $0.moodle, handle: $0.handle, cells: cells($0.handle)) }
            unlisted = played.filter { roster.entry(handle: $0) == nil }.sorted()
        } else {
            identifierHeading = Roster.Identifier.username.rawValue
            lines = played.sorted().map { Line(identifier: $0, handle: $0, cells: cells($0)) }
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

    /// An aligned table, one row per trainee and column played, its headers in `language`.
    public func table(language l: Language = .en) -> String {
        var rows: [[String]] = [["trainee", "scenario", "attempts", "best", "last", "mean"].map { l.text("gradebook.\($0)") }]
        for line in lines {
            for (index, cell) in line.cells.enumerated() {
                guard let cell else { continue }
                rows.append([line.handle, columns[index].heading, String(cell.attempts), String(cell.best), String(cell.last), String(cell.mean)])
            }
        }
        if rows.count == 1 { return l.text("gradebook.empty") + "\n" }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column < 2 ? text + pad : pad + text
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
