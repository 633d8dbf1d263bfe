/// A one-row horizontal bar: `Label  ███████▌░░░░  62%`.
public struct Gauge: Hashable, Sendable {
    /// Text before the bar.
    public var label: String
    /// How full the bar is, 0...1 (clamped).
    public var fraction: Double
    /// Text after the bar; `nil` shows the percentage.
    public var valueText: String?
    /// Columns reserved for the label (so stacked gauges line up); `nil` fits the label.
    public var labelWidth: Int?
    /// Style of the label.
    public var labelStyle: Style
    /// Style of the filled part.
    public var filledStyle: Style
    /// Style of the empty part.
    public var emptyStyle: Style

    /// Creates a gauge.
    public init(
        label: String, fraction: Double, valueText: String? = nil, labelWidth: Int? = nil,
        labelStyle: Style = .normal, filledStyle: Style = Style(.meterGood), emptyStyle: Style = Style(.muted)
    ) {
        self.label = label
        self.fraction = fraction
        self.valueText = valueText
        self.labelWidth = labelWidth
        self.labelStyle = labelStyle
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
    }

    /// Partial blocks in eighths, so a bar moves smoothly even when it is short.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar's characters for `width` columns: full blocks, one partial block, then light shade.
    public static func bar(fraction: Double, width: Int) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let totalEighths = roundToInt(clamped * Double(width * 8))
        var filled = String(repeating: "█", count: totalEighths / 8)
        var used = totalEighths / 8
        if totalEighths % 8 > 0 {
            filled.append(eighths[totalEighths % 8 - 1])
            used += 1
        }
        return (filled, String(repeating: "░", count: width - used))
    }

    /// Draws the gauge on the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let value = valueText ?? "\(roundToInt(clamped * 100))%"
        let nameWidth = labelWidth ?? (label.isEmpty ? 0 : label.displayWidth + 1)
        let valueWidth = value.isEmpty ? 0 : value.displayWidth + 1
        let y = area.y
        var x = area.x
        if nameWidth > 0 {
            buffer.write(TextLayout.truncate(label, width: nameWidth), at: Point(x: x, y: y), style: labelStyle, clip: area)
            x += nameWidth
        }
        let barWidth = max(0, area.maxX - x - valueWidth)
        let (filled, empty) = Gauge.bar(fraction: clamped, width: barWidth)
        x = buffer.write(filled, at: Point(x: x, y: y), style: filledStyle, clip: area)
        x = buffer.write(empty, at: Point(x: x, y: y), style: emptyStyle, clip: area)
        if valueWidth > 0 {
            buffer.write(TextLayout.pad(value, width: valueWidth, alignment: .right), at: Point(x: x, y: y), style: labelStyle, clip: area)
        }
    }
}
