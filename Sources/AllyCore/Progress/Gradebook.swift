/// Best scores per trainee and scenario: the gradebook a school imports (Moodle: an identifier column
/// plus one column per grade item).
public struct Gradebook: Sendable, Equatable {
    /// One trainee's line.
    public struct Line: Sendable, Equatable {
        /// The trainee (the identifier column).
        public var trainee: String
        /// Per scenario played: scored attempts, best, last and mean total.
        public var cells: [String: Cell]
    }

    /// One trainee's results on one scenario.
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

    /// The scenario ids, one column each, sorted.
    public var scenarios: [String]
    /// One line per trainee, sorted by name.
    public var lines: [Line]

    /// The gradebook of the scored attempts among `attempts`; `scenarios` adds columns for unplayed ones.
    public init(_ attempts: [AttemptSummary], scenarios extra: [String] = []) {
        let scored = attempts.filter { $0.total != nil }.sorted { ($0.finishedAt ?? 0, $0.id) < ($1.finishedAt ?? 0, $1.id) }
        scenarios = Array(Set(scored.map(\.scenarioID) + extra)).sorted()
        var totals: [String: [String: [Int]]] = [:]
        for attempt in scored {
            totals[attempt.trainee, default: [:]][attempt.scenarioID, default: []].append(attempt.total!)
        }
        lines = totals.keys.sorted().map { trainee in
            Line(trainee: trainee, cells: totals[trainee]!.mapValues { list in
                Cell(attempts: list.count, best: list.max()!, last: list.last!,
                     mean: Int((Double(list.reduce(0, +)) / Double(list.count)).rounded()))
            })
        }
    }

    /// RFC 4180 CSV: `username` and one column per scenario holding the best total (empty if unplayed).
    public func csv() -> String {
        var out = ([identifierColumn] + scenarios).map(Self.field).joined(separator: ",") + "\r\n"
        for line in lines {
            let cells = scenarios.map { line.cells[$0].map { String($0.best) } ?? "" }
            out += ([Self.field(line.trainee)] + cells).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The identifier column's heading, which Moodle's import maps to the user's username.
    public let identifierColumn = "username"

    /// A CSV field, quoted when it holds a comma, quote or line break.
    ///
    /// Text that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a `'` in front, as OWASP
    /// recommends against CSV injection: a spreadsheet would otherwise run a trainee name such as
    /// `=HYPERLINK(…)` as a formula. The `'` shows in the cell; the name is still recognisable.
    public static func field(_ text: String) -> String {
        // By scalar: a leading CR LF is one Character, and would not match "\r".
        let text = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + text : text
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// An aligned table, one row per trainee and scenario played, its headers in `language`.
    public func table(language l: Language = .en) -> String {
        var rows: [[String]] = [["trainee", "scenario", "attempts", "best", "last", "mean"].map { l.text("gradebook.\($0)") }]
        for line in lines {
            for scenario in scenarios {
                guard let cell = line.cells[scenario] else { continue }
                rows.append([line.trainee, scenario, String(cell.attempts), String(cell.best), String(cell.last), String(cell.mean)])
            }
        }
        if rows.count == 1 { return l.text("gradebook.empty") + "\n" }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            row.enumerated().map { column, text in
                column < 2 ? text.padding(widths[column]) : text.leftPadding(widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Every occurrence of `target` replaced (the core avoids Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
