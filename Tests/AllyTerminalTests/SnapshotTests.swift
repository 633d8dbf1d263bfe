import Testing
@testable import AllyTerminal

@Suite("Text snapshots")
struct SnapshotTests {
    @Test("content lines, then style runs per row with inclusive columns")
    func format() {
        var buffer = ScreenBuffer(width: 24, height: 3)
        buffer.write("Weer naar de garage", at: Point(x: 0, y: 0), style: Style(.title, .bold))
        buffer.write("Ja", at: Point(x: 2, y: 2), style: Style(.selected))
        buffer.write("Nee", at: Point(x: 6, y: 2), style: Style(.wrong, [.underline, .bold]))
        #expect(buffer.textSnapshot() == """
            Weer naar de garage

              Ja  Nee
            -- styles --
            0: 0-18 title+bold
            2: 2-3 selected, 6-8 wrong+bold+underline

            """)
    }

    @Test("a wide character is one grapheme in the text and two columns in the runs")
    func wideInSnapshot() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢x", at: Point(x: 1, y: 0), style: Style(.accent))
        #expect(buffer.textSnapshot() == " 漢x\n-- styles --\n0: 1-3 accent\n")
    }

    @Test("the same buffer always gives the same snapshot")
    func deterministic() {
        func make() -> ScreenBuffer {
            var buffer = ScreenBuffer(width: 30, height: 5)
            let inner = Box(title: "Klant").render(into: &buffer, area: buffer.bounds)
            SelectList(["Ja", "Nee"], selected: 1).render(into: &buffer, area: inner)
            return buffer
        }
        #expect(make().textSnapshot() == make().textSnapshot())
    }
}

@Suite("SVG")
struct SVGTests {
    func sample() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.write("<a & b>", at: Point(x: 0, y: 0), style: Style(.title, .bold))
        buffer.write("漢 ok", at: Point(x: 0, y: 1), style: Style(.selected))
        return buffer
    }

    @Test("output is a standalone SVG sized to the cells")
    func standalone() {
        let svg = sample().svg(theme: .standard)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"108\" height=\"36\""))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test("the same buffer always gives byte-identical SVG")
    func deterministic() {
        #expect(sample().svg(theme: .standard) == sample().svg(theme: .standard))
    }

    @Test("markup characters in text are escaped")
    func escapes() {
        let svg = sample().svg(theme: .standard, title: "Q&A <1>")
        #expect(svg.contains(">&lt;a &amp; b&gt;</text>"))
        #expect(svg.contains("<title>Q&amp;A &lt;1&gt;</title>"))
        #expect(!svg.contains("<a "))
    }

    @Test("styled runs get a background and text at exact cell positions")
    func positionsAndColours() {
        let svg = sample().svg(theme: .standard)
        // Row 1 is selected: cyan background over the 5 styled cells (漢 is two), black text.
        #expect(svg.contains("<rect x=\"0\" y=\"18\" width=\"45\" height=\"18\" fill=\"#56b6c2\"/>"))
        #expect(svg.contains("<text x=\"0\" y=\"32\" fill=\"#1c1c1c\" textLength=\"18\" lengthAdjust=\"spacingAndGlyphs\">漢</text>"))
        // " ok": the edge space is left to the background, so the text starts one cell later.
        #expect(svg.contains("<text x=\"27\" y=\"32\" fill=\"#1c1c1c\" textLength=\"18\" lengthAdjust=\"spacingAndGlyphs\">ok</text>"))
        #expect(svg.contains("font-weight=\"bold\""))
    }

    @Test("the monochrome theme shows selection by reverse video, not colour")
    func monochrome() {
        let svg = sample().svg(theme: .monochrome)
        #expect(svg.contains("fill=\"#d0d0d0\"/>"), "reverse: the background takes the text colour")
        #expect(!svg.contains("#56b6c2"))
    }
}
