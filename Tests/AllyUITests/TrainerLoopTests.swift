import AllyCore
import AllyTerminal
import AllyUI
import Testing

/// The run loop over the in-memory backend: commands reach the persistence, ticks are asked
/// for only while a countdown runs, and a signal ends the loop.
@Suite struct TrainerLoopTests {
    /// A clock that moves one second per reading.
    final class StepClock {
        var now = 0.0
        func read() -> Double {
            now += 1
            return now
        }
    }

    func keys(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }

    /// Answering graded questions with `digits`: select, Enter answers, Enter leaves the feedback.
    func answers(_ digits: String) -> [InputEvent] { AllyUITests.answers(digits).map { .key($0) } }

    @Test func aPlayThroughIsRecordedDecisionByDecision() throws {
        let events: [InputEvent] = keys("Ana") + [.key(.enter), .key(.enter), .key(.down), .key(.enter)]
            + answers("64111") + [.key(.enter)]
            + [.key(.char("3"))]
        let backend = InMemoryBackend(events: events, whenExhausted: .key(.ctrlC))
        let store = InMemoryTrainerPersistence()
        let clock = StepClock()
        let loop = TrainerLoop(
            backend: backend, persistence: store,
            model: AppModel(library: SampleContent.library, language: .en), clock: clock.read)
        try loop.run()
        #expect(store.profile == TraineeProfile(name: "Ana", language: .en))
        #expect(store.attempts.map(\.total) == [100])
        #expect(store.answers.filter { $0.question == .identify }.map(\.named) == [.hostage])
        #expect(loop.terminatingSignal == nil)
        #expect(backend.restoreCount == 0, "restoring is the caller's job")
        // The progress screen showed what was stored.
        #expect(backend.lastFrame?.lines.joined(separator: "\n").contains("Back at the garage again") == true)
        #expect(backend.lastFrame?.lines.joined(separator: "\n").contains("for this session only") == true)
        // Ticks only while the timed first step counted down.
        let ticking = backend.requestedTimeouts.filter { $0 != nil }
        #expect(!ticking.isEmpty)
        #expect(backend.requestedTimeouts.last! == nil)
    }

    @Test func resumingAnAttemptWhoseDecisionsEndedItWritesItsResultOnceAndShowsTheDebrief() throws {
        // Killed after the last decision was saved and before the result was.
        let scenario = SampleContent.garageEnglish
        let decisions = Paths.decisions(for: Paths.ideal(scenario), in: scenario).map { TimedDecision($0, seconds: 2) }
        let profile = TraineeProfile(name: "Ana", language: .en)
        let store = InMemoryTrainerPersistence(profile: profile, unfinished: UnfinishedAttempt(scenarioID: scenario.id, decisions: decisions))
        // Enter on the welcome (the name is remembered), Enter on "Resume", then Esc back to the menu.
        let backend = InMemoryBackend(events: [.key(.enter), .key(.enter), .key(.escape)], whenExhausted: .key(.ctrlC))
        let loop = TrainerLoop(
            backend: backend, persistence: store,
            model: AppModel(library: SampleContent.library, language: .en, profile: profile, unfinished: store.unfinishedAttempt(trainee: "Ana")),
            clock: StepClock().read)
        try loop.run()
        #expect(store.attempts.count == 1)
        #expect(store.attempts.first?.total == 100)
        #expect(store.unfinishedAttempt(trainee: "Ana") == nil)
        let screens = backend.frames.map { $0.lines.joined(separator: "\n") }
        #expect(screens.contains { $0.contains("Debrief") })
        // Back on the menu there is nothing left to resume.
        #expect(backend.lastFrame?.lines.joined(separator: "\n").contains("Resume") == false)
    }

    @Test func aLongPasteIsTakenWithoutAFramePerCharacter() throws {
        let paste = String(repeating: "abcdefghij", count: 10_000)
        let backend = InMemoryBackend(events: keys(paste), whenExhausted: .key(.ctrlC))
        backend.reportsPendingInput = true
        let loop = TrainerLoop(
            backend: backend, persistence: InMemoryTrainerPersistence(),
            model: AppModel(library: SampleContent.library, language: .en), clock: { 0 })
        try loop.run()
        // 100,000 characters: the field keeps its 40, and a frame is drawn per 500 at the most.
        #expect(backend.frames.count <= 100_000 / 500 + 2)
        #expect(backend.lastFrame?.lines.joined().contains(String(paste.prefix(40))) == true)
    }

    @Test func aSignalEndsTheLoopAndLeavesTheAttemptToResume() throws {
        let events: [InputEvent] = keys("Ana") + [.key(.enter), .key(.enter), .key(.down), .key(.enter), .key(.char("6")), .key(.enter)]
        let backend = InMemoryBackend(events: events, whenExhausted: .terminate(signal: 1))
        let store = InMemoryTrainerPersistence()
        let loop = TrainerLoop(
            backend: backend, persistence: store,
            model: AppModel(library: SampleContent.library, language: .en), clock: StepClock().read)
        try loop.run()
        #expect(loop.terminatingSignal == 1)
        #expect(store.unfinishedAttempt(trainee: "Ana")?.decisions.map(\.decision) == [.identify(.hostage)])
    }

    @Test func aStoreFailureStopsTheLoopWithTheError() {
        final class FullDisk: TrainerPersistence {
            struct DiskFull: Error {}
            func loadProfile() throws -> TraineeProfile? { nil }
            func saveProfile(_ profile: TraineeProfile) throws { throw DiskFull() }
            func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws { throw DiskFull() }
            func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws {}
            func unfinishedAttempt(trainee: String) throws -> UnfinishedAttempt? { nil }
            func progress(trainee: String) throws -> ProgressData { throw DiskFull() }
        }
        let backend = InMemoryBackend(events: keys("Ana") + [.key(.enter)])
        let loop = TrainerLoop(
            backend: backend, persistence: FullDisk(),
            model: AppModel(library: SampleContent.library, language: .en), clock: StepClock().read)
        #expect(throws: FullDisk.DiskFull.self) { try loop.run() }
    }

