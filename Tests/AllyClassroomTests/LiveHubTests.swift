import AllyClassLink
@testable import AllyClassroom
import AllyContent
import AllyCore
import AllyTestSupport
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
import Testing

/// The server's side of a live run, over embedded channels: only an instructor's link steers it,
/// every trainer hears each phase, a late joiner or a reconnect gets the current question with its
/// answer, and the published state counts without names.
@Suite struct LiveHubTests {
    static let library = ContentLoader.load(from: [repositoryRoot.appendingPathComponent("Tests/AllyEndToEndTests/Fixtures/class")])

    func hub() -> ClassHub {
        ClassHub(ClassState(className: "t", fingerprint: "", joinCommand: ""), folder: nil,
                 scenarios: { id in Self.library.scenarios.first { $0.id == id } }, log: { _ in })
    }

    /// A link for `handle`, active, with its handler.
    func link(_ hub: ClassHub, _ handle: String, instructor: Bool = false) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(handler: ClassLinkHandler(handle: try #require(Handle(handle)), hub: hub, instructor: instructor, log: { _ in }))
        channel.pipeline.fireChannelActive()
        return channel
    }

    func write(_ line: String, to channel: EmbeddedChannel) throws {
        try channel.writeInbound(channel.allocator.buffer(string: line))
    }

    /// Every live message the trainer of `channel` was sent since the last look.
    func heard(_ channel: EmbeddedChannel) throws -> [LiveServerMessage] {
        var messages: [LiveServerMessage] = []
        var framer = LineFramer()
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) {
            messages += framer.feed(buffer.readableBytesView).compactMap(ClassLink.decodeLive)
        }
        return messages
    }

    @Test func aTimedQuestionTellsTheTimeLeftAndAReconnectGetsWhatIsLeftNotTheWholeLimit() throws {
        let now = NIOLockedValueBox(1_000.0)
        let live = LiveHub(scenarios: { id in Self.library.scenarios.first { $0.id == id } }, language: .en,
                           clock: { now.withLockedValue { $0 } })
        _ = live.control(.start(scenario: "desk-en", seconds: 20, histogramLive: false), connected: ["anna", "bert"])
        let opened = live.control(.next(pick: nil), connected: ["anna", "bert"])
        #expect(opened.sends.count == 2)
        #expect(opened.sends.allSatisfy { if case .question(_, _, _, _, _, 20) = $0.message { true } else { false } })
        #expect(opened.status??.closesAt == 1_020, "the dashboard counts down to the server's own moment")
        now.withLockedValue { $0 = 1_012.5 }
        _ = live.dropped("anna")
        let back = live.joined("anna")
        guard case .question(_, _, 0, _, _, let left) = back.sends.first?.message else { Issue.record("no question: \(back.sends)"); return }
        #expect(left == 7.5)
        // The clock closes it for everyone at the limit; the closed question counts down no more.
        now.withLockedValue { $0 = 1_020 }
        let closed = live.tick()
        #expect(closed.sends.map(\.message).allSatisfy { if case .closed = $0 { true } else { false } } && closed.sends.count == 2)
        #expect(closed.status??.closesAt == nil)
    }

    @Test func onlyAnInstructorsLinkSteersTheRun() throws {
        let hub = hub()
        let anna = try link(hub, "anna")
        // A trainee's link sending a control changes nothing.
        try write(ClassLink.encode(LiveControl.start(scenario: "desk-en", seconds: nil, histogramLive: true)), to: anna)
        #expect(hub.current.live == nil)
        #expect(try heard(anna).isEmpty)
        let teacher = try link(hub, "teacher", instructor: true)
        try write(ClassLink.encode(LiveControl.start(scenario: "desk-en", seconds: nil, histogramLive: true)), to: teacher)
        #expect(hub.current.live?.phase == "lobby")
        #expect(hub.current.trainees["teacher"] == nil)
        guard case .lobby(let run, "desk-en") = try heard(anna).first else { Issue.record("no lobby"); return }
        // The instructor's link never gets a trainee's messages, and a trainee's answer from it is ignored.
        #expect(try heard(teacher).isEmpty)
        try write(ClassLink.encode(LiveControl.next(pick: nil)), to: teacher)
        #expect(try heard(anna) == [.question(run: run, scenario: "desk-en", round: 0, path: [], answered: nil)])
        try write(ClassLink.encodeLiveAnswer(run: run, round: 0, decision: .identify(.tolerant)), to: teacher)
        #expect(hub.current.live?.answered == 0)
    }

