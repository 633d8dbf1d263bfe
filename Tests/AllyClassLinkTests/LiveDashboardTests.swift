import AllyClassLink
import AllyCore
import AllyDashboard
import AllyTerminal
import AllyTestSupport
import Testing

/// The dashboard during a live run: counts per option (never who chose what), the reveal marked,
/// names on the desk only, and the instructor's keys becoming controls for the server.
@Suite struct LiveDashboardTests {
    static func state(phase: String, counts: [Int?], right: Int? = nil, needsPick: Bool = false) -> ClassState {
        var state = DashboardTests.lesson()
        let labels = ["Apologise and fix it", "Send him elsewhere", "Take a number"]
        state.live = LiveStatus(
            run: "live-1", scenario: "desk", title: "The quiet one at the desk", phase: phase, round: 2, prompt: "reply",
            options: labels.indices.map { LiveStatus.Option(label: labels[$0], token: "reply:\($0)", count: counts[$0], right: $0 == right) },
            answered: counts.compactMap { $0 }.reduce(0, +), connected: 3, participants: ["anna", "bert", "dirk"],
            answeredBy: ["anna", "bert"], feedback: right == nil ? nil : "He calms down: you owned the problem.",
            needsPick: needsPick, seconds: nil, splits: [])
        return state
    }

    func frame(_ model: DashboardModel) -> String {
        var buffer = ScreenBuffer(size: model.size)
        Dashboard.render(model, into: &buffer)
        return buffer.lines.joined(separator: "\n")
    }

    func model(_ state: ClassState, projector: Bool = false, language: Language = .en) -> DashboardModel {
        var model = DashboardModel(state: state, roster: DashboardTests.roster, language: language, projector: projector, now: 1075,
                                   size: TerminalSize(columns: 100, rows: 30))
        model.live = LiveDesk(scenarios: [("counter", "The second one"), ("desk", "The quiet one at the desk")])
        return model
    }

    @Test func theDeskCountsAnswersAndNamesWhoAnsweredNeverWhat() throws {
        let desk = model(Self.state(phase: "open", counts: [1, 1, 0]))
        var buffer = ScreenBuffer(size: desk.size)
        Dashboard.render(desk, into: &buffer)
        try Snapshot.check(buffer, named: "live-desk-en")
        let text = frame(desk)
        #expect(text.contains("question 2 · answering"))
        #expect(text.contains("2 of 3 answered"))
        #expect(text.contains("● Anna de Vries") && text.contains("● bert") && text.contains("○ Dirk"))
        #expect(text.contains("1. Apologise and fix it") && text.contains("█ 1"))
    }

    @Test(arguments: [Language.nl, .en])
    func theProjectorShowsTheRevealLargeWithoutNames(language: Language) {
        let text = frame(model(Self.state(phase: "revealed", counts: [2, 1, 0], right: 0), projector: true, language: language))
        for name in ["anna", "Anna", "bert", "Dirk"] { #expect(!text.contains(name), "\(name) on the projector") }
        #expect(text.contains("✓ ██"))
        #expect(text.contains("He calms down: you owned the problem."))
        #expect(text.contains(language == .nl ? "2 van 3 hebben geantwoord" : "2 of 3 answered") || text.contains("3 of 3") || text.contains("3 van 3"))
    }

    @Test func aTimedQuestionCountsDownOnTheDeskAndTheProjectorOnTheSecond() {
        var state = Self.state(phase: "open", counts: [1, 1, 0])
        state.live?.closesAt = 1075 + 17
        for projector in [false, true] {
            #expect(frame(model(state, projector: projector)).contains("2 of 3 answered   ⏱ 17 s left"))
        }
        // The wait for a key ends when the next second shows, not up to half a second later.
        var late = model(state)
        late.now = 1075 + 12.75
        #expect(frame(late).contains("⏱ 5 s left"))
        #expect(DashboardLoop.timeout(for: late) == .milliseconds(251))
        var buffer = ScreenBuffer(size: late.size)
        Dashboard.render(late, into: &buffer)
        let row = buffer.lines.firstIndex { $0.contains("5 s left") } ?? 0
        #expect((0..<buffer.size.columns).contains { buffer[$0, row].style == Style(.warning, .bold) }, "the last seconds in bold")
        // Closed, or without a time limit: no countdown, and the usual half-second wait.
        state.live?.phase = "closed"
        #expect(!frame(model(state)).contains("s left"))
        #expect(DashboardLoop.timeout(for: model(state)) == DashboardLoop.interval)
    }

    @Test func aHiddenHistogramShowsOnlyHowManyAnswered() {
        let text = frame(model(Self.state(phase: "open", counts: [nil, nil, nil])))
        #expect(!text.contains("█"))
        #expect(text.contains("0 of 3 answered"))
    }

    @Test func theInstructorsKeysBecomeControls() {
        var m = model(Self.state(phase: "open", counts: [1, 1, 0]))
        for key in ["c", "r", "n", "x", "e"] { m = Dashboard.update(m, .key(.char(Character(key)))).0 }
        #expect(m.live.outbox == [.close, .reveal, .next(pick: nil), .remove(handle: "anna"), .end])
        // The picker: t cycles the time, h the histogram, Enter starts the highlighted scenario.
        m.live.outbox = []
        for key: Key in [.char("l"), .down, .char("t"), .char("h"), .enter] { m = Dashboard.update(m, .key(key)).0 }
        #expect(m.live.outbox == [.start(scenario: "desk", seconds: 20, histogramLive: true)])
        #expect(m.live.picking == nil)
        // A tie after the reveal: the instructor's number picks the class's reply.
        var tie = model(Self.state(phase: "revealed", counts: [1, 1, 0], right: 0, needsPick: true))
        #expect(frame(tie).contains("Tie or no answers"))
        tie = Dashboard.update(tie, .key(.char("2"))).0
        #expect(tie.live.outbox == [.next(pick: .reply(1))])
    }

    @Test(arguments: [Language.nl, .en])
    func theEndShowsTheSplitsAndTheRunsConfusionWithoutNames(language: Language) throws {
        var state = Self.state(phase: "ended", counts: [2, 1, 0], right: 0)
        state.live?.splits = [2]
        var confusion = Array(repeating: Array(repeating: 0, count: 9), count: 9)
        confusion[1][0] = 3
        state.live?.confusion = confusion
        state.confusion = Array(repeating: Array(repeating: 0, count: 9), count: 9)
        let end = model(state, projector: true, language: language)
        var buffer = ScreenBuffer(size: end.size)
        Dashboard.render(end, into: &buffer)
        try Snapshot.check(buffer, named: "live-end-\(language.rawValue)")
        let text = frame(end)
        #expect(text.contains(language == .nl ? "De klas was verdeeld bij vraag 2." : "The class split on question 2."))
        #expect(!text.contains("Apologise"), "no options after the end")
        #expect(text.contains("3"))
        for name in ["anna", "Anna", "bert", "Dirk"] { #expect(!text.contains(name), "\(name) on the projector") }
    }

    @Test func aDashboardWithoutALinkOnlyWatches() {
        var m = DashboardModel(state: Self.state(phase: "open", counts: [1, 1, 0]), language: .en, now: 0,
                               size: TerminalSize(columns: 100, rows: 30))
        m = Dashboard.update(m, .key(.char("r"))).0
        #expect(m.live.outbox.isEmpty)
        #expect(Dashboard.update(m, .key(.char("q"))).quit)
    }
}
