import AllyCore

/// Who is training and in which interface language; remembered between runs.
public struct TraineeProfile: Sendable, Equatable {
    /// The trainee's name as typed on the welcome screen.
    public var name: String
    /// The interface language the trainee chose.
    public var language: Language
    /// Whether the trainee plays without time limits (a preference for those who read slowly).
    public var timersOff: Bool

    /// Creates a profile.
    public init(name: String, language: Language, timersOff: Bool = false) {
        self.name = name
        self.language = language
        self.timersOff = timersOff
    }
}

/// An attempt that was left before its end, to resume where the trainee was.
public struct UnfinishedAttempt: Sendable, Equatable {
    /// The scenario played.
    public var scenarioID: String
    /// The decisions recorded so far, in order.
    public var decisions: [TimedDecision]
    /// Seconds since the conversation reached the step it stands at, when the attempt was read.
    /// A timed step's clock ran on meanwhile, as a waiting customer's would: the countdown
    /// resumes with what is left of the limit.
    public var secondsOnStep: Double
    /// How it was being played: its reply order and whether time limits were off.
    public var play: PlaySettings

    /// Creates an unfinished attempt.
    public init(scenarioID: String, decisions: [TimedDecision], secondsOnStep: Double = 0, play: PlaySettings = PlaySettings()) {
        self.scenarioID = scenarioID
        self.decisions = decisions
        self.secondsOnStep = secondsOnStep
        self.play = play
    }
}

/// What the progress screen shows, and whether it outlives the program.
public struct ProgressData: Sendable, Equatable {
    /// Mastery, confusion, trend and recent attempts (AllyCore's report, as `ally progress` prints it).
    public var report: ProgressReport
    /// False for the in-memory stand-in: the screen then says progress lasts only this session.
    public var isPersistent: Bool

    /// Creates progress data.
    public init(report: ProgressReport, isPersistent: Bool) {
        self.report = report
        self.isPersistent = isPersistent
    }
}

/// A stored attempt ready to replay: its row of the history, the scenario as stored with it, and its event log.
public struct ReplaySource: Sendable, Equatable {
    /// The attempt's row of the history.
    public var summary: AttemptSummary
    /// The scenario as it read when the attempt was played (not today's file).
    public var scenario: Scenario
    /// Every decision, in order.
    public var decisions: [TimedDecision]

    /// Creates a replay source.
    public init(summary: AttemptSummary, scenario: Scenario, decisions: [TimedDecision]) {
        self.summary = summary
        self.scenario = scenario
        self.decisions = decisions
    }
}

/// What a drill starts from: every identify, strategy and concept answer so far, and the wall clock.
public struct DrillHistory: Sendable, Equatable {
    /// The trainee's answers, oldest first.
    public var answers: [Answer]
    /// The trainee's concept answers, oldest first.
    public var conceptAnswers: [ConceptAnswer]
    /// Now, in seconds since 1970 (what is due depends on it).
    public var now: Double

    /// Creates a drill history.
    public init(answers: [Answer], conceptAnswers: [ConceptAnswer] = [], now: Double) {
        self.answers = answers
        self.conceptAnswers = conceptAnswers
        self.now = now
    }
}

/// A save that failed for a reason that may pass (a full disk, a store another program holds
/// locked). A persistence throws it so the trainer keeps the change, says so, and tries again,
/// rather than ending the play.
public struct SaveDelayed: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the save must wait, as the hint row names it.
    public enum Reason: Sendable, Equatable {
        /// The disk is full.
        case diskFull
        /// Another program holds the store.
        case busy
    }

    /// Why the save must wait.
    public var reason: Reason
    /// The store's own explanation, printed on exit if the change never got saved.
    public var detail: Localized

    /// Creates the error.
    public init(_ reason: Reason, detail: Localized) {
        self.reason = reason
        self.detail = detail
    }

    /// The store's explanation in English.
    public var description: String { detail.description }
}

/// Changes the trainer could not save before it ended: the count, and why (the last delay).
public struct UnsavedChanges: Error, Sendable, Equatable, CustomStringConvertible {
    /// How many changes (decisions, finished attempts, the profile, drill rounds) were not saved.
    public var count: Int
    /// Why the last attempt to save them failed.
    public var cause: SaveDelayed

