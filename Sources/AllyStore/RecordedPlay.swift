import AllyCore
import AllyXAPI
import Foundation

/// One play of a scenario, recorded decision by decision: what a play screen drives.
///
/// ``decide(_:)`` applies a decision with the engine, then commits it to the store, and only then
/// returns the feedback, so the next screen never shows a decision that is not saved. When the store
/// fails (full disk, lock held too long, read-only), the play goes on in memory, ``saveProblem``
/// says so for the screen to show, and the decisions not yet saved are written as soon as the
/// store accepts them again: nothing is lost silently.
public final class RecordedPlay {
    /// The scenario played.
    public let scenario: Scenario
    /// How it is played: the order its replies show in, and whether time limits are off.
    public let settings: PlaySettings
    /// The attempt in the store; nil when the play could not be saved from the start.
    public private(set) var attempt: AttemptID?
    /// Where the play stands.
    public private(set) var state: PlayState
    /// Why the latest decisions are not saved, for the screen; nil while everything is saved.
    public private(set) var saveProblem: StoreError?
    /// When the conversation reached the current step (seconds since 1970): a step's time limit
    /// counts from here, and keeps counting while Ally is down, as a waiting customer would.
    public private(set) var stepEnteredAt: Double

    private let store: Store?
    private let start: (Store) throws(StoreError) -> AttemptID
    private var log: [TimedDecision]
    private var saved: Int
    private var finished = false

    /// Starts a new attempt of `trainee` (unsaved, saying why, when `store` is nil or fails).
    public init(store: Store?, trainee: String, scenario: Scenario, source: String, settings: PlaySettings = PlaySettings()) {
        self.store = store
        self.scenario = scenario
        self.settings = settings
        state = PlayState(scenario: scenario)
        log = []
        saved = 0
        stepEnteredAt = Date().timeIntervalSince1970
        start = { store throws(StoreError) in
            try store.startAttempt(trainee: trainee, scenario: scenario, contentHash: StableID.contentHash(of: source), source: source, play: settings)
        }
        flush()
    }

    /// Resumes a stored attempt at the exact step it reached.
    ///
    /// An attempt whose decisions already end the play (the process died after the last one was
    /// committed and before the result was) gets its result written here, once: it would otherwise
    /// be offered for resuming forever and be missing from every report.
    public init(resuming stored: StoredAttempt, scenario: Scenario, store: Store) throws(EngineError) {
        self.store = store
        self.scenario = scenario
        settings = stored.play
        attempt = stored.id
        state = try Engine.replay(scenario, stored.decisions)
        log = stored.decisions
        saved = stored.decisions.count
        start = { _ throws(StoreError) in stored.id }
        stepEnteredAt = stored.stepEnteredAt
        if state.isOver { flush() }
    }

    /// Seconds left on the current step's time limit at `now` (negative once it ran out); nil when
    /// untimed. The clock runs for the reply only: the time spent on this step's questions is the
    /// trainee's thinking, not the customer's wait.
    public func secondsLeft(now: Double = Date().timeIntervalSince1970) -> Double? {
        guard !settings.untimed, let id = state.stepID, let limit = scenario.step(id)?.timeLimit else { return nil }
        return Double(limit.seconds) - (now - stepEnteredAt - TimedDecision.secondsOnQuestions(log))
    }

    /// Applies `decision`, saves it (committed before this returns) and returns the feedback to show.
    public func decide(_ decision: TimedDecision) throws(EngineError) -> Feedback {
        let before = (step: state.stepID, replies: state.repliesGiven)
        // The state is handed to the engine, not copied, so the record grows in place: a copy per
        // decision made a long play quadratic.
        var current = PlayState(scenario: scenario)
        swap(&current, &state)
        let next: PlayState, feedback: Feedback
        do {
            (next, feedback) = try Engine.apply(decision, to: consume current, in: scenario)
        } catch {
            // Refused (never a decision the prompts offer): the state it had, played again.
            state = (try? Engine.replay(scenario, log)) ?? PlayState(scenario: scenario)
            throw error
        }
        let moved = next.stepID != before.step || next.repliesGiven != before.replies
        state = next
        log.append(decision)
        flush()
        if moved { stepEnteredAt = Date().timeIntervalSince1970 }
        return feedback
    }

    /// Whether the play is recorded in a store at all (it runs unsaved without one).
    public var hasStore: Bool { store != nil }

    /// How many decisions are not in the store yet.
    public var unsavedCount: Int { log.count - saved }

    /// Whether every decision so far is in the store (and the result, once the play is over).
    public var isSaved: Bool { saveProblem == nil && attempt != nil && saved == log.count && (finished || !state.isOver) }

    /// Writes whatever is not saved yet; call again (e.g. on a retry key) after a save problem.
    public func flush() {
        guard let store else {
            saveProblem = saveProblem ?? .noStore
            return
        }
        do throws(StoreError) {
            if attempt == nil { attempt = try start(store) }
            while saved < log.count {
                try store.append(log[saved], to: attempt!, at: saved)
                saved += 1
            }
            if state.isOver && !finished {
                try store.finish(attempt!, state: state, in: scenario)
                finished = true
            }
            saveProblem = nil
        } catch .attemptFinished where saved == log.count && state.isOver {
            // Another resume of the same attempt wrote its result first: it is written once.
            finished = true
            saveProblem = nil
        } catch {
            saveProblem = error
        }
    }
}
