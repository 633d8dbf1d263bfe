import AllyContent
import AllyCore
import AllyStore
import AllyUI
import AllyXAPI
import Foundation

/// The trainer's persistence on the SQLite store: AllyUI asks through ``TrainerPersistence`` and
/// never sees the store itself.
final class StorePersistence: TrainerPersistence {
    /// The open store.
    let store: Store
    /// The YAML text of a scenario by id, kept with each attempt so a replay stays exact after edits.
    let source: (String) -> String
    /// The interface language when the store remembers a name but no language.
    let fallbackLanguage: Language
    /// The attempt being recorded, with its scenario and how many of its decisions are stored.
    private var current: (id: AttemptID, scenarioID: String, stored: Int)?

    /// Creates the adapter.
    init(store: Store, fallbackLanguage: Language, source: @escaping (String) -> String) {
        self.store = store
        self.fallbackLanguage = fallbackLanguage
        self.source = source
    }

    /// The remembered trainee, if a name was saved.
    func loadProfile() throws -> TraineeProfile? {
        let preferences = try store.preferences()
        return preferences.traineeName.map {
            TraineeProfile(name: $0, language: preferences.language ?? fallbackLanguage, timersOff: preferences.timersOff)
        }
    }

    /// Remembers name, language and whether time limits are off.
    func saveProfile(_ profile: TraineeProfile) throws {
        try Self.delayable {
            try store.setPreferences(Preferences(traineeName: profile.name, language: profile.language, timersOff: profile.timersOff))
        }
    }

    /// Starts an attempt at decision 0, then appends every decision at its index (committed on return).
    /// A retried decision 0 whose attempt was started but not appended to reuses that attempt.
    func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws {
        let startedEmpty = current.map { $0.scenarioID == scenario.id && $0.stored == 0 } ?? false
        if (index == 0 && !startedEmpty) || current?.scenarioID != scenario.id {
            let text = source(scenario.id)
            let id = try Self.delayable {
                try store.startAttempt(trainee: trainee, scenario: scenario, contentHash: StableID.contentHash(of: text), source: text, play: play)
            }
            current = (id, scenario.id, 0)
        }
        guard let attempt = current?.id else { return }
        try Self.delayable { try store.append(decision, to: attempt, at: index) }
        current?.stored = index + 1
    }

    /// Scores and closes the attempt.
    func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws {
        guard let current, current.scenarioID == scenario.id else { return }
        try Self.delayable { try store.finish(current.id, state: state, in: scenario, weights: weights) }
        self.current = nil
    }

    /// Runs a write; a failure that may pass (a full disk, a lock held too long) becomes a
    /// ``SaveDelayed``, so the trainer keeps the change and tries again instead of stopping.
    static func delayable<T>(_ write: () throws -> T) throws -> T {
        do {
            return try write()
        } catch let error as StoreError where error.isTransient {
            if case .diskFull = error { throw SaveDelayed(.diskFull, detail: error.text) }
            throw SaveDelayed(.busy, detail: error.text)
        }
    }

    /// The attempt left open, remembered so its next decisions go to it; its step's clock ran on
    /// while it was away (the rule `ally play --plain` resumes by, in ``RecordedPlay``).
    func unfinishedAttempt(trainee: String) throws -> UnfinishedAttempt? {
        guard let stored = try store.unfinishedAttempt(trainee: trainee), !stored.decisions.isEmpty else { return nil }
        current = (stored.id, stored.summary.scenarioID, stored.decisions.count)
        return UnfinishedAttempt(
            scenarioID: stored.summary.scenarioID, decisions: stored.decisions,
            secondsOnStep: max(0, Date().timeIntervalSince1970 - stored.stepEnteredAt), play: stored.play)
    }

    /// The stored progress report.
    func progress(trainee: String) throws -> ProgressData {
        ProgressData(report: try store.progress(trainee: trainee, now: Date().timeIntervalSince1970), isPersistent: true)
    }

    /// The stored attempt against its stored scenario text (as `ally replay` reads it); nil when that text no longer reads.
    func replaySource(attempt id: Int64) throws -> ReplaySource? {
        let stored = try store.attempt(id)
        let library = ContentLoader.load(texts: [(name: "\(stored.summary.scenarioID).yaml", text: stored.source)])
        guard let scenario = library.scenarios.first else { return nil }
        return ReplaySource(summary: stored.summary, scenario: scenario, decisions: stored.decisions)
    }

    /// The stored answers, with the wall clock.
    func drillHistory(trainee: String) throws -> DrillHistory {
        DrillHistory(answers: try store.answers(trainee: trainee), conceptAnswers: try store.conceptAnswers(trainee: trainee),
                     now: Date().timeIntervalSince1970)
    }

    /// The best stored total of each scenario.
    func bestScores(trainee: String) throws -> [String: Int] { try store.bestScores(trainee: trainee) }

    /// Commits a drill round's answers.
    func recordDrill(_ answers: [Answer], scenarioID: String, trainee: String) throws {
        try Self.delayable { try store.recordDrill(trainee: trainee, scenarioID: scenarioID, answers: answers) }
    }

    /// Commits a drill round's concept answers.
    func recordConceptDrill(_ answers: [ConceptAnswer], scenarioID: String, trainee: String) throws {
        try Self.delayable { try store.recordConceptDrill(trainee: trainee, scenarioID: scenarioID, answers: answers) }
    }

    /// Commits a live-run answer (committed and synced before it returns).
    func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String) throws {
        try store.recordLiveAnswer(answer, run: run, scenarioID: scenarioID, time: Date().timeIntervalSince1970)
    }

    /// Counts a revealed live-run answer for mastery, confusion and the drill, once.
    func settleLiveAnswer(_ answer: LiveAnswer, run: String, mirror: LiveRun) throws {
        guard mirror.rounds.indices.contains(answer.round) else { return }
        let round = mirror.rounds[answer.round]
        let progress = mirror.progress(of: answer.decision, in: round, time: Date().timeIntervalSince1970)
        try store.settleLiveAnswer(trainee: answer.handle, run: run, round: answer.round, answers: progress.answers, concepts: progress.concepts,
                                   credit: mirror.credit(of: answer.decision, in: round), correct: mirror.rightAnswers(of: round))
    }
}
