import AllyCore
import AllyTerminal

extension Preview {
    /// Draws the preview into `buffer` (of the terminal's size): the play, or the file's diagnostics. Pure.
    public static func render(_ model: PreviewModel, into buffer: inout ScreenBuffer) {
        if model.isPlaying {
            // The trainer draws the play; the preview its own help over it and its own hint row.
            var app = model.app
            app.showHelp = false
            App.render(app, into: &buffer)
            guard !app.isTooSmall else { return }
            if model.app.showHelp {
                var canvas = Canvas(buffer: buffer)
                HelpOverlay.draw(app.context, general: helpGeneral, sections: helpSections, buffer.bounds, &canvas)
                buffer = canvas.buffer
            }
            bottomRow(model, &buffer)
            return
        }
        var canvas = Canvas(buffer: buffer)
        canvas.buffer.clear()
        let bounds = canvas.buffer.bounds
        let m = model.app
        Layout.titleBar("Ally · " + model.file, right: m.t(Strings.previewNotSaved), bounds, &canvas)
        let text = textArea(model, bounds)
        let lines = diagnosticLines(model)
        let first = min(model.diagnosticsScroll, max(0, lines.count - text.height))
        canvas.lines(lines, from: first, in: text)
        canvas.scrollMarks(x: text.maxX - 1, rows: text, above: first > 0, below: first + text.height < lines.count)
        KeyHintBar(hints(model)).render(into: &canvas.buffer, area: bounds.splitBottom(1).1)
        buffer = canvas.buffer
    }

    /// A fresh buffer of the model's size with the preview drawn into it.
    public static func frame(_ model: PreviewModel) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: model.app.size)
        render(model, into: &buffer)
        return buffer
    }

    /// The rows the diagnostics are drawn in: under the title bar, above the key hints.
    static func textArea(_ model: PreviewModel, _ bounds: Rect) -> Rect {
        bounds.inset(top: 2, left: 1, bottom: 2, right: 1)
    }

    /// How many rows of diagnostics show at once.
    static func diagnosticsViewHeight(_ model: PreviewModel) -> Int {
        max(1, textArea(model, Rect(x: 0, y: 0, width: model.app.size.columns, height: model.app.size.rows)).height)
    }

    /// The diagnostics screen's text: what is wrong, then each problem, wrapped.
    static func diagnosticLines(_ model: PreviewModel) -> [[Span]] {
        let width = max(1, model.app.size.columns - 3)
        guard let diagnostics = model.diagnostics else {
            return TextLayout.wrap([Span(model.app.t(Strings.previewReading(model.file)), style: Style(.muted))], width: width)
        }
        let heading = Span(model.app.t(Strings.previewBroken(model.file, problems: diagnostics.count)), style: Style(.wrong, .bold))
        var lines = TextLayout.wrap([heading], width: width) + [[]]
        for diagnostic in diagnostics {
            let style = diagnostic.contains(": error:") ? Style(.wrong) : diagnostic.contains(": warning:") ? Style(.warning) : Style.normal
            lines += TextLayout.wrap([Span(diagnostic, style: style)], width: width)
        }
        return lines
    }

    /// The keys that work everywhere in the preview (q leaves at once: there is nothing to lose).
    static let helpGeneral = Strings.helpKeyLines.filter { $0 != Strings.helpBackLine }

    /// The preview's sections of the `?` overlay: playing, and its own keys.
    static let helpSections = [
        HelpKeys.Section(heading: Strings.helpPlaying, lines: Strings.helpPlayingKeys),
        HelpKeys.Section(heading: Strings.helpPreview, lines: Strings.helpPreviewKeys),
    ]

    /// The preview's key hints; on the play screen `r` reloads rather than toggling reminders.
    static func hints(_ model: PreviewModel) -> [KeyHint] {
        let t = model.app.t
        let own = [KeyHint("r", t(Strings.keyReload)), KeyHint("q", t(Strings.keyLeave))]
        if !model.isPlaying {
            return [KeyHint("↑↓", t(Strings.keyScroll))] + own
        }
        if model.app.showHelp { return Layout.hints(model.app) }
        return Layout.hints(model.app).filter { $0.key != "r" && $0.key != "q" } + own
    }

    /// The bottom row under the play: the reload status, if any, then the key hints.
    static func bottomRow(_ model: PreviewModel, _ buffer: inout ScreenBuffer) {
        let row = buffer.bounds.splitBottom(1).1
        buffer.fill(row)
        var area = row
        if let status = model.status {
            let text = TextLayout.truncate(model.app.t(status), width: row.width)
            let end = buffer.write(text, at: Point(x: row.x, y: row.y), style: Style(.warning, .bold), clip: row)
            area = Rect(x: end + 2, y: row.y, width: max(0, row.maxX - end - 2), height: 1)
        }
        KeyHintBar(hints(model)).render(into: &buffer, area: area)
    }
}
