import AllyCore
import AllyTerminal
import AllyTestSupport
@testable import AllyUI
import Testing

/// The preview model: reloading keeps the play where it was, broken files show their diagnostics.
@Suite struct PreviewTests {
    /// The sample scenario the previews play.
    let garage = SampleContent.garageEnglish

    /// A preview of the garage scenario, read once.
    func loaded(_ scenario: Scenario = SampleContent.garageEnglish) -> PreviewModel {
        let start = PreviewModel(file: "garage.yaml", language: .en)
        return Preview.update(start, .loaded(.scenario(scenario)), now: 0).0
    }

    /// Presses `keys`, one second apart.
    func press(_ keys: [Key], _ model: PreviewModel) -> PreviewModel {
        keys.reduce(model) { m, key in Preview.update(m, .input(.key(key)), now: m.app.now + 1).0 }
    }

    /// The preview after naming the type (hostage, 6th: its digit selects, Enter answers) and reading the feedback.
    func afterFirstDecision() -> PreviewModel {
        press([.char("6"), .enter, .enter], loaded())
    }

    @Test func loadingStartsThePlayWithTheNoteInTheHeader() {
        let m = loaded()
        #expect(m.app.screen.id == .play)
        #expect(m.app.screen.play?.state.prompt == .identify)
        #expect(m.status == nil)
        #expect(Preview.frame(m).textSnapshot().contains("preview — not saved"))
    }

    @Test func reloadKeepsTheDecision() {
        let before = afterFirstDecision()
        #expect(before.decisions.count == 1)
        #expect(before.app.screen.play?.state.prompt == .strategy)
        let after = Preview.update(before, .loaded(.scenario(garage)), now: before.app.now + 1).0
        #expect(after.decisions == before.decisions)
        #expect(after.app.screen.play?.state == before.app.screen.play?.state)
        #expect(after.status == Strings.previewReloaded)
    }

    @Test func reloadShowsTheFeedbackThatWasShowing() {
        let before = press([.char("6"), .enter], loaded())
        #expect(before.app.screen.play?.feedback != nil)
        let after = Preview.update(before, .loaded(.scenario(garage)), now: before.app.now + 1).0
        #expect(after.app.screen.play?.feedback == before.app.screen.play?.feedback)
    }

    @Test func aBrokenFileShowsItsDiagnosticsAndAFixedOneRecovers() {
        let before = afterFirstDecision()
        let problem = "garage.yaml:7:9: error: unknown customer type 'hostge'; did you mean 'hostage'?"
        let broken = Preview.update(before, .loaded(.broken([problem])), now: before.app.now + 1).0
        #expect(broken.diagnostics == [problem])
        let screen = Preview.frame(broken).textSnapshot()
        #expect(screen.contains("garage.yaml:7:9: error: unknown customer type"))
        #expect(screen.contains("cannot be played"))
        // Play keys do nothing while the file is broken; leaving still works.
        #expect(press([.char("1")], broken).decisions == before.decisions)
        #expect(Preview.update(broken, .input(.key(.char("q"))), now: 9).1 == [.quit])
        let fixed = Preview.update(broken, .loaded(.scenario(garage)), now: broken.app.now + 1).0
        #expect(fixed.diagnostics == nil)
        #expect(fixed.app.screen.play?.state.prompt == .strategy)
        #expect(fixed.decisions == before.decisions)
    }

    @Test func decisionsThatNoLongerFitRestartWithAStatusLine() {
        let before = press([.char("1"), .enter, .enter, .char("1"), .enter, .enter, .char("3"), .enter], loaded())
        #expect(before.decisions.count == 3)
        // The author cut every step down to its first choice: the third reply taken is gone.
        var changed = garage
        changed.steps = changed.steps.map { step in
            var step = step
            step.choices = Array(step.choices.prefix(1))
            return step
        }
        let after = Preview.update(before, .loaded(.scenario(changed)), now: before.app.now + 1).0
        let fits = (try? Engine.replay(changed, before.decisions)) != nil
        #expect(!fits)
        #expect(after.decisions.isEmpty)
        #expect(after.app.screen.play?.state.prompt == .identify)
        #expect(after.status == Strings.previewRestarted)
        #expect(Preview.frame(after).textSnapshot().contains("restarted at the start"))
    }

