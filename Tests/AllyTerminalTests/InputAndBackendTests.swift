import Testing
@testable import AllyTerminal

@Suite("Keys")
struct KeyTests {
    @Test("raw-mode control bytes map to keys")
    func controlBytes() {
        #expect(Key(codePoint: 0x03) == .ctrlC)
        #expect(Key(codePoint: 0x0D) == .enter)
        #expect(Key(codePoint: 0x0A) == .enter)
        #expect(Key(codePoint: 0x1B) == .escape)
        #expect(Key(codePoint: 0x7F) == .backspace)
        #expect(Key(codePoint: 0x09) == .tab)
        #expect(Key(codePoint: 0x0C) == .control("l"))
    }

    @Test("printable characters, including diacritics and CJK, are characters")
    func printable() {
        #expect(Key(codePoint: 0x61) == .char("a"))
        #expect(Key(codePoint: 0xEB) == .char("ë"))
        #expect(Key(codePoint: 0x6F22) == .char("漢"))
        #expect(Key(codePoint: 0x0301) == nil, "a lone combining mark is not a key")
    }
}

@Suite("InMemoryBackend")
struct InMemoryBackendTests {
    @Test("plays scripted events in order, then reports a hang-up so loops end")
    func scriptedEvents() {
        let backend = InMemoryBackend(events: [.key(.down), .tick, .key(.enter)])
        #expect(backend.nextEvent(timeout: nil) == .key(.down))
        #expect(backend.nextEvent(timeout: .milliseconds(500)) == .tick)
        #expect(backend.nextEvent(timeout: nil) == .key(.enter))
        #expect(backend.nextEvent(timeout: nil) == .terminate(signal: 1))
        #expect(backend.requestedTimeouts == [nil, .milliseconds(500), nil, nil])
    }

    @Test("a scripted resize changes the size the next frame is rendered at")
    func resize() {
        let backend = InMemoryBackend(size: TerminalSize(columns: 80, rows: 24), events: [.resize(columns: 100, rows: 30)])
        _ = backend.nextEvent(timeout: nil)
        #expect(backend.size == TerminalSize(columns: 100, rows: 30))
    }

    @Test("records every frame and counts restores")
    func recordsFrames() {
        let backend = InMemoryBackend()
        var buffer = ScreenBuffer(size: backend.size)
        buffer.write("Ally", at: Point(x: 0, y: 0))
        backend.draw(buffer)
        backend.draw(ScreenBuffer(size: backend.size))
        backend.restore()
        backend.restore()
        #expect(backend.frames.count == 2)
        #expect(backend.frames.first?.line(0) == "Ally")
        #expect(backend.lastFrame?.line(0) == "")
        #expect(backend.restoreCount == 2)
    }

    @Test("a simple loop over the protocol runs to completion")
    func loopOverProtocol() {
        let backend: any TerminalBackend = InMemoryBackend(events: [.key(.down), .key(.down), .key(.char("q"))])
        var selected = 0
        loop: while true {
            var buffer = ScreenBuffer(size: backend.size)
            SelectList(["a", "b", "c"], selected: selected).render(into: &buffer, area: buffer.bounds)
            backend.draw(buffer)
            switch backend.nextEvent(timeout: nil) {
            case .key(.down): selected += 1
            case .key(.char("q")), .terminate: break loop
            default: break
            }
        }
        backend.restore()
        #expect(selected == 2)
        #expect((backend as? InMemoryBackend)?.lastFrame?.line(2) == "› 3. c")
    }
}
