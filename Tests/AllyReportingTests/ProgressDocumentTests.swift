import AllyCore
import AllyReporting
import AllyTerminal
import Testing

/// `ally progress --plain`'s document: its text, and the styles the screen shares.
@Suite struct ProgressDocumentTests {
    /// A day in seconds.
    let day = SpacedRepetition.day

    @Test func theTrendUsesAFixedScale() {
        #expect(ProgressDocument.trend([0, 50, 100]).count == 3)
        #expect(ProgressDocument.trend([0, 100]) == "▁█")
        #expect(ProgressDocument.trend([]) == "")
        #expect(ProgressDocument.trend([-5, 120]) == "▁█")
    }

    @Test func reportRendersBarsMatrixTrendAndRecentAttempts() {
        let now = 10 * day
        let answers: [Answer] = [
            .identify(.hostage, truth: .hostage, time: now - 100),
            .identify(.patient, truth: .tolerant, time: now - 50),
        ]
        let attempts = [
            AttemptSummary(id: 1, trainee: "anna", scenarioID: "garage-en", title: "Back at the garage",
                           startedAt: now - 200, finishedAt: now - 100, total: 80, outcome: .satisfied),
            AttemptSummary(id: 2, trainee: "anna", scenarioID: "desk-en", startedAt: now - 60),
        ]
        let report = ProgressReport(trainee: "anna", answers: answers, attempts: attempts, now: now)
        #expect(report.trend == [80])
        #expect(report.recent.map(\.id) == [2, 1])
        #expect(report.due.contains(.tolerant) && !report.due.contains(.hostage))
        #expect(report.due.first == .ally)   // never met: mastery 0, first in type order
        let text = ProgressDocument.build(report, language: .en).text
        #expect(text.contains("Progress of anna"))
        #expect(text.contains("hostage      ████████████████████  100%  box 2, due in 1 d"))
        #expect(text.contains("tolerant     ██████████░░░░░░░░░░   50%  box 1, due now"))
        #expect(text.contains("ally         ····················     –  not met yet"))
        // The screen's matrix: a name column one wider than the longest name, four-wide cells, "?" too.
        #expect(text.contains("              ally tol pat inc vic hos int ana ter   ?"))
        #expect(text.contains("(box 1 to 5: a right answer moves a type up a box"))
        #expect(text.contains("  tolerant       ·   ·   1   ·   ·   ·   ·   ·   ·   ·"))
        #expect(text.contains("Score trend: ▇  last 80, mean 80 over 1, 1 scored in all"))
        #expect(text.contains("#2      1970-01-10 23:59  desk-en"))
        #expect(text.contains("unfinished (can be resumed)"))
        #expect(!text.contains("\u{1B}"))
        let dutch = ProgressDocument.build(report, language: .nl).text
        #expect(dutch.contains("Voortgang van anna"))
        #expect(dutch.contains("gijzelaar"))
    }

    @Test func theBarsAreColouredAndTheTextHasNoStyles() {
        let bar = ProgressDocument.bar(0.5, width: 20)
        #expect(bar.map(\.text).joined() == "██████████░░░░░░░░░░")
        #expect(bar[0].style == Style(.meterMid))
    }
}
