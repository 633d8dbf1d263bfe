import Testing
@testable import AllyTerminal

@Suite("Wrapping and paragraphs")
struct WrapTests {
    @Test("words wrap at spaces and never exceed the width")
    func wrapsAtSpaces() {
        let lines = TextLayout.wrap("Derde keer deze maand. Volgens de garantie moet ik hier komen.", width: 20)
        #expect(lines == ["Derde keer deze", "maand. Volgens de", "garantie moet ik", "hier komen."])
        #expect(lines.allSatisfy { $0.displayWidth <= 20 })
    }

    @Test("a word longer than the line is split")
    func longWord() {
        #expect(TextLayout.wrap("klanttevredenheidsonderzoek", width: 10) == ["klanttevre", "denheidson", "derzoek"])
    }

    @Test("wide characters wrap by display width and are never split")
    func wideWrap() {
        let lines = TextLayout.wrap("漢字漢字漢", width: 5)
        #expect(lines == ["漢字", "漢字", "漢"])
    }

    @Test("explicit line breaks and blank lines are kept")
    func lineBreaks() {
        #expect(TextLayout.wrap("Hallo\n\nTot ziens", width: 20) == ["Hallo", "", "Tot ziens"])
    }

    @Test("styles survive wrapping")
    func styledWrap() {
        let lines = TextLayout.wrap([Span("Dhr. de Vries", style: Style(.accent)), Span(" zegt: hallo daar")], width: 12)
        #expect(lines.map { $0.map(\.text).joined() } == ["Dhr. de", "Vries zegt:", "hallo daar"])
        #expect(lines[1].first == Span("Vries", style: Style(.accent)))
    }

    @Test("a paragraph reports its total line count and honours the scroll offset")
    func paragraphScroll() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        let text = "een twee drie vier vijf zes"
        let total = Paragraph(text, scroll: 1).render(into: &buffer, area: buffer.bounds)
        #expect(total == 3)
        #expect(buffer.lines == ["drie vier", "vijf zes"])
    }

    @Test("centred text")
    func centred() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        Paragraph("Ally", alignment: .center).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.line(0) == "   Ally")
    }

    @Test("truncate and pad measure display width")
    func truncateAndPad() {
        #expect(TextLayout.truncate("Weer naar de garage", width: 8) == "Weer na…")
        #expect(TextLayout.truncate("漢字漢字", width: 4) == "漢…")
        #expect(TextLayout.pad("7", width: 3, alignment: .right) == "  7")
        #expect(TextLayout.pad("é", width: 3) == "é  ")
    }
}
