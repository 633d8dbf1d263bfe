import AllyClassLink
import AllyCore
import AllyDashboard
import AllyReporting
import AllyTerminal
import AllyTestSupport
import Testing

@Suite struct DashboardTests {
    /// A class in the middle of a lesson: two trainees playing, one gone, one on the roster not yet joined.
    static func lesson() -> ClassState {
        var state = ClassState(className: "5b", fingerprint: "SHA256:q5m1F3bDhIxYvQ0w7Fz1C4n2ZzYp8r6Jt0Ue9k3LhWs",
                               joinCommand: "ssh -p 2222 HANDLE@ally.school.nl", course: "customer-types-101", now: 1000)
        state.joined("anna", at: 1000)
        state.apply(.scenario(id: "desk", title: "The quiet one at the desk", courseIndex: 2, courseCount: 5), from: "anna", at: 1010)
        state.apply(.decision(DecisionReport(scenario: "desk", index: 0, kind: .identify, guess: .tolerant, truth: .patient,
                                             correct: false, score: 0)), from: "anna", at: 1030)
        state.joined("bert", at: 1001)
        state.apply(.scenario(id: "desk", title: "The quiet one at the desk", courseIndex: 2, courseCount: 5), from: "bert", at: 1005)
        for index in 0..<3 {
            state.apply(.decision(DecisionReport(scenario: "desk", index: index, kind: index == 0 ? .identify : .reply,
                                                 guess: index == 0 ? .patient : nil, truth: index == 0 ? .patient : nil,
                                                 correct: true, score: 100)), from: "bert", at: 1040)
        }
        state.joined("x-\u{1b}", at: 1002)  // cannot happen (the server refuses such a handle); inert if it did
        state.apply(.finished(scenario: "desk", total: 64, outcome: "ally"), from: "x-\u{1b}", at: 1003)
        state.left("x-\u{1b}", at: 1004)
        state.joined("cees", at: 900)
        state.apply(.decision(DecisionReport(scenario: "bank", index: 0, kind: .identify, guess: .tolerant, truth: .patient,
                                             correct: false, score: 0)), from: "cees", at: 950)
        state.apply(.decision(DecisionReport(scenario: "bank", index: 1, kind: .identify, guess: .victim, truth: .incompetent,
                                             correct: false, score: 0)), from: "cees", at: 960)
        state.left("cees", at: 990)
        return state
    }

    static let roster = Roster(entries: [
        .init(handle: "anna", moodle: "anna@school.nl", name: "Anna de Vries\u{1b}]52;c;AAAA\u{7}"),
        .init(handle: "dirk", moodle: "dirk@school.nl", name: "Dirk \u{202e}nosnaJ"),
    ], identifier: .email)

    func frame(_ model: DashboardModel) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: model.size)
        Dashboard.render(model, into: &buffer)
        return buffer
    }

    @Test(arguments: [Language.nl, .en])
    func theDeskShowsEveryTraineeTheHeatMapThePairsAndTheAverages(language: Language) throws {
        let model = DashboardModel(state: Self.lesson(), roster: Self.roster, language: language, now: 1075,
                                   size: TerminalSize(columns: 110, rows: 30))
        let buffer = frame(model)
        try Snapshot.check(buffer, named: "dashboard-\(language.rawValue)")
        let text = buffer.lines.joined(separator: "\n")
        #expect(text.contains("SHA256:q5m1F3bDhIxYvQ0w7Fz1C4n2ZzYp8r6Jt0Ue9k3LhWs"))
        #expect(text.contains("ssh -p 2222 HANDLE@ally.school.nl"))
        // A roster's display name shows, and nothing in it reaches the terminal as a control.
        #expect(text.contains("Anna de Vries"))
        #expect(!buffer.cells.contains { $0.grapheme.unicodeScalars.contains(where: ClassLink.isControl) })
    }

    @Test(arguments: [Language.nl, .en])
    func theProjectorHasLargeFiguresAndNoNames(language: Language) throws {
        let model = DashboardModel(state: Self.lesson(), roster: Self.roster, language: language, projector: true, now: 1075,
                                   size: TerminalSize(columns: 110, rows: 30))
        let buffer = frame(model)
        try Snapshot.check(buffer, named: "projector-\(language.rawValue)")
        let text = buffer.lines.joined(separator: "\n")
        for name in ["anna", "Anna", "bert", "cees", "Dirk"] { #expect(!text.contains(name), "\(name) on the projector") }
        #expect(text.contains("█"))
    }

    @Test func keysToggleTheProjectorScrollAndQuit() {
        var model = DashboardModel(state: Self.lesson(), roster: Self.roster, language: .nl, now: 1075,
                                   size: TerminalSize(columns: 110, rows: 30))
        model = Dashboard.update(model, .key(.char("p"))).0
        #expect(model.projector)
        model = Dashboard.update(model, .key(.down)).0
        #expect(model.scroll == 1)
        model = Dashboard.update(model, .resize(columns: 80, rows: 24)).0
        #expect(model.size == TerminalSize(columns: 80, rows: 24))
        #expect(Dashboard.update(model, .key(.char("q"))).quit)
    }

    @Test func withoutAStateItSaysHowToStartTheClass() {
        let buffer = frame(DashboardModel(state: nil, language: .nl, now: 0, size: TerminalSize(columns: 80, rows: 24)))
        #expect(buffer.lines.joined().contains("ally serve --class"))
    }
}

extension DashboardTests {
    @Test func everyWindowSizeDrawsWithoutTrouble() {
        for projector in [false, true] {
            for (columns, rows) in [(1, 1), (10, 3), (20, 5), (40, 10), (60, 16), (79, 23), (80, 24), (200, 60)] {
                let model = DashboardModel(state: Self.lesson(), roster: Self.roster, language: .nl, projector: projector, now: 1075,
                                           size: TerminalSize(columns: columns, rows: rows))
                let buffer = frame(model)
                #expect(buffer.width == columns && buffer.height == rows)
            }
        }
    }
}

extension DashboardTests {
    @Test(arguments: [Language.nl, .en])
    func anInstructorsEightyByTwentyFourTerminalHoldsTheTableAndTheHeatMap(language: Language) throws {
        let model = DashboardModel(state: Self.lesson(), roster: Self.roster, language: language, now: 1075,
                                   size: TerminalSize(columns: 80, rows: 24))
        try Snapshot.check(frame(model), named: "dashboard-80x24-\(language.rawValue)")
    }
}

extension DashboardTests {
    @Test func aStoppedServerIsSaidAboveTheLastState() {
        let model = DashboardModel(state: Self.lesson(), language: .nl, serverRunning: false, now: 1075, size: TerminalSize(columns: 100, rows: 30))
        #expect(frame(model).lines.joined(separator: "\n").contains("De server draait niet"))
    }
}