    /// Creates the error.
    public init(count: Int, cause: SaveDelayed) {
        self.count = count
        self.cause = cause
    }

    /// What the trainee reads after the screen is restored, in the language the trainer ended in.
    public var text: Localized { Localized("strings.unsavedChanges", ["detail": cause.detail, "count": count]) }

    /// The text in English.
    public var description: String { text.description }
}

/// What the trainer needs from a store; AllyUI never imports one.
///
/// The executable hands the trainer an adapter over the SQLite store, or
/// ``InMemoryTrainerPersistence`` when there is none. Calls happen on the run loop's thread,
/// and each must be durable when it returns: the next frame shows only after it.
public protocol TrainerPersistence: AnyObject {
    /// The remembered trainee, if any.
    func loadProfile() throws -> TraineeProfile?
    /// Remembers the trainee's name and interface language.
    func saveProfile(_ profile: TraineeProfile) throws
    /// Records decision number `index` (0 starts a new attempt, played with `play`) of `trainee`'s attempt of `scenario`.
    func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws
    /// Closes the current attempt of `scenario`: ended (scored with `weights`) or given up.
    func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws
    /// The attempt `trainee` left unfinished last time, if any.
    func unfinishedAttempt(trainee: String) throws -> UnfinishedAttempt?
    /// The progress screen's data for `trainee`.
    func progress(trainee: String) throws -> ProgressData
    /// Attempt `id` with the scenario text stored with it, to replay; nil when it is gone or no longer reads.
    func replaySource(attempt id: Int64) throws -> ReplaySource?
    /// `trainee`'s answers so far, for a drill to pick the weakest and due types.
    func drillHistory(trainee: String) throws -> DrillHistory
    /// The best total of each scenario `trainee` has finished, by scenario id (the lists mark them ✓).
    func bestScores(trainee: String) throws -> [String: Int]
    /// Records one drill round's answers (identify, then strategy) about `scenarioID`'s customer.
    func recordDrill(_ answers: [Answer], scenarioID: String, trainee: String) throws
    /// Records one drill round's concept answer about a step of `scenarioID`.
    func recordConceptDrill(_ answers: [ConceptAnswer], scenarioID: String, trainee: String) throws
    /// Stores a live-run answer durably (a changed mind replaces it until it is settled).
    func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String) throws
    /// Counts a revealed live-run answer for the trainee's progress, once; `mirror` is the run at its reveal.
    func settleLiveAnswer(_ answer: LiveAnswer, run: String, mirror: LiveRun) throws
}

extension TrainerPersistence {
    /// No replays unless the persistence keeps event logs.
    public func replaySource(attempt id: Int64) throws -> ReplaySource? { nil }
    /// No history: every type counts as new.
    public func drillHistory(trainee: String) throws -> DrillHistory { DrillHistory(answers: [], now: 0) }
    /// Drill answers are not kept.
    public func recordDrill(_ answers: [Answer], scenarioID: String, trainee: String) throws {}
    /// Drill answers are not kept.
    public func recordConceptDrill(_ answers: [ConceptAnswer], scenarioID: String, trainee: String) throws {}
    /// Live answers are not kept here: refused, so the class never counts an answer that is not durable.
    public func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String) throws { throw LiveAnswerNotKept() }
    /// Live runs are not kept.
    public func settleLiveAnswer(_ answer: LiveAnswer, run: String, mirror: LiveRun) throws {}
    /// No attempts are kept: nothing is marked played.
    public func bestScores(trainee: String) throws -> [String: Int] { [:] }
}

/// A ``TrainerPersistence`` that keeps everything in memory, for tests and when no store is available.
public final class InMemoryTrainerPersistence: TrainerPersistence {
    /// The remembered profile.
    public var profile: TraineeProfile?
    /// The attempt in progress (or left unfinished).
    public var current: UnfinishedAttempt?
    /// Every attempt closed, oldest first.
    public private(set) var attempts: [AttemptSummary] = []
    /// The scenario and decisions of every closed attempt, by id, for replays.
    private var logs: [Int64: (scenario: Scenario, decisions: [TimedDecision])] = [:]
    /// Every identify and strategy answer of closed attempts.
    public private(set) var answers: [Answer] = []
    /// Every concept answer of closed attempts.
    public private(set) var conceptAnswers: [ConceptAnswer] = []
    /// The clock for attempt times, in seconds since 1970 (tests fix it).
    let now: () -> Double
    /// When the current attempt reached the step it stands at; nil for an attempt handed in.
    private var stepEnteredAt: Double?

