/// One entry of a key-hint bar: a key and what it does.
public struct KeyHint: Hashable, Sendable {
    /// The key as shown, e.g. "↑↓" or "Enter".
    public var key: String
    /// What it does, e.g. "kiezen".
    public var label: String

    /// Creates a hint.
    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// A one-line bar of key hints: `↑↓ kiezen  Enter bevestigen  q stoppen`.
public struct KeyHintBar: Hashable, Sendable {
    /// The hints, most important first: those that do not fit are left out from the end,
    /// whole, rather than cut in half.
    public var hints: [KeyHint]
    /// Style of the keys.
    public var keyStyle: Style
    /// Style of the labels.
    public var labelStyle: Style

    /// Creates a bar.
    public init(_ hints: [KeyHint], keyStyle: Style = Style(.keyHint), labelStyle: Style = Style(.muted)) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    /// Draws the bar on the first row of `area`; returns how many hints fitted.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        var x = area.x
        var shown = 0
        for hint in hints {
            let keyText = hint.key
            let needed = keyText.displayWidth + 1 + hint.label.displayWidth
            let gap = shown == 0 ? 0 : 2
            guard x + gap + needed <= area.maxX else { break }
            x += gap
            x = buffer.write(keyText, at: Point(x: x, y: area.y), style: keyStyle, clip: area)
            x = buffer.write(" " + hint.label, at: Point(x: x, y: area.y), style: labelStyle, clip: area)
            shown += 1
        }
        return shown
    }
}
