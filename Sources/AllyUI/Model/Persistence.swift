import AllyCore

/// Who is training and in which interface language; remembered between runs.
public struct TraineeProfile: Sendable, Equatable {
    /// The trainee's name as typed on the welcome screen.
    public var name: String
    /// The interface language the trainee chose.
    public var language: Language

    /// Creates a profile.
    public init(name: String, language: Language) {
        self.name = name
        self.language = language
    }
}

/// An attempt that was left before its end, to resume where the trainee was.
public struct UnfinishedAttempt: Sendable, Equatable {
    /// The scenario played.
    public var scenarioID: String
    /// The decisions recorded so far, in order.
    public var decisions: [TimedDecision]

    /// Creates an unfinished attempt.
    public init(scenarioID: String, decisions: [TimedDecision]) {
        self.scenarioID = scenarioID
        self.decisions = decisions
    }
}

/// One finished attempt, as the progress screen lists it.
public struct AttemptSummary: Sendable, Equatable {
    /// The scenario played.
    public var scenarioID: String
    /// Its title, as shown when it was played.
    public var title: String
    /// The total score, 0...100.
    public var total: Int
    /// Where the customer ended.
    public var outcome: Outcome

    /// Creates a summary.
    public init(scenarioID: String, title: String, total: Int, outcome: Outcome) {
        self.scenarioID = scenarioID
        self.title = title
        self.total = total
        self.outcome = outcome
    }
}

/// One naming of a customer's type: what the trainee said and what was true.
public struct Identification: Sendable, Equatable, Hashable {
    /// The type the trainee named.
    public var named: CustomerType
    /// The customer's true type at that moment.
    public var truth: CustomerType

    /// Creates an identification.
    public init(named: CustomerType, truth: CustomerType) {
        self.named = named
        self.truth = truth
    }
}

/// How often something was right, out of how often it was asked.
public struct Tally: Sendable, Equatable, Hashable {
    /// Times right.
    public var right: Int
    /// Times asked.
    public var asked: Int

    /// Creates a tally.
    public init(right: Int = 0, asked: Int = 0) {
        self.right = right
        self.asked = asked
    }
}

/// What the progress screen shows.
public struct ProgressReport: Sendable, Equatable {
    /// Finished attempts, most recent first.
    public var attempts: [AttemptSummary]
    /// Per true type: how often it was named right, out of how often it was asked.
    public var identification: [CustomerType: Tally]
    /// Whether this survives the program (false for the in-memory stand-in).
    public var isPersistent: Bool

    /// Creates a report.
    public init(attempts: [AttemptSummary], identification: [CustomerType: Tally], isPersistent: Bool) {
        self.attempts = attempts
        self.identification = identification
        self.isPersistent = isPersistent
    }
}

/// What the trainer needs from a store; AllyUI never imports one.
///
/// The executable hands the trainer an implementation: the SQLite store once it is wired,
/// or ``InMemoryTrainerPersistence`` until then. Calls happen on the run loop's thread.
public protocol TrainerPersistence: AnyObject {
    /// The remembered trainee, if any.
    func loadProfile() throws -> TraineeProfile?
    /// Remembers the trainee's name and interface language.
    func saveProfile(_ profile: TraineeProfile) throws
    /// Records one decision of the current attempt of `scenarioID`; `index` is its position in the log.
    ///
    /// The first decision (index 0) starts a new attempt. Must be durable on return: the
    /// design promises that no decision is lost once the next screen shows.
    func recordDecision(_ decision: TimedDecision, index: Int, scenarioID: String) throws
    /// Marks the current attempt of `scenarioID` finished (or abandoned) with its summary.
    func finishAttempt(scenarioID: String, summary: AttemptSummary?, identifications: [Identification]) throws
    /// The attempt left unfinished last time, if any.
    func unfinishedAttempt() throws -> UnfinishedAttempt?
    /// The progress screen's data.
    func progress() throws -> ProgressReport
}

/// A ``TrainerPersistence`` that keeps everything in memory, for tests and until the store is wired.
public final class InMemoryTrainerPersistence: TrainerPersistence {
    /// The remembered profile.
    public var profile: TraineeProfile?
    /// The attempt in progress (or left unfinished).
    public var current: UnfinishedAttempt?
    /// Finished attempts, oldest first.
    public private(set) var finished: [AttemptSummary] = []
    /// Every identification made in finished attempts.
    public private(set) var identifications: [Identification] = []

    /// Creates an empty store, optionally with a remembered profile and an unfinished attempt.
    public init(profile: TraineeProfile? = nil, unfinished: UnfinishedAttempt? = nil) {
        self.profile = profile
        current = unfinished
    }

    /// The remembered trainee, if any.
    public func loadProfile() -> TraineeProfile? { profile }

    /// Remembers the trainee.
    public func saveProfile(_ profile: TraineeProfile) { self.profile = profile }

    /// Appends a decision to the current attempt (a fresh one at index 0).
    public func recordDecision(_ decision: TimedDecision, index: Int, scenarioID: String) {
        if index == 0 || current?.scenarioID != scenarioID {
            current = UnfinishedAttempt(scenarioID: scenarioID, decisions: [])
        }
        current?.decisions.append(decision)
    }

    /// Closes the current attempt.
    public func finishAttempt(scenarioID: String, summary: AttemptSummary?, identifications: [Identification]) {
        current = nil
        if let summary { finished.append(summary) }
        self.identifications += identifications
    }

    /// The attempt left unfinished, if any.
    public func unfinishedAttempt() -> UnfinishedAttempt? {
        guard let current, !current.decisions.isEmpty else { return nil }
        return current
    }

    /// Progress from what this session recorded.
    public func progress() -> ProgressReport {
        var counts: [CustomerType: Tally] = [:]
        for item in identifications {
            counts[item.truth, default: Tally()].asked += 1
            if item.named == item.truth { counts[item.truth, default: Tally()].right += 1 }
        }
        return ProgressReport(attempts: finished.reversed(), identification: counts, isPersistent: false)
    }
}
