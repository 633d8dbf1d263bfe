import Testing
@testable import AllyTerminal

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    @Test("text lands where it is written, in its style")
    func writesTextInStyle() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        let end = buffer.write("Hallo", at: Point(x: 2, y: 1), style: Style(.title))
        #expect(end == 7)
        #expect(buffer.lines == ["", "  Hallo"])
        #expect(buffer[2, 1].style == Style(.title))
        #expect(buffer[7, 1].style == .normal)
    }

    @Test("text is clipped at the buffer's right edge, never wrapped onto the next row")
    func clipsAtRightEdge() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.write("Goedemiddag", at: Point(x: 0, y: 0))
        #expect(buffer.lines == ["Goede", ""])
    }

    @Test("a clip rectangle confines text to a pane")
    func clipsToRect() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.fill(buffer.bounds, with: ".")
        buffer.write("abcdefgh", at: Point(x: 1, y: 0), clip: Rect(x: 3, y: 0, width: 4, height: 1))
        #expect(buffer.line(0) == "...cdef.....")
    }

    @Test("writes outside the buffer are ignored without crashing")
    func outsideIsIgnored() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("x", at: Point(x: -3, y: 0))
        buffer.write("y", at: Point(x: 0, y: 5))
        buffer.write("z", at: Point(x: 9, y: 0))
        #expect(buffer.line(0) == "")
        #expect(buffer[-1, -1] == .blank)
    }

    @Test("Dutch diacritics take one column each: é, ë, ï")
    func dutchDiacritics() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        let end = buffer.write("café één geïrriteerd", at: Point(x: 0, y: 0))
        #expect(end == 20)
        #expect(buffer.line(0) == "café één geïrriteerd")
        #expect(buffer[3, 0].grapheme == "é")
    }

    @Test("a decomposed accent (e + U+0301) stays one cell")
    func combiningMarkStaysInCell() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let end = buffer.write("cafe\u{301}!", at: Point(x: 0, y: 0))
        #expect(end == 5)
        #expect(buffer[3, 0].grapheme == "e\u{301}")
        #expect(buffer[4, 0].grapheme == "!")
    }

    @Test("CJK and emoji take two cells: a lead and a continuation")
    func wideCharacters() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let end = buffer.write("漢字😀!", at: Point(x: 0, y: 0))
        #expect(end == 7)
        #expect(buffer[0, 0].grapheme == "漢")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].grapheme == "😀")
        #expect(buffer[5, 0].isContinuation)
        #expect(buffer[6, 0].grapheme == "!")
        #expect(buffer.line(0) == "漢字😀!")
    }

    @Test("a wide character at the last column becomes a space instead of breaking the frame")
    func wideAtRightEdgeBecomesSpace() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.write("abcd漢", at: Point(x: 0, y: 0), style: Style(.accent))
        #expect(buffer.line(0) == "abcd")
        #expect(buffer[4, 0].grapheme == " ")
        #expect(!buffer[4, 0].isContinuation)
        #expect(buffer[4, 0].style == Style(.accent))
        #expect(rowIsConsistent(buffer, 0))
    }

    @Test("a wide character cut by a clip's left edge leaves a space, not half a glyph")
    func wideAtLeftClipBecomesSpace() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 5, height: 1))
        #expect(buffer.line(0) == "  字")
        #expect(rowIsConsistent(buffer, 0))
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwritingHalfOfWide() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字", at: Point(x: 0, y: 0))
        buffer.write("x", at: Point(x: 1, y: 0))  // right half of 漢
        #expect(buffer.line(0) == " x字")
        buffer.write("y", at: Point(x: 2, y: 0))  // left half of 字
        #expect(buffer.line(0) == " xy")
        #expect(rowIsConsistent(buffer, 0))
    }

    @Test("terminal escape sequences in text never reach the screen")
    func controlCharactersAreDropped() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.write("a\u{1B}[2Jb\u{7}c\td\ne", at: Point(x: 0, y: 0))
        #expect(buffer.line(0) == "a[2Jbc d e")
        #expect(buffer.cells.allSatisfy { !$0.grapheme.isControl })
    }

    @Test("fill and clear")
    func fillAndClear() {
        var buffer = ScreenBuffer(width: 4, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 9, height: 1), with: "#", style: Style(.border))
        #expect(buffer.lines == ["", " ###", ""])
        #expect(buffer[3, 1].style == Style(.border))
        buffer.fill(Rect(x: 0, y: 0, width: 2, height: 1), with: "漢")
        #expect(buffer.line(0) == "", "a wide fill character would break the grid, so it becomes a space")
        buffer.clear()
        #expect(buffer.cells.allSatisfy { $0 == .blank })
    }

    @Test("setStyle restyles both halves of a wide character")
    func setStyleCoversWideCharacter() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("漢a", at: Point(x: 0, y: 0))
        buffer.setStyle(Style(.selected), in: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(buffer[0, 0].style == Style(.selected))
        #expect(buffer[1, 0].style == Style(.selected))
        #expect(buffer[2, 0].style == Style(.selected))
        #expect(buffer[3, 0].style == .normal)
    }

    @Test("spans write one after another")
    func spans() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        let end = buffer.write([Span("Dhr. ", style: Style(.accent)), Span("de Vries")], at: Point(x: 0, y: 0))
        #expect(end == 13)
        #expect(buffer.line(0) == "Dhr. de Vries")
        #expect(buffer[0, 0].style == Style(.accent))
        #expect(buffer[5, 0].style == .normal)
    }
}

/// Every continuation cell follows a wide lead cell, and every wide lead is followed by one.
func rowIsConsistent(_ buffer: ScreenBuffer, _ y: Int) -> Bool {
    for x in 0..<buffer.width {
        let cell = buffer[x, y]
        if cell.isContinuation, x == 0 || buffer[x - 1, y].width != 2 { return false }
        if cell.width == 2, x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation { return false }
    }
    return true
}
