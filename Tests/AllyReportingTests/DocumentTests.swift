import AllyReporting
import AllyTerminal
import Testing

/// A document's text is what its lines read, without styles or trailing spaces.
@Suite struct DocumentTests {
    @Test func theTextDropsStylesAndTrailingSpaces() {
        var document = Document([[Span("Score", style: Style(.title, .bold)), Span("  80   ")], []])
        document.append("end")
        #expect(document.text == "Score  80\n\nend\n")
        #expect(Document().text.isEmpty)
    }
}
