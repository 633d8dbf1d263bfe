/// A customer's mood on a scale from bad to good, with a marker: `Stemming ━━━━━━●━━━ +2`.
///
/// The left half of the track is drawn in the bad meter style and the right half in the good
/// one, so even without colour (monochrome attributes) the side of the marker is visible.
public struct MoodMeter: Hashable, Sendable {
    /// The current mood.
    public var value: Int
    /// The scale, e.g. -5...5.
    public var range: ClosedRange<Int>
    /// Text before the track.
    public var label: String
    /// An optional word after the number, e.g. "geïrriteerd".
    public var caption: String?

    /// Creates a mood meter.
    public init(value: Int, range: ClosedRange<Int> = -5...5, label: String = "Mood", caption: String? = nil) {
        self.value = value
        self.range = range
        self.label = label
        self.caption = caption
    }

    /// The style for a mood: bad below the scale's middle third, good above it, mid between.
    public func style(for mood: Int) -> Style {
        let span = Double(range.upperBound - range.lowerBound)
        guard span > 0 else { return Style(.meterMid) }
        let position = Double(mood - range.lowerBound) / span
        if position < 1.0 / 3.0 { return Style(.meterBad) }
        if position > 2.0 / 3.0 { return Style(.meterGood) }
        return Style(.meterMid)
    }

    /// The marker's column within a track `width` columns wide.
    public func markerColumn(width: Int) -> Int {
        let span = range.upperBound - range.lowerBound
        guard width > 1, span > 0 else { return 0 }
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        return roundToInt(Double(clamped - range.lowerBound) / Double(span) * Double(width - 1))
    }

    /// Draws the meter on the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let number = value > 0 ? "+\(value)" : "\(value)"
        let tail = " " + number + (caption.map { " " + $0 } ?? "")
        var x = area.x
        if !label.isEmpty {
            x = buffer.write(label + " ", at: Point(x: x, y: area.y), clip: area)
        }
        let trackWidth = max(0, area.maxX - x - tail.displayWidth)
        let marker = markerColumn(width: trackWidth)
        let middle = trackWidth / 2
        for column in 0..<trackWidth where column != marker {
            let side = column < middle ? Style(.meterBad) : Style(.meterGood)
            buffer.write("━", at: Point(x: x + column, y: area.y), style: side.adding(.dim), clip: area)
        }
        if trackWidth > 0 {
            buffer.write("●", at: Point(x: x + marker, y: area.y), style: style(for: value).adding(.bold), clip: area)
        }
        buffer.write(tail, at: Point(x: x + trackWidth, y: area.y), style: style(for: value), clip: area)
    }
}
