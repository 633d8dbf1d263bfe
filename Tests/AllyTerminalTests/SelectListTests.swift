import Testing
@testable import AllyTerminal

@Suite("SelectList")
struct SelectListTests {
    let items = (1...12).map { "Keuze \($0)" }

    @Test("items are numbered and the selection is marked")
    func numberedAndMarked() {
        var buffer = ScreenBuffer(width: 20, height: 3)
        SelectList(["Ja", "Nee", "Misschien"], selected: 1).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines == ["  1. Ja", "› 2. Nee", "  3. Misschien"])
        #expect(buffer.styleRuns(row: 1) == [StyleRun(row: 1, start: 0, end: 3, style: Style(.selected))])
    }

    @Test("item highlight covers the whole item text")
    func itemHighlight() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        SelectList(["Ja", "Nee"], selected: 0, highlight: .item).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.styleRuns(row: 0) == [StyleRun(row: 0, start: 0, end: 6, style: Style(.selected))])
    }

    @Test("moving the selection below the view scrolls just enough to show it")
    func scrollsDown() {
        var buffer = ScreenBuffer(width: 20, height: 4)
        let layout = SelectList(items, selected: 6, offset: 0).render(into: &buffer, area: buffer.bounds)
        #expect(layout.offset == 3)
        #expect(buffer.line(3).hasPrefix("›  7. Keuze 7"))
        #expect(buffer.line(0).hasSuffix("▲"))
        #expect(buffer.line(3).hasSuffix("▼"))
    }

    @Test("moving up above the view scrolls back, and the offset is stable otherwise")
    func scrollsUpAndStaysPut() {
        #expect(SelectList.scrollOffset(selected: 2, offset: 5, heights: Array(repeating: 1, count: 12), visibleRows: 4) == 2)
        #expect(SelectList.scrollOffset(selected: 6, offset: 4, heights: Array(repeating: 1, count: 12), visibleRows: 4) == 4)
    }

    @Test("the selection stays visible for every position", arguments: 0..<12)
    func selectionAlwaysVisible(selected: Int) {
        var buffer = ScreenBuffer(width: 20, height: 5)
        let layout = SelectList(items, selected: selected, offset: 0).render(into: &buffer, area: buffer.bounds)
        #expect(layout.visibleItems.contains(selected))
        #expect(buffer.lines.contains { $0.hasPrefix("›") })
    }

    @Test("long items wrap under their text, and a wrapped selection still fits")
    func wrappingItems() {
        var buffer = ScreenBuffer(width: 20, height: 4)
        let list = SelectList(["Kort", "Een veel langere keuze die wrapt", "Laatste"], selected: 2)
        let layout = list.render(into: &buffer, area: buffer.bounds)
        #expect(layout.visibleItems.contains(2))
        #expect(buffer.lines.contains("     die wrapt"))
    }

    @Test("a click on an item's row finds that item")
    func hitTesting() {
        var buffer = ScreenBuffer(width: 20, height: 5)
        let layout = SelectList(["Ja", "Nee"]).render(into: &buffer, area: Rect(x: 0, y: 2, width: 20, height: 3))
        #expect(layout.item(at: Point(x: 10, y: 3)) == 1)
        #expect(layout.item(at: Point(x: 10, y: 0)) == nil)
        #expect(layout.item(at: Point(x: 10, y: 4)) == nil)
    }
}

@Suite("Redraw cost")
struct RedrawCostTests {
    /// Cells that differ between two frames: what curses has to send after a keystroke.
    func changedCells(_ a: ScreenBuffer, _ b: ScreenBuffer) -> Int {
        zip(a.cells, b.cells).filter { $0 != $1 }.count
    }

    @Test("moving the selection among long choices changes only a few cells (cheap over SSH)")
    func selectionMoveIsCheap() {
        let choices = (1...6).map { "Keuze \($0): ik begrijp dat dit vervelend is, laten we samen kijken wat er mogelijk is" }
        func frame(selected: Int) -> ScreenBuffer {
            var buffer = ScreenBuffer(width: 80, height: 24)
            SelectList(choices, selected: selected).render(into: &buffer, area: buffer.bounds)
            return buffer
        }
        #expect(changedCells(frame(selected: 0), frame(selected: 1)) <= 8)
    }
}

@Suite("Themes")
struct ThemeTests {
    @Test("without colour, selection, key hints and right/wrong are still told apart")
    func monochromeDistinguishesRoles() {
        let theme = Theme.monochrome
        #expect(!theme.usesColor)
        #expect(theme.attributes(for: Style(.selected)).contains(.reverse))
        #expect(theme.attributes(for: Style(.keyHint)).contains(.reverse))
        #expect(theme.attributes(for: Style(.wrong)) != theme.attributes(for: Style(.correct)))
        #expect(theme.attributes(for: Style(.muted)).contains(.dim))
        #expect(theme.attributes(for: Style(.normal, .underline)) == .underline, "a cell's own attributes are kept")
    }

    @Test("the colour theme gives the selection a background")
    func standardSelection() {
        #expect(Theme.standard.usesColor)
        #expect(Theme.standard.colors(for: .selected).background != .terminalDefault)
        #expect(Theme.standard.colors(for: .normal) == RoleColors(.terminalDefault))
    }

    @Test("every role has its own slot in a role table, so no two roles share a colour by accident")
    func rolePositionsMatchAllCases() {
        #expect(Role.allCases.map(\.position) == Array(0..<Role.allCases.count))
        var table = RoleMap("none")
        for role in Role.allCases { table[role] = role.rawValue }
        #expect(Role.allCases.allSatisfy { table[$0] == $0.rawValue })
    }
}
