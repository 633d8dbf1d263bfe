/// One terminal cell: a grapheme and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the grapheme,
/// the second is a *continuation* that holds nothing, so a row of cells always maps
/// one-to-one onto terminal columns.
public struct Cell: Hashable, Sendable {
    /// The user-perceived character shown in this cell (a space for blanks and continuations).
    public var grapheme: Character
    /// How the cell looks.
    public var style: Style
    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ grapheme: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in the normal style.
    public static let blank = Cell()

    /// The right half of a wide character with the given style.
    public static func continuation(style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }

    /// Columns the cell's grapheme covers: 2 for a wide lead cell, 1 otherwise, 0 for a continuation.
    public var width: Int {
        isContinuation ? 0 : max(1, grapheme.displayWidth)
    }
}
