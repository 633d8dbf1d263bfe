import AllyContent
import AllyCore
import AllyStore
import AllyUI
import ArgumentParser
import Foundation

/// `ally replay ID`: an attempt step by step, against the scenario text it was played with.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: cli("help.replay.abstract"),
        discussion: cli("help.replay.discussion"))

    @Argument(help: ArgumentHelp(cli("help.replay.attempt"), valueName: "attempt-id"))
    var attempt: Int64

    @OptionGroup var storeOption: StoreOption

    func run() throws {
        let store = try storeOption.open(readOnly: true)
        let stored = try StoreOptions.check { try store.attempt(attempt) }
        // The stored copy of the scenario, not today's file: the replay stays exact after edits.
        let library = ContentLoader.load(texts: [(name: "\(stored.summary.scenarioID).yaml", text: stored.source)])
        guard let scenario = library.scenarios.first else {
            let reason = library.errors.first.map { $0.description(in: CommandLanguage.current) } ?? cli("cli.noScenarioInIt")
            Terminal.error(cli("cli.cannotReplay", ["attempt": attempt, "reason": reason]))
            throw ExitCode(1)
        }
        Output.write(Replay.render(stored, scenario: scenario))
    }
}

/// The step-by-step text of a stored attempt.
enum Replay {
    /// Every decision with the prompt it answered, the ideal answer and the feedback; then the score.
    static func render(_ stored: StoredAttempt, scenario: Scenario) -> String {
        let l = scenario.language
        var out: [String] = []
        let summary = stored.summary
        out.append(l.text("replay.attempt", ["id": summary.id]) + " · \(summary.trainee) · \(scenario.title) (\(scenario.id))")
        out.append(l.text("replay.played", ["time": DateText.utc(summary.startedAt) + " UTC", "hash": String(stored.contentHash.prefix(19))]))
        out.append("")
        let replay = AttemptReplay(scenario: scenario, decisions: stored.decisions)
        for item in replay.decisions {
            let step = item.step
            if item.startsStep {
                out.append(Strings.replayStep(item.stepNumber, step.phase.name(in: l))(l) + " · \(step.id)")
                out.append("  \(scenario.customer.name): “\(step.say)”")
                if !step.cues.isEmpty { out.append("  " + Strings.cues(scenario.language) + ": " + step.cues.joined(separator: " · ")) }
            }
            out.append("  \(item.feedback.judgement.mark) " + Strings.replayYou(l).lowercased() + ": " + item.chosen
                       + "  (\(seconds(item.timed.seconds)))")
            if AttemptReplay.showsIdeal(item), let ideal = item.ideal {
                out.append("    " + Strings.ideal(l).lowercased() + ": " + ideal)
            }
            out.append("    " + item.feedback.message)
            if let change = item.feedback.typeChange {
                // The trainer's sentence, as the full-screen replay and the debrief say it.
                out.append("    ⇄ " + Strings.typeChange(scenario.customer.name, to: change.to.name(in: l), from: change.from.name(in: l))(l))
            }
            if let closing = item.feedback.closing {
                out.append("")
                if let narration = closing.narration { out.append("  " + narration) }
                out.append("  \(scenario.customer.name): “\(closing.say)”")
            }
        }
        if let index = replay.misfitIndex, let error = replay.misfitReason {
            out.append("  " + l.text("replay.misfit", ["number": index + 1, "reason": error]))
        }
        let state = replay.final
        out.append("")
        if let score = Score(state, in: scenario) {
            out.append(Strings.finalScore(score.total, score.outcome.name(in: l))(l))
            for part in score.parts where part.value != nil {
                out.append("  \(part.part.name(in: l)): \(Int(part.points.rounded()))/\(Int(part.maximum.rounded()))")
            }
        } else if state.isOver {
            out.append(l.text("replay.givenUp"))
        } else {
            out.append(l.text("replay.unfinished"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func seconds(_ value: Double) -> String {
        value < 10 ? "\((value * 10).rounded() / 10) s" : "\(Int(value.rounded())) s"
    }
}