    /// Decisions fail with a full disk for the first `failures` tries, then reach `base`.
    final class FillingDisk: TrainerPersistence {
        let base = InMemoryTrainerPersistence()
        var failures: Int
        init(failures: Int) { self.failures = failures }
        func loadProfile() throws -> TraineeProfile? { nil }
        func saveProfile(_ profile: TraineeProfile) throws { base.saveProfile(profile) }
        func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws {
            if failures > 0 {
                failures -= 1
                throw SaveDelayed(.diskFull, detail: Localized("store.diskFull", ["path": "/x/ally.sqlite"]))
            }
            base.recordDecision(decision, index: index, scenario: scenario, play: play, trainee: trainee)
        }
        func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws {
            base.finishAttempt(state, of: scenario, weights: weights, trainee: trainee)
        }
        func unfinishedAttempt(trainee: String) throws -> UnfinishedAttempt? { base.unfinishedAttempt(trainee: trainee) }
        func progress(trainee: String) throws -> ProgressData { base.progress(trainee: trainee) }
    }

    @Test func aFullDiskKeepsThePlayGoingAndSavesInOrderOnceThereIsRoom() throws {
        let events: [InputEvent] = keys("Ana") + [.key(.enter), .key(.enter), .key(.down), .key(.enter)]
            + answers("64111") + [.key(.enter), .key(.char("6"))]
        let backend = InMemoryBackend(events: events, whenExhausted: .key(.ctrlC))
        let disk = FillingDisk(failures: 3)
        let loop = TrainerLoop(
            backend: backend, persistence: disk,
            model: AppModel(library: SampleContent.library, language: .en), clock: StepClock().read)
        try loop.run()
        let hintRows = backend.frames.map { $0.lines.last ?? "" }
        #expect(hintRows.contains { $0.hasPrefix(" not saved yet: disk full ") }, "the hint row says the answers wait")
        #expect(!hintRows.last!.contains("not saved"), "and stops saying so once they are saved")
        var waiting = AppModel(library: SampleContent.library, language: .en)
        waiting.saveDelayed = .diskFull
        waiting.showHelp = true
        #expect(App.frame(waiting).lines.joined(separator: " ").contains("Not saved yet: the disk is full."), "? explains it")
        // Every decision arrived, once and in order, and the attempt was scored.
        #expect(disk.base.attempts.map(\.total) == [100])
        #expect(disk.base.answers.filter { $0.question == .identify }.map(\.named) == [.hostage])
    }

    @Test func changesStillUnsavedAtTheEndAreReported() {
        let events: [InputEvent] = keys("Ana") + [.key(.enter), .key(.enter), .key(.down), .key(.enter), .key(.char("6")), .key(.enter)]
        let backend = InMemoryBackend(events: events, whenExhausted: .key(.ctrlC))
        let loop = TrainerLoop(
            backend: backend, persistence: FillingDisk(failures: .max),
            model: AppModel(library: SampleContent.library, language: .en), clock: StepClock().read)
        #expect(throws: UnsavedChanges(count: 1, cause: SaveDelayed(.diskFull, detail: Localized("store.diskFull", ["path": "/x/ally.sqlite"])))) {
            try loop.run()
        }
    }

    @Test func theFrameFollowsTheBackendsSize() throws {
        let backend = InMemoryBackend(size: TerminalSize(columns: 100, rows: 30), events: [.resize(columns: 70, rows: 20), .resize(columns: 90, rows: 25)])
        let loop = TrainerLoop(
            backend: backend, persistence: InMemoryTrainerPersistence(),
            model: AppModel(library: SampleContent.library, language: .nl), clock: StepClock().read)
        try loop.run()
        #expect(backend.frames.map(\.size) == [TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 70, rows: 20), TerminalSize(columns: 90, rows: 25)])
        #expect(backend.frames[1].lines.joined().contains("Dit vraagt 80×24; het venster is 70×20."))
        #expect(backend.frames[2].lines.joined().contains("Welkom bij Ally"))
    }
}

/// The library can be read after the first frame, so the trainer shows at once.
@Suite struct DeferredLibraryTests {
    @Test func theWelcomeScreenShowsBeforeTheLibraryIsRead() throws {
        final class Reads { var count = 0 }
        let reads = Reads()
        let backend = InMemoryBackend(events: [.key(.char("A")), .key(.enter), .key(.enter)], whenExhausted: .key(.ctrlC))
        var now = 0.0
        let loop = TrainerLoop(
            backend: backend, persistence: InMemoryTrainerPersistence(),
            model: AppModel(library: TrainingLibrary(scenarios: []), language: .en),
            afterFirstFrame: [
                { reads.count += 1; return [.profileLoaded(TraineeProfile(name: "Bo", language: .en), nil)] },
                { reads.count += 1; return [.libraryLoaded(SampleContent.library)] },
            ],
            clock: { now += 1; return now })
        try loop.run()
        #expect(reads.count == 2)
        #expect(backend.frames.first?.lines.joined().contains("Welcome to Ally") == true)
        #expect(backend.frames[1].lines.joined().contains("Bo▏"), "the remembered name shows before the library is read")
        #expect(loop.model.traineeName == "BoA")
        #expect(loop.model.filteredScenarios.count == 2)
        #expect(backend.lastFrame?.lines.joined().contains("The quiet reader") == true)
    }
}
