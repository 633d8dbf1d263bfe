import Testing
@testable import AllyTerminal

@Suite("Widgets")
struct WidgetTests {
    @Test("a box draws its border and title and returns the inside")
    func box() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        let inner = Box(title: "Klant").render(into: &buffer, area: buffer.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(buffer.lines == ["┌─ Klant ──┐", "│          │", "└──────────┘"])
        #expect(buffer[3, 0].style == Style(.title))
        #expect(buffer[0, 1].style == Style(.border))
    }

    @Test("a long box title is cut with an ellipsis, keeping the corners")
    func boxLongTitle() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        Box(title: "Weer naar de garage").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.line(0) == "┌─ Wee… ─┐")
    }

    @Test("a gauge shows label, bar and percentage in one row")
    func gauge() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        Gauge(label: "Score", fraction: 0.5).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.line(0) == "Score █████░░░░░ 50%")
        #expect(buffer[6, 0].style == Style(.meterGood))
        #expect(buffer[11, 0].style == Style(.muted))
    }

    @Test("gauge bars use eighth blocks and always fill their width")
    func gaugeBar() {
        #expect(Gauge.bar(fraction: 0.5, width: 4) == ("██", "░░"))
        #expect(Gauge.bar(fraction: 0.55, width: 4) == ("██▎", "░"))
        #expect(Gauge.bar(fraction: 2, width: 3) == ("███", ""))
        #expect(Gauge.bar(fraction: .nan, width: 3) == ("", "░░░"))
    }

    @Test("the mood marker sits where the mood is, styled bad, mid or good")
    func moodMeter() {
        let meter = MoodMeter(value: 5, range: -5...5, label: "")
        #expect(meter.markerColumn(width: 11) == 10)
        #expect(MoodMeter(value: -5).markerColumn(width: 11) == 0)
        #expect(MoodMeter(value: 0).markerColumn(width: 11) == 5)
        #expect(MoodMeter(value: -4).style(for: -4) == Style(.meterBad))
        #expect(MoodMeter(value: 0).style(for: 0) == Style(.meterMid))
        var buffer = ScreenBuffer(width: 20, height: 1)
        MoodMeter(value: 2, label: "Stemming").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.line(0) == "Stemming ━━━━━●━━ +2")
        #expect(buffer[14, 0].style == Style(.meterGood, .bold))
        #expect(buffer[16, 0].style == Style(.meterGood, .dim))
    }

    @Test("key hints that do not fit are left out whole")
    func keyHints() {
        var buffer = ScreenBuffer(width: 22, height: 1)
        let shown = KeyHintBar([KeyHint("↑↓", "kiezen"), KeyHint("Enter", "ok"), KeyHint("q", "stoppen")])
            .render(into: &buffer, area: buffer.bounds)
        #expect(shown == 2)
        #expect(buffer.line(0) == "↑↓ kiezen  Enter ok")
        #expect(buffer[0, 0].style == Style(.keyHint))
        #expect(buffer[3, 0].style == Style(.muted))
    }

    @Test("a sparkline scales values to eight levels and shows the newest")
    func sparkline() {
        #expect(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]).characters(width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline([7, 0, 7]).characters(width: 2) == "▁█")
        #expect(Sparkline([3, 3], minimum: 3, maximum: 3).characters(width: 5) == "▁▁")
    }

    @Test("a table pads cells to their columns and styles whole cells (heat map)")
    func table() {
        var buffer = ScreenBuffer(width: 16, height: 3)
        let table = Table(
            columns: [TableColumn("", width: 4), TableColumn("A", width: 3, alignment: .right), TableColumn("B", width: 3, alignment: .right)],
            rows: [
                [TableCell("A"), TableCell("5", style: Style(.correct)), TableCell("1", style: Style(.wrong))],
                [TableCell("Blocker"), TableCell("0"), TableCell("4", style: Style(.correct))],
            ]
        )
        let drawn = table.render(into: &buffer, area: buffer.bounds)
        #expect(drawn == 2)
        #expect(buffer.lines == ["       A   B", "A      5   1", "Blo…   0   4"])
        #expect(buffer.styleRuns(row: 1) == [
            StyleRun(row: 1, start: 5, end: 7, style: Style(.correct)),
            StyleRun(row: 1, start: 9, end: 11, style: Style(.wrong)),
        ])
    }
}