    @Test func reloadKeysAndLeavingNeedNoConfirmation() {
        let m = loaded()
        #expect(Preview.update(m, .input(.key(.char("r"))), now: 1).1 == [.reload])
        #expect(Preview.update(m, .input(.key(.control("r"))), now: 1).1 == [.reload])
        #expect(Preview.update(m, .input(.key(.escape)), now: 1).1 == [.quit])
        #expect(Preview.update(m, .input(.key(.ctrlC)), now: 1).1 == [.quit])
        #expect(Preview.update(m, .input(.terminate(signal: 15)), now: 1).1 == [.quit])
    }

    @Test func nothingIsRecorded() {
        // Every effect the play asks for (record, finish) is dropped: only quit and reload exist.
        let m = press([.char("6"), .enter, .enter, .char("2"), .enter, .enter, .char("1"), .enter, .enter], loaded())
        #expect(m.decisions.count == 3)
    }

    @Test func diagnosticsScrollAndSnapshot() throws {
        let lines = (1...30).map { "garage.yaml:\($0):3: error: unknown key 'sya'; did you mean 'say'?" }
        let broken = Preview.update(loaded(), .loaded(.broken(lines)), now: 1).0
        try Snapshot.check(Preview.frame(broken), named: "en-preview-diagnostics-80x24")
        let scrolled = press([.down, .pageDown], broken)
        #expect(scrolled.diagnosticsScroll > 1)
        #expect(Preview.frame(scrolled).textSnapshot().contains("garage.yaml:30:3"))
    }

    @Test func theWheelScrollsTheDiagnosticsAndMovesThePlay() {
        let lines = (1...30).map { "garage.yaml:\($0):3: error: unknown key 'sya'; did you mean 'say'?" }
        let broken = Preview.update(loaded(), .loaded(.broken(lines)), now: 1).0
        let scrolled = Preview.update(broken, .input(.scroll(.down, column: 10, row: 10)), now: 2).0
        #expect(scrolled.diagnosticsScroll == 1)
        #expect(Preview.update(scrolled, .input(.scroll(.up, column: 10, row: 10)), now: 3).0.diagnosticsScroll == 0)
        // Without diagnostics the wheel reaches the play: it moves the selection (from nothing to the first).
        let play = Preview.update(loaded(), .input(.scroll(.down, column: 10, row: 10)), now: 1).0
        #expect(play.app.screen.play?.selected == 0)
        #expect(Preview.update(play, .input(.scroll(.down, column: 10, row: 10)), now: 2).0.app.screen.play?.selected == 1)
    }
}

/// The preview's run loop over the in-memory backend: a changed stamp reads the file again.
@Suite struct PreviewLoopTests {
    /// A file whose stamp moves on as it is looked at: good, then broken, then good again.
    final class FakeFile {
        /// How many times the stamp was read.
        var reads = 0
        /// The stamp: a new version every three readings, up to the third.
        func stamp() -> FileStamp {
            reads += 1
            return FileStamp(modified: Double(min(2, reads / 3)), size: 100)
        }
        /// What reading the file gives for the current version.
        func load() -> PreviewLoad {
            min(2, reads / 3) == 1 ? .broken(["f.yaml:1:1: error: broken"]) : .scenario(SampleContent.garageEnglish)
        }
    }

    /// A clock that moves one second per reading.
    final class StepClock {
        /// The time of the last reading.
        var now = 0.0
        /// Moves on and reads.
        func read() -> Double {
            now += 1
            return now
        }
    }

    @Test func aChangedFileIsReadAgainOnTheTicks() {
        let file = FakeFile()
        let clock = StepClock()
        let backend = InMemoryBackend(
            events: [.key(.char("6")), .key(.enter)] + Array(repeating: .tick, count: 8), whenExhausted: .key(.char("q")))
        let loop = PreviewLoop(
            backend: backend, model: PreviewModel(file: "f.yaml", language: .en),
            load: file.load, stamp: file.stamp, clock: clock.read)
        loop.run()
        let screens = backend.frames.map { $0.lines.joined(separator: "\n") }
        #expect(screens.contains { $0.contains("f.yaml:1:1: error: broken") })
        #expect(loop.model.diagnostics == nil)
        #expect(loop.model.decisions.count == 1)
        #expect(loop.model.status == Strings.previewReloaded)
        #expect(backend.requestedTimeouts.allSatisfy { $0 == .milliseconds(500) })
        #expect(backend.restoreCount == 0, "restoring is the caller's job")
    }
}
