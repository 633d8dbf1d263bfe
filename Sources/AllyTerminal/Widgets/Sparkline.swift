/// A tiny one-row chart of values: `▁▂▄▇█▆`.
public struct Sparkline: Hashable, Sendable {
    /// The values, oldest first; the newest that fit are shown.
    public var values: [Double]
    /// The value drawn as an empty bar; `nil` uses 0 (or the smallest value if that is negative).
    public var minimum: Double?
    /// The value drawn as a full bar; `nil` uses the largest value.
    public var maximum: Double?
    /// The style of the bars.
    public var style: Style

    /// Creates a sparkline.
    public init(_ values: [Double], minimum: Double? = nil, maximum: Double? = nil, style: Style = Style(.accent)) {
        self.values = values
        self.minimum = minimum
        self.maximum = maximum
        self.style = style
    }

    /// Bar heights from lowest to highest.
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The characters for the newest `width` values.
    public func characters(width: Int) -> String {
        let shown = values.suffix(max(0, width)).map { $0.isFinite ? $0 : 0 }
        guard !shown.isEmpty else { return "" }
        let low = minimum ?? min(0, shown.min() ?? 0)
        let high = maximum ?? (shown.max() ?? 0)
        let span = high - low
        return String(shown.map { value -> Character in
            guard span > 0 else { return Sparkline.levels[0] }
            let position = min(max((value - low) / span, 0), 1)
            return Sparkline.levels[roundToInt(position * Double(Sparkline.levels.count - 1))]
        })
    }

    /// Draws the newest values on the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.write(characters(width: area.width), at: Point(x: area.x, y: area.y), style: style, clip: area)
    }
}
