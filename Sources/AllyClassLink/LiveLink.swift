import AllyCore
import Foundation

/// What `ally serve` tells a trainer during a live class run (issue 14): the run's phase, with
/// enough for the trainer to replay the scenario to the same step with its own engine.
///
/// The answer key never goes on the wire: the trainer judges its own answer at the reveal from the
/// scenario it already has and the class's path.
public enum LiveServerMessage: Sendable, Equatable {
    /// A run of `scenario` started; the trainee waits in its lobby.
    case lobby(run: String, scenario: String)
    /// Question `round` (from 0) is open; `path` is the class's decisions before it (one per earlier
    /// round), `answered` the trainee's kept answer (a reconnect or a late join lands on it),
    /// `closesIn` the seconds left to answer when the message was sent (nil: no time limit). A time
    /// left rather than a moment: the trainer counts it down on its own clock, which need not agree
    /// with the server's, and a reconnect is told what is left, not the whole limit.
    case question(run: String, scenario: String, round: Int, path: [Decision], answered: Decision?, closesIn: Double? = nil)
    /// Answering has stopped for `round`.
    case closed(run: String, round: Int)
    /// `round`'s right answer and the feedback may show.
    case reveal(run: String, round: Int)
    /// The run is over: the trainee's private summary.
    case ended(run: String, answered: Int, right: Int, asked: Int)
    /// The instructor removed the trainee from the run.
    case removed(run: String)
}

/// What the instructor's dashboard tells `ally serve` to do with the live run. The server takes
/// these only from a session that logged in with an instructor's key (the identity is the login's,
/// never the message's).
public enum LiveControl: Sendable, Equatable {
    /// Start a run of `scenario`: answering stays open `seconds` (nil: until closed), the
    /// projector's histogram fills live or waits for the reveal.
    case start(scenario: String, seconds: Int?, histogramLive: Bool)
    /// Stop answering.
    case close
    /// Show the right answer and the feedback.
    case reveal
    /// Move on: the class's path takes `pick`, or the majority's reply.
    case next(pick: Decision?)
    /// End the run.
    case end
    /// Remove `handle` from the run.
    case remove(handle: String)
}

extension ClassLink {
    /// The most decisions a question's path may carry (a scenario has far fewer steps).
    public static let maximumPath = 60

    /// The longest time to answer the wire carries, in milliseconds (an hour, as the controls allow).
    static let maximumAnswerTime = 3_600_000

