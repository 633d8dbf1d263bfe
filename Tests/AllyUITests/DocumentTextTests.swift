import AllyCore
import AllyReporting
import AllyTerminal
@testable import AllyUI
import Testing

/// The plain front end prints the same documents the screens draw.
@Suite struct DocumentTextTests {
    /// The text rows of a frame between its title row and its hint row, without the scroll marks' column.
    static func body(_ frame: ScreenBuffer) -> [String] {
        frame.lines.dropFirst().dropLast().map { line in
            String(line.dropFirst().reversed().drop { $0 == " " || $0 == "▲" || $0 == "▼" }.reversed())
        }
    }

    @Test(arguments: [Language.en, .nl])
    func thePlainDebriefIsTheScreensDebrief(language: Language) throws {
        let m = press(answers("64111"), garageModel())
        let state = try #require(m.screen.debrief)
        let text = DebriefDocument.build(state, language: language, width: DocumentScreen.textWidth(80)).text
        var shown = m
        shown.language = language
        let rows = Self.body(App.frame(shown))
        #expect(Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(rows.count)).map(String.init) == rows)
        #expect(text.contains(language == .en ? "Score per part" : "Score per onderdeel"))
        #expect(text.contains(language == .en ? "score 100/100" : "score 100/100"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func ally_replayPrintsTheDecisionsTheScreenShows() throws {
        let shot = try #require(Storyboard.shots(all: true).first { $0.name == "progress-replay" })
        let replay = try #require(shot.model.screen.replay)
        let width = DocumentScreen.textWidth(80)
        let text = ReplayDocument.build(replay.replay, language: .en, width: width).text
        // The decision showing, as the screen draws it under the strip of marks, stands in the printed replay.
        let shown = ReplayDocument.decision(replay.replay.decisions[replay.index], of: replay.source.scenario, language: .en,
                                            showingStep: true, width: width)
        let block = Document(shown).text
        let decision = try #require(block.range(of: "You:").map { String(block[block.index($0.lowerBound, offsetBy: -2)...]) })
        #expect(text.contains(decision))
        let rows = Self.body(App.frame(shot.model))
        #expect(rows.contains(String(block.split(separator: "\n")[0])), "the screen shows the step heading")
        #expect(text.contains("Score ") && text.contains("identification: "))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func thePlainPlayPrintsTheFeedbackAndWordsTheScreenShows() throws {
        let shot = try #require(Storyboard.shots(all: true).first { $0.name == "play-feedback" })
        let session = try #require(shot.model.screen.play)
        let shown = try #require(session.feedback)
        let step = session.scenario.step(shown.stepID)
        #expect(shown.chosen == PlayDocument.chosen(session.decisions.last!.decision, at: step, language: .en))
        let screen = App.frame(shot.model).lines.joined(separator: "\n")
        for line in TextLayout.wrap(PlayDocument.feedback(shown.feedback, chosen: shown.chosen, of: session.scenario, language: .en), width: 78)
            + TextLayout.wrap(PlayDocument.customer(step, language: .en), width: 77) {
            let text = line.map(\.text).joined()
            #expect(text.isEmpty || screen.contains(text), "the screen shows \(text)")
        }
    }

    @Test(arguments: [Language.en, .nl])
    func progressPlainPrintsTheMatrixAndTrendTheScreenShows(language: Language) throws {
        let shot = try #require(Storyboard.shots(language: language, size: TerminalSize(columns: 120, rows: 40), all: true).first { $0.name == "progress" })
        let report = Storyboard.sampleProgress.report
        let text = ProgressDocument.build(report, language: language).text
        let screen = App.frame(shot.model).lines.joined(separator: "\n")
        for row in ProgressDocument.matrix(report.matrix, language) {
            let line = String(row.map(\.text).joined().reversed().drop { $0 == " " }.reversed())
            #expect(screen.contains(line), "the screen shows \(line)")
            #expect(text.contains("  " + line), "the text shows \(line)")
        }
        #expect(text.contains(ProgressDocument.trend(report.trend)) && screen.contains(ProgressDocument.trend(report.trend)))
        #expect(!text.contains("\u{1B}"))
    }
}
