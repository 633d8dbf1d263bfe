import Testing
@testable import AllyTerminal

@Suite("Rect")
struct GeometryTests {
    @Test("inset never goes negative")
    func inset() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(rect.inset(by: 5).isEmpty)
    }

    @Test("rows split fixed parts first, fills share the rest")
    func rowsSplit() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).rows([.fixed(1), .fill(1), .fixed(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
    }

    @Test("columns split by percent and weight cover the width exactly")
    func columnsSplit() {
        let parts = Rect(x: 2, y: 0, width: 79, height: 1).columns([.percent(50), .fill(1), .fill(2)])
        #expect(parts.map(\.width).reduce(0, +) == 79)
        #expect(parts[0].width == 39)
        #expect(parts.map(\.x) == [2, 41, 55])
    }

    @Test("a split on a tiny terminal shrinks instead of overflowing")
    func tinySplit() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 2).rows([.fixed(3), .fixed(3), .fill(1)])
        #expect(parts.map(\.height) == [2, 0, 0])
    }

    @Test("split helpers and centring")
    func helpers() {
        let rect = Rect(x: 0, y: 0, width: 20, height: 10)
        #expect(rect.splitTop(3).rest == Rect(x: 0, y: 3, width: 20, height: 7))
        #expect(rect.splitBottom(1).bottom == Rect(x: 0, y: 9, width: 20, height: 1))
        #expect(rect.splitLeft(5).left.width == 5)
        #expect(rect.splitRight(5).right.x == 15)
        #expect(rect.centered(width: 10, height: 4) == Rect(x: 5, y: 3, width: 10, height: 4))
        #expect(rect.contains(Point(x: 19, y: 9)))
        #expect(!rect.contains(Point(x: 20, y: 9)))
    }
}
