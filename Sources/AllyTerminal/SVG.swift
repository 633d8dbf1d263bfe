/// Cell geometry of SVG output, in SVG user units (pixels).
public struct SVGMetrics: Hashable, Sendable {
    /// Width of one cell.
    public var cellWidth: Int
    /// Height of one cell (one text line).
    public var cellHeight: Int
    /// Font size.
    public var fontSize: Int
    /// Distance from a row's top to the text baseline.
    public var baseline: Int

    /// Creates metrics.
    public init(cellWidth: Int = 9, cellHeight: Int = 18, fontSize: Int = 15, baseline: Int = 14) {
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
        self.fontSize = fontSize
        self.baseline = baseline
    }
}

extension ScreenBuffer {
    /// A standalone SVG image of the buffer, as a terminal with `theme` would show it.
    ///
    /// Deterministic (same buffer, same bytes), so committed screenshots can be compared with
    /// freshly generated ones. Positions are cell-accurate: every text run is stretched to its
    /// exact cell width (`textLength`), whatever monospace font the viewer picks, and each wide
    /// character is placed on its own.
    public func svg(theme: Theme = .standard, metrics: SVGMetrics = SVGMetrics(), title: String? = nil) -> String {
        let pixelWidth = width * metrics.cellWidth, pixelHeight = height * metrics.cellHeight
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixelWidth)" height="\(pixelHeight)" \
            viewBox="0 0 \(pixelWidth) \(pixelHeight)" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" \
            font-size="\(metrics.fontSize)" xml:space="preserve">

            """
        if let title { out += "<title>\(SVGText.escape(title))</title>\n" }
        out += "<style>text{white-space:pre}</style>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"\(theme.defaultBackground)\"/>\n"
        for y in 0..<height { out += backgroundRects(row: y, theme: theme, metrics: metrics) }
        for y in 0..<height { out += textElements(row: y, theme: theme, metrics: metrics) }
        out += "</svg>\n"
        return out
    }

    /// Background rectangles for row `y`: one per run of cells whose background is not the page's.
    private func backgroundRects(row y: Int, theme: Theme, metrics: SVGMetrics) -> String {
        var out = ""
        var x = 0
        while x < width {
            let background = SVGText.colors(self[x, y].style, theme: theme).background
            var end = x + 1
            while end < width, SVGText.colors(self[end, y].style, theme: theme).background == background { end += 1 }
            if background != theme.defaultBackground {
                out += "<rect x=\"\(x * metrics.cellWidth)\" y=\"\(y * metrics.cellHeight)\" "
                out += "width=\"\((end - x) * metrics.cellWidth)\" height=\"\(metrics.cellHeight)\" fill=\"\(background)\"/>\n"
            }
            x = end
        }
        return out
    }

    /// Text elements for row `y`: runs of narrow cells sharing a style, and each wide cell alone.
    private func textElements(row y: Int, theme: Theme, metrics: SVGMetrics) -> String {
        var out = ""
        var x = 0
        while x < width {
            let cell = self[x, y]
            if cell.isContinuation {
                x += 1
                continue
            }
            var end = x + cell.width
            if SVGText.drawn.contains(cell.grapheme) {
                let color = SVGText.colors(cell.style, theme: theme).foreground
                out += SVGText.clock(cell.grapheme, x: x, y: y, columns: cell.width, color: color, metrics: metrics)
                x = end
                continue
            }
            var text = String(cell.grapheme)
            if cell.width == 1 {
                while end < width, self[end, y].width == 1, self[end, y].style == cell.style, !SVGText.drawn.contains(self[end, y].grapheme) {
                    text.append(self[end, y].grapheme)
                    end += 1
                }
            }
            let attributes = theme.attributes(for: cell.style)
            var start = x
            if !attributes.contains(.underline) {
                // Edge spaces are drawn by the background alone; some renderers would collapse them
                // and shift the glyphs, so they are left out of the text element.
                while text.first == " " {
                    text.removeFirst()
                    start += 1
                }
                while text.last == " " { text.removeLast() }
            }
            if !text.isEmpty {
                let colors = SVGText.colors(cell.style, theme: theme)
                let columns = cell.width == 2 ? 2 : text.count
                out += "<text x=\"\(start * metrics.cellWidth)\" y=\"\(y * metrics.cellHeight + metrics.baseline)\" "
                out += "fill=\"\(colors.foreground)\""
                if attributes.contains(.bold) { out += " font-weight=\"bold\"" }
                if attributes.contains(.underline) { out += " text-decoration=\"underline\"" }
                if attributes.contains(.dim) { out += " fill-opacity=\"0.6\"" }
                out += " textLength=\"\(columns * metrics.cellWidth)\" lengthAdjust=\"spacingAndGlyphs\">"
                out += SVGText.escape(text) + "</text>\n"
            }
            x = end
        }
        return out
    }
}

/// Helpers for SVG output.
enum SVGText {
    /// Glyphs drawn as shapes rather than text: the monospace fonts a viewer is likely to have
    /// lack them, and a browser shows a box instead.
    static let drawn: Set<Character> = ["⏱", "◷"]

    /// A clock face in one glyph's cells (⏱ gets a stopwatch's crown), stroked in `color`.
    static func clock(_ glyph: Character, x: Int, y: Int, columns: Int, color: String, metrics: SVGMetrics) -> String {
        let w = Double(columns * metrics.cellWidth), h = Double(metrics.cellHeight)
        let r = (min(w, h) / 2 - 1.5).rounded(toPlaces: 1)
        let cx = (Double(x * metrics.cellWidth) + w / 2).rounded(toPlaces: 1)
        let cy = (Double(y * metrics.cellHeight) + h / 2 + 1).rounded(toPlaces: 1)
        var out = "<g fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.2\" stroke-linecap=\"round\">"
        out += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(r)\"/>"
        out += "<path d=\"M\(cx) \(cy)V\((cy - r * 0.7).rounded(toPlaces: 1))M\(cx) \(cy)H\((cx + r * 0.6).rounded(toPlaces: 1))\"/>"
        if glyph == "⏱" {
            let top = (cy - r).rounded(toPlaces: 1)
            out += "<path d=\"M\(cx) \(top)V\(top - 2)M\(cx - 1.5) \(top - 2)H\(cx + 1.5)\"/>"
        }
        return out + "</g>\n"
    }

    /// Escapes text for XML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The RGB foreground and background a style gets under `theme`, reverse applied.
    static func colors(_ style: Style, theme: Theme) -> (foreground: String, background: String) {
        let roleColors = theme.colors(for: style.role)
        let foreground = theme.palette[roleColors.foreground]
        let background = roleColors.background == .terminalDefault
            ? theme.defaultBackground : theme.palette[roleColors.background]
        if theme.attributes(for: style).contains(.reverse) {
            return (background, foreground)
        }
        return (foreground, background)
    }
}

extension Double {
    /// The value rounded to `places` decimals (without libm, like ``roundToInt(_:)``), for short SVG numbers.
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return Double(roundToInt(self * scale)) / scale
    }
}
