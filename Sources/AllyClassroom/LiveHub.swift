import AllyClassLink
import AllyCore
import Foundation
import NIOConcurrencyHelpers

/// The live run the server holds (issue 14): the instructor's controls change it, trainees' answers
/// fill it, and every change goes out to the trainers and into the published class state.
///
/// One lock guards the run; messages are built under it and sent after, so every trainer hears the
/// phases in order.
final class LiveHub: Sendable {
    private struct State {
        var run: LiveRun?
        var id = ""
        var ticking = false
    }

    private let state = NIOLockedValueBox(State())
    /// Finds a scenario by id (the server's content library).
    let scenarios: @Sendable (String) -> Scenario?
    /// The language of the labels on the dashboard.
    let language: Language
    private let clock: @Sendable () -> Double
    private let ticker = DispatchQueue(label: "ally.live-clock")

    init(scenarios: @escaping @Sendable (String) -> Scenario?, language: Language,
         clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.scenarios = scenarios
        self.language = language
        self.clock = clock
    }

    /// What went wrong with a control, for the server's log.
    typealias Outcome = (sends: [(handle: String, message: LiveServerMessage)], status: LiveStatus??, note: String?)

    /// Applies the instructor's `control`; `connected` are the trainees with an open link now.
    func control(_ control: LiveControl, connected: [String]) -> Outcome {
        state.withLockedValue { state in
            let now = clock()
            do throws(LiveRunError) {
                switch control {
                case .start(let id, let seconds, let histogramLive):
                    guard let scenario = scenarios(id) else { return ([], nil, "no scenario \(id) in the library") }
                    var run = LiveRun(scenario: scenario, settings: .init(answerSeconds: seconds.map(Double.init), histogramLive: histogramLive))
                    for handle in connected { try? run.join(handle) }
                    state.run = run
                    state.id = Self.runID(now)
                    return (connected.map { ($0, .lobby(run: state.id, scenario: id)) }, .some(status(state)), "live run \(state.id) of \(id)")
                case .close:
                    try state.run?.close()
                case .reveal:
                    try state.run?.reveal()
                case .next(let pick):
                    if state.run?.phase == .lobby { try state.run?.start(at: now) } else { try state.run?.advance(pick: pick, at: now) }
                case .end:
                    // Ending an ended run closes it: the dashboard goes back to the class's table.
                    if state.run?.phase == .ended {
                        state.run = nil
                        return ([], .some(nil), "live run \(state.id) closed")
                    }
                    state.run?.end()
                case .remove(let handle):
                    try state.run?.remove(handle)
                    // Only the removed trainee hears of it; the others' screens do not change.
                    return ([(handle, .removed(run: state.id))], .some(status(state)), "\(handle) removed from the live run")
                }
            } catch {
                return ([], .some(status(state)), "live run: \(control) refused: \(error)")
            }
            return (broadcast(state, full: false, now: now), .some(status(state)), nil)
        }
    }

    /// `handle`'s trainer connected: into the run, and onto its current question with the answer kept.
    func joined(_ handle: String) -> Outcome {
        state.withLockedValue { state in
            guard var run = state.run, run.phase != .ended else { return ([], nil, nil) }
            do {
                try run.join(handle)
            } catch {
                return ([(handle, .removed(run: state.id))], nil, nil)
            }
            state.run = run
            return (messages(for: handle, state, full: true, now: clock()).map { (handle, $0) }, .some(status(state)), nil)
        }
    }

    /// `handle`'s last link closed: disconnected, answers kept.
    func dropped(_ handle: String) -> LiveStatus?? {
        state.withLockedValue { state in
            guard state.run != nil else { return nil }
            state.run?.drop(handle)
            return .some(status(state))
        }
    }

    /// `handle` answered (already stored on the trainer's side); the new counts, or nil when refused.
    func answer(run id: String, round: Int, decision: Decision, from handle: String) -> LiveStatus?? {
        state.withLockedValue { state in
            guard id == state.id, let run = state.run, round == run.rounds.count - 1 else { return nil }
            guard (try? state.run?.answer(decision, from: handle, at: clock())) != nil else { return nil }
            return .some(status(state))
        }
    }

    /// The clock's turn: closes an open question whose time is up.
    func tick() -> Outcome {
        state.withLockedValue { state in
            guard let before = state.run?.phase else { return ([], nil, nil) }
            let now = clock()
            state.run?.tick(at: now)
            guard state.run?.phase != before else { return ([], nil, nil) }
            return (broadcast(state, full: false, now: now), .some(status(state)), nil)
        }
    }

    /// Whether an open question has a time limit (the clock then needs to tick).
    var needsTicks: Bool {
        state.withLockedValue { $0.run?.phase == .open && $0.run?.settings.answerSeconds != nil }
    }

    private func status(_ state: State) -> LiveStatus? {
        state.run.map { $0.status(run: state.id, language: language) }
    }

    private func broadcast(_ state: State, full: Bool, now: Double) -> [(handle: String, message: LiveServerMessage)] {
        guard let run = state.run else { return [] }
        return run.trainees.filter { !$0.removed }.flatMap { trainee in
            messages(for: trainee.handle, state, full: full, now: now).map { (trainee.handle, $0) }
        }
    }

    /// What `handle` is told of the run at `now`: the transition only, or (`full`, on joining) the
    /// question before a closed or revealed phase, so a late joiner can mirror it. An open question
    /// carries the time left at `now`, so a late joiner or a reconnect counts down what is left.
    private func messages(for handle: String, _ state: State, full: Bool, now: Double) -> [LiveServerMessage] {
        guard let run = state.run else { return [] }
        let id = state.id
        let question: LiveServerMessage? = run.rounds.last.map { round in
            .question(run: id, scenario: run.scenario.id, round: run.rounds.count - 1,
                      path: run.rounds.dropLast().compactMap { $0.choice?.decision }, answered: round.answers[handle],
                      closesIn: run.secondsLeft(at: now))
        }
        switch run.view(for: handle) {
        case .notInRun: return []
        case .removed: return [.removed(run: id)]
        case .lobby: return [.lobby(run: id, scenario: run.scenario.id)]
        case .question: return question.map { [$0] } ?? []
        case .closed: return (full ? question.map { [$0] } ?? [] : []) + [.closed(run: id, round: run.rounds.count - 1)]
        case .revealed: return (full ? question.map { [$0] } ?? [] : []) + [.reveal(run: id, round: run.rounds.count - 1)]
        case .ended(let summary):
            return [.ended(run: id, answered: summary.answered, right: summary.right, asked: summary.asked)]
        }
    }

    /// A run's id: `live-` and the UTC time it started, to the millisecond.
    static func runID(_ now: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmssSSS"
        return "live-" + formatter.string(from: Date(timeIntervalSince1970: now))
    }
}
