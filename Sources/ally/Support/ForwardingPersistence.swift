import AllyCore
import AllyUI

/// A ``TrainerPersistence`` that wraps another one: every call goes to `base` unless the wrapper
/// has its own (the deferred opening, the class reporter).
protocol ForwardingPersistence: TrainerPersistence {
    /// The persistence wrapped.
    var base: any TrainerPersistence { get }
}

extension ForwardingPersistence {
    func loadProfile() throws -> TraineeProfile? { try base.loadProfile() }
    func saveProfile(_ profile: TraineeProfile) throws { try base.saveProfile(profile) }
    func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws {
        try base.recordDecision(decision, index: index, scenario: scenario, play: play, trainee: trainee)
    }
    func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws {
        try base.finishAttempt(state, of: scenario, weights: weights, trainee: trainee)
    }
    func unfinishedAttempt(trainee: String) throws -> UnfinishedAttempt? { try base.unfinishedAttempt(trainee: trainee) }
    func progress(trainee: String) throws -> ProgressData { try base.progress(trainee: trainee) }
    func replaySource(attempt id: Int64) throws -> ReplaySource? { try base.replaySource(attempt: id) }
    func drillHistory(trainee: String) throws -> DrillHistory { try base.drillHistory(trainee: trainee) }
    func bestScores(trainee: String) throws -> [String: Int] { try base.bestScores(trainee: trainee) }
    func recordDrill(_ answers: [Answer], scenarioID: String, trainee: String) throws {
        try base.recordDrill(answers, scenarioID: scenarioID, trainee: trainee)
    }
    func recordConceptDrill(_ answers: [ConceptAnswer], scenarioID: String, trainee: String) throws {
        try base.recordConceptDrill(answers, scenarioID: scenarioID, trainee: trainee)
    }
    func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String) throws {
        try base.recordLiveAnswer(answer, run: run, scenarioID: scenarioID)
    }
    func settleLiveAnswer(_ answer: LiveAnswer, run: String, mirror: LiveRun) throws {
        try base.settleLiveAnswer(answer, run: run, mirror: mirror)
    }
}
