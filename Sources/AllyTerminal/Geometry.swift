/// A cell position: column `x`, row `y`, both from 0 at the top left.
public struct Point: Hashable, Sendable {
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int

    /// Creates a point.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// The size of a terminal in cells.
public struct TerminalSize: Hashable, Sendable {
    /// Number of columns.
    public var columns: Int
    /// Number of rows.
    public var rows: Int

    /// Creates a size; negative values become 0.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }
}

/// How much of a row or column split a part gets.
public enum Length: Hashable, Sendable {
    /// Exactly this many cells (fewer if there is not enough room).
    case fixed(Int)
    /// This percentage of the whole.
    case percent(Int)
    /// A share of whatever is left, by weight.
    case fill(Int)
}

/// A rectangle of cells; widths and heights are never negative.
public struct Rect: Hashable, Sendable {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Width in columns.
    public var width: Int
    /// Height in rows.
    public var height: Int

    /// Creates a rectangle; a negative width or height becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin covering `size`.
    public init(size: TerminalSize) {
        self.init(x: 0, y: 0, width: size.columns, height: size.rows)
    }

    /// The first column to the right of the rectangle.
    public var maxX: Int { x + width }
    /// The first row below the rectangle.
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether `point` lies inside.
    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The overlap of two rectangles (empty, at a valid origin, when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by `amount`.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Shrinks each side by its own amount, never below an empty rectangle.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The single-row rectangle at `index` rows from the top (empty if outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, index), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Splits off `count` rows at the top.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: taken), Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// Splits off `count` rows at the bottom.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: height - taken), Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// Splits off `count` columns at the left.
    public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, count), width)
        return (Rect(x: x, y: y, width: taken, height: height), Rect(x: x + taken, y: y, width: width - taken, height: height))
    }

    /// Splits off `count` columns at the right.
    public func splitRight(_ count: Int) -> (rest: Rect, right: Rect) {
        let taken = min(max(0, count), width)
        return (Rect(x: x, y: y, width: width - taken, height: height), Rect(x: maxX - taken, y: y, width: taken, height: height))
    }

    /// Splits into stacked rows sized by `lengths`, top to bottom.
    public func rows(_ lengths: [Length]) -> [Rect] {
        Rect.distribute(height, lengths).map { Rect(x: x, y: y + $0.start, width: width, height: $0.size) }
    }

    /// Splits into side-by-side columns sized by `lengths`, left to right.
    public func columns(_ lengths: [Length]) -> [Rect] {
        Rect.distribute(width, lengths).map { Rect(x: x + $0.start, y: y, width: $0.size, height: height) }
    }

    /// A `width`×`height` rectangle centred inside this one (clamped to fit).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width), h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// Fixed and percentage parts first (in order, as far as room allows), then fills share the rest
    /// by weight; rounding leftovers go to the earliest fills so the result is deterministic.
    static func distribute(_ total: Int, _ lengths: [Length]) -> [(start: Int, size: Int)] {
        var sizes = [Int](repeating: 0, count: lengths.count)
        var remaining = max(0, total)
        for (index, length) in lengths.enumerated() {
            switch length {
            case .fixed(let n):
                sizes[index] = min(max(0, n), remaining)
            case .percent(let p):
                sizes[index] = min(max(0, total * p / 100), remaining)
            case .fill:
                continue
            }
            remaining -= sizes[index]
        }
        let fills = lengths.enumerated().compactMap { item -> (Int, Int)? in
            if case .fill(let weight) = item.element { return (item.offset, max(0, weight)) }
            return nil
        }
        let totalWeight = fills.reduce(0) { $0 + $1.1 }
        if totalWeight > 0 {
            var given = 0
            for (index, weight) in fills {
                sizes[index] = remaining * weight / totalWeight
                given += sizes[index]
            }
            var leftover = remaining - given
            for (index, weight) in fills where leftover > 0 && weight > 0 {
                sizes[index] += 1
                leftover -= 1
            }
        }
        var start = 0
        return sizes.map { size in
            defer { start += size }
            return (start, size)
        }
    }
}
