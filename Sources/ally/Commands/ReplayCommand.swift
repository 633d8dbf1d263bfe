import AllyContent
import AllyCore
import AllyStore
import ArgumentParser
import Foundation

/// `ally replay ID`: an attempt step by step, against the scenario text it was played with.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay an attempt step by step: what was chosen, what was ideal, and the feedback.",
        discussion: "Attempt ids are listed by 'ally progress --plain' and 'ally report'.")

    @Argument(help: ArgumentHelp("The attempt's id.", valueName: "attempt-id"))
    var attempt: Int64

    @Option(name: .customLong("store"), help: ArgumentHelp("The progress store (SQLite).", valueName: "path"))
    var storePath: String?

    func run() throws {
        let store = try StoreOptions.check { try Store.open(path: storePath) }
        let stored = try StoreOptions.check { try store.attempt(attempt) }
        // The stored copy of the scenario, not today's file: the replay stays exact after edits.
        let library = ContentLoader.load(texts: [(name: "\(stored.summary.scenarioID).yaml", text: stored.source)])
        guard let scenario = library.scenarios.first else {
            let reason = library.errors.first.map { "\($0)" } ?? "no scenario in it"
            Terminal.error("The scenario text stored with attempt \(attempt) no longer reads (\(reason)); it cannot be replayed.")
            throw ExitCode(1)
        }
        print(Replay.render(stored, scenario: scenario), terminator: "")
    }
}

/// The step-by-step text of a stored attempt.
enum Replay {
    /// Every decision with the prompt it answered, the ideal answer and the feedback; then the score.
    static func render(_ stored: StoredAttempt, scenario: Scenario) -> String {
        let l = scenario.language
        let en = l == .en
        var out: [String] = []
        let summary = stored.summary
        out.append((en ? "Attempt" : "Poging") + " #\(summary.id) · \(summary.trainee) · \(scenario.title) (\(scenario.id))")
        out.append((en ? "Played " : "Gespeeld ") + DateText.utc(summary.startedAt) + " UTC · "
                   + (en ? "content " : "inhoud ") + String(stored.contentHash.prefix(19)))
        out.append("")
        var state = PlayState(scenario: scenario)
        var lastStep: String?
        var number = 0
        for (index, timed) in stored.decisions.enumerated() {
            guard let stepID = state.stepID, let step = scenario.step(stepID) else { break }
            if stepID != lastStep {
                number += 1
                lastStep = stepID
                out.append((en ? "Step " : "Stap ") + "\(number) · \(step.phase.name(in: l)) · \(stepID)")
                out.append("  \(scenario.customer.name): \"\(step.say)\"")
                if !step.cues.isEmpty { out.append("  " + (en ? "Cues: " : "Signalen: ") + step.cues.joined(separator: ", ")) }
            }
            let ideal = idealAnswer(for: state, step: step, language: l)
            let result: (state: PlayState, feedback: Feedback)
            do {
                result = try Engine.apply(timed, to: state, in: scenario)
            } catch {
                out.append("  " + (en ? "Decision \(index + 1) does not fit the stored scenario: \(error)"
                                      : "Beslissing \(index + 1) past niet bij het bewaarde scenario: \(error)"))
                break
            }
            let mark = switch result.feedback.judgement {
            case .right: "✓"
            case .partlyRight: "~"
            case .wrong: "✗"
            case .neutral: "·"
            }
            out.append("  \(mark) " + (en ? "you: " : "u: ") + chosen(timed.decision, step: step, language: l)
                       + "  (\(seconds(timed.seconds)))")
            if let ideal, result.feedback.judgement != .right, result.feedback.judgement != .neutral {
                out.append("    " + (en ? "ideal: " : "ideaal: ") + ideal)
            }
            out.append("    " + result.feedback.message)
            if let change = result.feedback.typeChange {
                out.append("    " + (en ? "The customer turned \(change.from.name(in: l)) → \(change.to.name(in: l))."
                                        : "De klant werd \(change.from.name(in: l)) → \(change.to.name(in: l))."))
            }
            if let ending = result.feedback.ending {
                out.append("")
                out.append("  \(scenario.customer.name): \"\(ending.say)\"")
            }
            state = result.state
        }
        out.append("")
        if let score = Score(state, in: scenario) {
            let ending = state.endingID.flatMap { scenario.ending($0) }
            out.append((en ? "Score " : "Score ") + "\(score.total)/100 · " + (ending?.outcome.name(in: l) ?? ""))
            for part in score.parts where part.value != nil {
                out.append("  \(part.part.name(in: l)): \(Int(part.points.rounded()))/\(Int(part.maximum.rounded()))")
            }
        } else if state.isOver {
            out.append(en ? "Given up: not scored." : "Opgegeven: niet gescoord.")
        } else {
            out.append(en ? "Unfinished: the trainer offers to resume it at this step."
                          : "Onafgerond: de trainer biedt aan hier verder te gaan.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// What the trainee did, in words.
    static func chosen(_ decision: Decision, step: Step, language l: Language) -> String {
        switch decision {
        case .identify(let type): (l == .en ? "named the type " : "noemde het type ") + type.name(in: l)
        case .strategy(let family): (l == .en ? "chose " : "koos ") + family.name(in: l)
        case .reply(let index): step.choices.indices.contains(index) ? "\"\(step.choices[index].text)\"" : "#\(index + 1)"
        case .timeOut: l == .en ? "(waited too long)" : "(te lang gewacht)"
        case .quit: l == .en ? "(left the conversation)" : "(verliet het gesprek)"
        }
    }

    /// The ideal answer to the prompt `state` is at.
    static func idealAnswer(for state: PlayState, step: Step, language l: Language) -> String? {
        switch state.prompt {
        case .identify: state.customerType.name(in: l)
        case .strategy: state.customerType.family.name(in: l)
        case .reply: step.choices.first { $0.quality == step.qualityRange.upperBound }.map { "\"\($0.text)\"" }
        case .none: nil
        }
    }

    private static func seconds(_ value: Double) -> String {
        value < 10 ? "\((value * 10).rounded() / 10) s" : "\(Int(value.rounded())) s"
    }
}
