/// A run of cells on one row that share a non-normal style; columns are inclusive.
public struct StyleRun: Hashable, Sendable {
    /// The row.
    public var row: Int
    /// First column of the run.
    public var start: Int
    /// Last column of the run (inclusive).
    public var end: Int
    /// The shared style.
    public var style: Style

    /// Creates a run.
    public init(row: Int, start: Int, end: Int, style: Style) {
        self.row = row
        self.start = start
        self.end = end
        self.style = style
    }
}

extension ScreenBuffer {
    /// The separator between content lines and style runs in a text snapshot.
    public static let snapshotStyleHeader = "-- styles --"

    /// Runs of equally styled cells on row `y`, leaving out the normal style.
    ///
    /// A continuation cell belongs to the run of its lead cell, so a styled wide character
    /// counts for both of its columns.
    public func styleRuns(row y: Int) -> [StyleRun] {
        var runs: [StyleRun] = []
        for x in 0..<width {
            let style = self[x, y].style
            if let last = runs.last, last.end == x - 1, last.style == style {
                runs[runs.count - 1].end = x
            } else if !style.isNormal {
                runs.append(StyleRun(row: y, start: x, end: x, style: style))
            }
        }
        return runs
    }

    /// A deterministic, diff-friendly text rendering for tests and reviews.
    ///
    /// Every row's text (trailing spaces trimmed), then the separator line, then one line per
    /// row that has styled cells: `row: start-end style, start-end style` (inclusive columns):
    ///
    ///     Ally
    ///     › 1. Begroet de klant
    ///     -- styles --
    ///     0: 0-3 title+bold
    ///     1: 0-19 selected
    public func textSnapshot() -> String {
        var output = lines
        output.append(Self.snapshotStyleHeader)
        for y in 0..<height {
            let runs = styleRuns(row: y)
            guard !runs.isEmpty else { continue }
            output.append("\(y): " + runs.map { "\($0.start)-\($0.end) \($0.style.label)" }.joined(separator: ", "))
        }
        return output.joined(separator: "\n") + "\n"
    }
}