    @Test func answersAreCountedALateJoinerAndAReconnectLandOnTheQuestion() throws {
        let hub = hub()
        let teacher = try link(hub, "teacher", instructor: true)
        let anna = try link(hub, "anna")
        try write(ClassLink.encode(LiveControl.start(scenario: "desk-en", seconds: nil, histogramLive: false)), to: teacher)
        try write(ClassLink.encode(LiveControl.next(pick: nil)), to: teacher)
        guard case .question(let run, _, _, _, _, _) = try heard(anna).last else { Issue.record("no question"); return }
        try write(ClassLink.encodeLiveAnswer(run: run, round: 0, decision: .identify(.tolerant)), to: anna)
        // A wrong round or run is refused.
        try write(ClassLink.encodeLiveAnswer(run: run, round: 1, decision: .identify(.ally)), to: anna)
        try write(ClassLink.encodeLiveAnswer(run: "live-other", round: 0, decision: .identify(.ally)), to: anna)
        #expect(hub.current.live?.answered == 1)
        #expect(hub.current.live?.options.allSatisfy { $0.count == nil } == true, "hidden until the reveal")
        // bert joins late: the question as it stands.
        let bert = try link(hub, "bert")
        #expect(try heard(bert) == [.question(run: run, scenario: "desk-en", round: 0, path: [], answered: nil)])
        // anna drops and comes back: her answer is kept and sent back with the question.
        _ = try anna.finish()
        #expect(hub.current.live?.connected == 1)
        let again = try link(hub, "anna")
        #expect(try heard(again) == [.question(run: run, scenario: "desk-en", round: 0, path: [], answered: .identify(.tolerant))])
        // The reveal reaches both; the counts show, the right answer marked.
        try write(ClassLink.encode(LiveControl.reveal), to: teacher)
        #expect(try heard(again) == [.reveal(run: run, round: 0)])
        #expect(try heard(bert) == [.reveal(run: run, round: 0)])
        let live = try #require(hub.current.live)
        let tolerant = live.options.first { $0.token == "identify:tolerant" }
        #expect(tolerant?.count == 1 && tolerant?.right == true)
        #expect(live.answeredBy == ["anna"])
        // Removed: told so, and not counted.
        try write(ClassLink.encode(LiveControl.remove(handle: "bert")), to: teacher)
        #expect(try heard(bert) == [.removed(run: run)])
        try write(ClassLink.encode(LiveControl.end), to: teacher)
        #expect(try heard(again) == [.ended(run: run, answered: 1, right: 1, asked: 1)])
        #expect(hub.current.live?.phase == "ended")
        // Ending it again closes it: the dashboard goes back to the class's table.
        try write(ClassLink.encode(LiveControl.end), to: teacher)
        #expect(hub.current.live == nil)
        #expect(try heard(again).isEmpty)
    }

    @Test func theClockClosesAnsweringWhenTimeIsUp() {
        let now = NIOLockedValueBox(100.0)
        let scenario = Self.library.scenarios.first { $0.id == "desk-en" }!
        let hub = LiveHub(scenarios: { _ in scenario }, language: .en, clock: { now.withLockedValue { $0 } })
        _ = hub.control(.start(scenario: "desk-en", seconds: 5, histogramLive: false), connected: ["anna"])
        _ = hub.control(.next(pick: nil), connected: ["anna"])
        #expect(hub.needsTicks)
        now.withLockedValue { $0 = 104 }
        #expect(hub.tick().sends.isEmpty)
        now.withLockedValue { $0 = 105.5 }
        let closed = hub.tick()
        #expect(closed.sends.map(\.handle) == ["anna"])
        if case .closed = closed.sends.first?.message {} else { Issue.record("not closed: \(closed.sends)") }
        #expect(!hub.needsTicks)
    }
}
