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
        abstract: "Replay an attempt step by step: what was chosen, what was ideal, and the feedback.",
        discussion: "Attempt ids are listed by 'ally progress --plain' and 'ally report'.")

    @Argument(help: ArgumentHelp("The attempt's id.", valueName: "attempt-id"))
    var attempt: Int64

    @OptionGroup var storeOption: StoreOption

    func run() throws {
        let store = try storeOption.open(readOnly: true)
        let stored = try StoreOptions.check { try store.attempt(attempt) }
        // The stored copy of the scenario, not today's file: the replay stays exact after edits.
        let library = ContentLoader.load(texts: [(name: "\(stored.summary.scenarioID).yaml", text: stored.source)])
        guard let scenario = library.scenarios.first else {
            let reason = library.errors.first.map { "\($0)" } ?? "no scenario in it"
            Terminal.error("The scenario text stored with attempt \(attempt) no longer reads (\(reason)); it cannot be replayed.")
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
        let en = l == .en
        var out: [String] = []
        let summary = stored.summary
        out.append((en ? "Attempt" : "Poging") + " #\(summary.id) · \(summary.trainee) · \(scenario.title) (\(scenario.id))")
        out.append((en ? "Played " : "Gespeeld ") + DateText.utc(summary.startedAt) + " UTC · "
                   + (en ? "content " : "inhoud ") + String(stored.contentHash.prefix(19)))
        out.append("")
        // The trainer's replay, every decision in turn: one replay for the screen and this command.
        let replay = AttemptReplay(scenario: scenario, decisions: stored.decisions)
        out += ReplayDocument.build(replay, language: l, width: PlainPlayer.width).text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let state = replay.final
        if Score(state, in: scenario) == nil {
            out.append("")
            out.append(state.isOver ? (en ? "Given up: not scored." : "Opgegeven: niet gescoord.")
                                    : (en ? "Unfinished: the trainer offers to resume it at this step."
                                          : "Onafgerond: de trainer biedt aan hier verder te gaan."))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