    /// Creates an empty store, optionally with a remembered profile and an unfinished attempt.
    public init(profile: TraineeProfile? = nil, unfinished: UnfinishedAttempt? = nil, now: @escaping () -> Double = { 0 }) {
        self.profile = profile
        current = unfinished
        self.now = now
    }

    /// The remembered trainee, if any.
    public func loadProfile() -> TraineeProfile? { profile }

    /// Remembers the trainee.
    public func saveProfile(_ profile: TraineeProfile) { self.profile = profile }

    /// Appends a decision to the current attempt (a fresh one at index 0).
    public func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) {
        if index == 0 || current?.scenarioID != scenario.id {
            current = UnfinishedAttempt(scenarioID: scenario.id, decisions: [], play: play)
            // The first step was reached when its prompt showed, before this first decision.
            stepEnteredAt = now() - decision.seconds
        }
        current?.decisions.append(decision)
        switch decision.decision {
        case .reply, .timeOut: stepEnteredAt = now()
        default: break
        }
    }

    /// Closes the current attempt and keeps its summary and answers.
    public func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) {
        logs[Int64(attempts.count + 1)] = (scenario, current?.scenarioID == scenario.id ? current?.decisions ?? [] : [])
        current = nil
        let score = Score(state, in: scenario, weights: weights)
        attempts.append(AttemptSummary(
            id: Int64(attempts.count + 1), trainee: trainee, scenarioID: scenario.id, title: scenario.title,
            customerType: scenario.customer.type, startedAt: now(), finishedAt: now(), total: score?.total,
            outcome: state.outcome, seconds: state.record.map(\.seconds).reduce(0, +)))
        answers += Answer.answers(in: state, time: now())
        conceptAnswers += ConceptAnswer.answers(in: state, scenario: scenario, time: now())
    }

    /// The attempt left unfinished, if any.
    public func unfinishedAttempt(trainee: String) -> UnfinishedAttempt? {
        guard var current, !current.decisions.isEmpty else { return nil }
        // The same rule as the store's: the step's clock runs on from when it was reached.
        if let stepEnteredAt { current.secondsOnStep = max(0, now() - stepEnteredAt) }
        return current
    }

    /// Progress from what this session recorded.
    public func progress(trainee: String) -> ProgressData {
        ProgressData(
            report: ProgressReport(
                trainee: trainee, answers: answers, attempts: attempts.filter { $0.trainee == trainee }, now: now(),
                conceptAnswers: conceptAnswers),
            isPersistent: false)
    }

    /// A closed attempt with the scenario it was played against.
    public func replaySource(attempt id: Int64) -> ReplaySource? {
        guard let summary = attempts.first(where: { $0.id == id }), let log = logs[id] else { return nil }
        return ReplaySource(summary: summary, scenario: log.scenario, decisions: log.decisions)
    }

    /// Every answer kept this session.
    public func drillHistory(trainee: String) -> DrillHistory { DrillHistory(answers: answers, conceptAnswers: conceptAnswers, now: now()) }

    /// Keeps a drill round's answers with the others.
    public func recordDrill(_ answers: [Answer], scenarioID: String, trainee: String) { self.answers += answers }

    /// Keeps a drill round's concept answers with the others.
    public func recordConceptDrill(_ answers: [ConceptAnswer], scenarioID: String, trainee: String) { conceptAnswers += answers }

    /// The best total of each scenario finished this session.
    public func bestScores(trainee: String) -> [String: Int] {
        Dictionary(attempts.filter { $0.trainee == trainee }.compactMap { attempt in attempt.total.map { (attempt.scenarioID, $0) } },
                   uniquingKeysWith: max)
    }
}

/// A persistence without a store (one that could not be opened) keeps no live answers: the answer
/// is not sent, and the trainee is told it does not count.
public struct LiveAnswerNotKept: Error, Sendable {}