    /// The decision a token (``Decision/token``) names, or nil when it names none (ids checked, reply index bounded).
    public static func decision(_ token: String) -> Decision? {
        let parts = token.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("identify", 2): return CustomerType(rawValue: parts[1]).map(Decision.identify)
        case ("strategy", 2): return StrategyFamily(rawValue: parts[1]).map(Decision.strategy)
        case ("concept", 3):
            guard let kind = ConceptKind(rawValue: parts[1]), isID(parts[2]) else { return nil }
            return .concept(kind, parts[2])
        case ("reply", 2):
            guard let index = Int(parts[1]), (0..<100).contains(index) else { return nil }
            return .reply(index)
        default: return nil
        }
    }

    /// `message` as one line of the wire, newline included.
    public static func encode(_ message: LiveServerMessage) -> String {
        var wire: Wire
        switch message {
        case .lobby(let run, let scenario):
            wire = Wire("live.lobby")
            wire.run = run
            wire.scenario = scenario
        case .question(let run, let scenario, let round, let path, let answered, let closesIn):
            wire = Wire("live.question")
            wire.run = run
            wire.scenario = scenario
            wire.round = round
            wire.path = path.map(\.token)
            wire.decision = answered?.token
            wire.closesIn = closesIn.map { Int(($0 * 1000).rounded(.up)) }
        case .closed(let run, let round):
            wire = Wire("live.closed")
            wire.run = run
            wire.round = round
        case .reveal(let run, let round):
            wire = Wire("live.reveal")
            wire.run = run
            wire.round = round
        case .ended(let run, let answered, let right, let asked):
            wire = Wire("live.ended")
            wire.run = run
            wire.answered = answered
            wire.right = right
            wire.total = asked
        case .removed(let run):
            wire = Wire("live.removed")
            wire.run = run
        }
        return line(wire)
    }

    /// The live message on `line`, or nil when it is not one (or breaks a rule).
    public static func decodeLive(_ line: some Collection<UInt8>) -> LiveServerMessage? {
        guard let wire = wire(line), wire.t.hasPrefix("live."), let run = wire.run, isID(run) else { return nil }
        let round = wire.round.flatMap { (0...maximumPath).contains($0) ? $0 : nil }
        switch wire.t {
        case "live.lobby":
            guard let scenario = wire.scenario, isID(scenario) else { return nil }
            return .lobby(run: run, scenario: scenario)
        case "live.question":
            guard let scenario = wire.scenario, isID(scenario), let round, let tokens = wire.path,
                  tokens.count == round else { return nil }
            let path = tokens.compactMap(decision)
            guard path.count == tokens.count else { return nil }
            var answered: Decision?
            if let token = wire.decision {
                guard let decoded = decision(token) else { return nil }
                answered = decoded
            }
            var closesIn: Double?
            if let milliseconds = wire.closesIn {
                guard (0...maximumAnswerTime).contains(milliseconds) else { return nil }
                closesIn = Double(milliseconds) / 1000
            }
            return .question(run: run, scenario: scenario, round: round, path: path, answered: answered, closesIn: closesIn)
        case "live.closed":
            return round.map { .closed(run: run, round: $0) }
        case "live.reveal":
            return round.map { .reveal(run: run, round: $0) }
        case "live.ended":
            guard let answered = wire.answered, let right = wire.right, let asked = wire.total,
                  (0...maximumPath).contains(asked), (0...asked).contains(answered), (0...answered).contains(right) else { return nil }
            return .ended(run: run, answered: answered, right: right, asked: asked)
        case "live.removed":
            return .removed(run: run)
        default:
            return nil
        }
    }

    /// A trainee's answer to live question `round` of `run`, as one line (sent only once it is stored).
    public static func encodeLiveAnswer(run: String, round: Int, decision: Decision) -> String {
        var wire = Wire("live.answer")
        wire.run = run
        wire.round = round
        wire.decision = decision.token
        return line(wire)
    }

    /// The live answer on `line`: run, round and decision, each checked; nil otherwise.
    public static func decodeLiveAnswer(_ line: some Collection<UInt8>) -> (run: String, round: Int, decision: Decision)? {
        guard let wire = wire(line), wire.t == "live.answer", let run = wire.run, isID(run),
              let round = wire.round, (0...maximumPath).contains(round),
              let decision = wire.decision.flatMap(decision) else { return nil }
        return (run, round, decision)
    }

    /// `control` as one line of the wire.
    public static func encode(_ control: LiveControl) -> String {
        var wire: Wire
        switch control {
        case .start(let scenario, let seconds, let histogramLive):
            wire = Wire("control.start")
            wire.scenario = scenario
            wire.total = seconds
            wire.correct = histogramLive
        case .close: wire = Wire("control.close")
        case .reveal: wire = Wire("control.reveal")
        case .next(let pick):
            wire = Wire("control.next")
            wire.decision = pick?.token
        case .end: wire = Wire("control.end")
        case .remove(let handle):
            wire = Wire("control.remove")
            wire.text = handle
        }
        return line(wire)
    }

    /// The control on `line`, or nil (the server then ignores it).
    public static func decodeControl(_ line: some Collection<UInt8>) -> LiveControl? {
        guard let wire = wire(line) else { return nil }
        switch wire.t {
        case "control.start":
            guard let scenario = wire.scenario, isID(scenario) else { return nil }
            if let seconds = wire.total, !(1...3600).contains(seconds) { return nil }
            return .start(scenario: scenario, seconds: wire.total, histogramLive: wire.correct ?? false)
        case "control.close": return .close
        case "control.reveal": return .reveal
        case "control.next":
            guard let token = wire.decision else { return .next(pick: nil) }
            return decision(token).map { .next(pick: $0) }
        case "control.end": return .end
        case "control.remove":
            guard let handle = wire.text, isID(handle) else { return nil }
            return .remove(handle: handle)
        default: return nil
        }
    }
}
