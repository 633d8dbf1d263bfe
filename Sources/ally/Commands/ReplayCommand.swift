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
        // The trainer's replay, every decision in turn: one replay for the screen and this command.
        let replay = AttemptReplay(scenario: scenario, decisions: stored.decisions)
        out += ReplayDocument.build(replay, language: l, width: PlainPlayer.width).text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let state = replay.final
        if Score(state, in: scenario) == nil {
            out.append("")
            out.append(l.text(state.isOver ? "replay.givenUp" : "replay.unfinished"))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
