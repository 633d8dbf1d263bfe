import AllyClassLink
import AllyCore
import AllyTerminal
import AllyUI
import Foundation

/// A backend that lets the class reporter see each frame's model before it is drawn: a scenario
/// on screen is reported as it starts, not only at its first decision.
final class ScenarioWatchingBackend: TerminalBackend {
    private let base: any TerminalBackend
    /// Called before each frame is drawn.
    var beforeDraw: () -> Void = {}

    /// Wraps `base`.
    init(_ base: any TerminalBackend) {
        self.base = base
    }

    var size: TerminalSize { base.size }
    var hasPendingInput: Bool { base.hasPendingInput }
    func draw(_ buffer: ScreenBuffer) {
        beforeDraw()
        base.draw(buffer)
    }
    func nextEvent(timeout: Duration?, watching descriptor: Int32?) -> InputEvent {
        base.nextEvent(timeout: timeout, watching: descriptor)
    }
    func restore() { base.restore() }
}

/// The trainer's side of the class link (`ally train --class-link FD`, which `ally serve` passes):
/// a ``TrainerPersistence`` that tells the server what was committed, after the store has it.
///
/// Reporting never holds the trainee up: a line is sent without blocking, and a server that is
/// gone or not reading only costs the class its live view, never a decision.
final class ClassReportingPersistence: ForwardingPersistence {
    /// The persistence that commits; the rest of its calls go to it unchanged.
    let base: any TrainerPersistence
    private let link: Int32
    /// The class's course: its scenario ids in order, once the library is read.
    private let courseScenarios: () -> [String]?
    /// The decisions of the attempt in progress, to judge the latest by replaying them.
    private var decisions: [TimedDecision] = []
    private var scenarioID: String?
    private var broken = false

    /// Reports on descriptor `link` what `base` commits.
    init(base: any TrainerPersistence, link: Int32, course: String?, courseScenarios: @escaping () -> [String]?) {
        self.base = base
        self.link = link
        self.courseScenarios = courseScenarios
        // Non-blocking: a full socket drops a report rather than stalling the trainer.
        _ = fcntl(link, F_SETFL, fcntl(link, F_GETFL) | O_NONBLOCK)
        _ = fcntl(link, F_SETFD, FD_CLOEXEC)
        send(.hello(course: course))
    }

    func recordDecision(_ decision: TimedDecision, index: Int, scenario: Scenario, play: PlaySettings, trainee: String) throws {
        try base.recordDecision(decision, index: index, scenario: scenario, play: play, trainee: trainee)
        // Committed: now the class may know.
        if scenarioID != scenario.id {
            let ids = courseScenarios() ?? []
            let place = ids.firstIndex(of: scenario.id).map { $0 + 1 }
            scenarioShown(scenario, course: place.map { ($0, ids.count) })
        }
        if index == 0 { decisions = [] }
        // A resumed attempt: what came before this decision is in the store.
        if decisions.count != index { decisions = (try? base.unfinishedAttempt(trainee: trainee))?.decisions.dropLast() ?? [] }
        decisions.append(decision)
        if let report = DecisionReport.last(of: decisions, in: scenario) { send(.decision(report)) }
    }

    func finishAttempt(_ state: PlayState, of scenario: Scenario, weights: ScoringWeights, trainee: String) throws {
        try base.finishAttempt(state, of: scenario, weights: weights, trainee: trainee)
        let score = Score(state, in: scenario, weights: weights)
        send(.finished(scenario: scenario.id, total: score?.total, outcome: state.outcome?.rawValue))
        decisions = []
        scenarioID = nil
    }

    /// The trainee sees `scenario` (at `course`: its place, 1-based, and the course's length):
    /// the class hears of it once, before any decision in it.
    func scenarioShown(_ scenario: Scenario, course: (index: Int, count: Int)?) {
        guard scenarioID != scenario.id else { return }
        scenarioID = scenario.id
        decisions = []
        send(.scenario(id: scenario.id, title: scenario.title, courseIndex: course?.index, courseCount: course?.count))
    }

    /// Stores a live answer, then tells the server: the class never counts an answer the store lacks.
    func recordLiveAnswer(_ answer: LiveAnswer, run: String, scenarioID: String) throws {
        try base.recordLiveAnswer(answer, run: run, scenarioID: scenarioID)
        if !broken, !LinkWriter.write(ClassLink.encodeLiveAnswer(run: run, round: answer.round, decision: answer.decision), to: link) {
            broken = true
        }
    }

    private var framer = LineFramer()
    /// Whether the server closed its end of the link (it stopped, or the session ended).
    private var closed = false

    private func send(_ message: ChildMessage) {
        guard !broken else { return }
        if !LinkWriter.write(ClassLink.encode(message), to: link) { broken = true }
    }
}

extension ClassReportingPersistence: LiveInbox {
    /// The link, waited on with the keyboard until the server closes it.
    var descriptor: Int32? { closed ? nil : link }

    /// The server's live-run messages that arrived on the link, without waiting for any.
    func messages() -> [LiveServerMessage] {
        var messages: [LiveServerMessage] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !closed {
            let count = chunk.withUnsafeMutableBytes { recv(link, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count > 0 {
                for line in framer.feed(chunk[0..<count]) {
                    if let message = ClassLink.decodeLive(line) { messages.append(message) }
                }
                continue
            }
            // Nothing more for now; or the end of the link (0, or an error), which is not waited on again.
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { break }
            closed = true
        }
        return messages
    }
}
