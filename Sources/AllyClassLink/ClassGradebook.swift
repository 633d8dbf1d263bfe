import AllyCore
import AllyReporting

/// The class's gradebook for `ally class report`: one line per trainee (the roster's first, in
/// its order, then anyone else who played), one column per scenario with its translations
/// merged, each cell the best total or nothing.
public struct ClassGradebook: Sendable, Equatable {
    /// One column: a scenario and the ids of its translations (a total of any counts).
    public struct Column: Sendable, Equatable {
        /// The column's heading: the scenario's id in the class's language.
        public var id: String
        /// Every id whose attempts count here (the scenario and its translations).
        public var ids: Set<String>

        /// Creates a column.
        public init(id: String, ids: Set<String>) {
            self.id = id
            self.ids = ids.union([id])
        }
    }

    /// One trainee's line.
    public struct Line: Sendable, Equatable {
        /// The handle.
        public var handle: String
        /// The roster's identifier (a Moodle username or e-mail), else the handle.
        public var identifier: String
        /// The roster's display name, else the handle.
        public var name: String
        /// The best total per column (nil: not played).
        public var best: [Int?]
        /// Scored attempts per column.
        public var attempts: [Int]
    }

    /// The columns, in order.
    public var columns: [Column]
    /// The lines, in order.
    public var lines: [Line]
    /// Whether every identifier is an e-mail address (the CSV's heading then says so).
    public var identifiersAreEmail: Bool

    /// The gradebook of `attempts` over `columns` for `roster`.
    public init(attempts: [AttemptSummary], columns: [Column], roster: AllyClassLink.Roster) {
        self.columns = columns
        let scored = attempts.filter { $0.total != nil }
        var handles = roster.entries.map(\.handle)
        for handle in Set(scored.map(\.trainee)).sorted() where roster.entry(handle) == nil { handles.append(handle) }
        lines = handles.map { handle in
            let mine = scored.filter { $0.trainee == handle }
            let entry = roster.entry(handle)
            return Line(
                handle: handle, identifier: entry?.identifier ?? handle, name: entry?.displayName ?? handle,
                best: columns.map { column in mine.filter { column.ids.contains($0.scenarioID) }.compactMap(\.total).max() },
                attempts: columns.map { column in mine.filter { column.ids.contains($0.scenarioID) }.count })
        }
        identifiersAreEmail = !roster.entries.isEmpty && roster.entries.allSatisfy { $0.identifier.contains("@") }
    }

    /// Columns for scenarios: one per scenario of `order` (ids in the class's language), merged
    /// with its translations as `translations` pairs them (each id to its translation's id).
    public static func columns(_ order: [String], translations: [String: String]) -> [Column] {
        var columns: [Column] = []
        var taken: Set<String> = []
        for id in order where !taken.contains(id) {
            var ids: Set<String> = [id]
            if let other = translations[id] { ids.insert(other) }
            for (key, value) in translations where value == id { ids.insert(key) }
            taken.formUnion(ids)
            columns.append(Column(id: id, ids: ids))
        }
        return columns
    }

    /// Moodle-ready CSV: the identifier column (`username`, or `email` when every roster
    /// identifier is one), then one column per scenario with the best total, `-` when not played.
    public func csv() -> String {
        let heading = identifiersAreEmail ? "email" : "username"
        var out = ([heading] + columns.map(\.id)).map { CSV.field($0) }.joined(separator: ",") + "\r\n"
        for line in lines {
            out += ([CSV.field(line.identifier)] + line.best.map { $0.map(String.init) ?? "-" }).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// An aligned table: handle, name, and one column per scenario.
    public func table() -> String {
        var rows: [[String]] = [["handle", "name"] + columns.map(\.id)]
        for line in lines { rows.append([line.handle, line.name] + line.best.map { $0.map(String.init) ?? "-" }) }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
                return column < 2 ? text + pad : pad + text
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
