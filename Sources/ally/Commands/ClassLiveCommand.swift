import AllyClassLink
import AllyCore
import AllyReporting
import AllyStore
import AllyTerminal
import ArgumentParser
import Foundation

/// `ally class live`: the class's live runs from its store: per question the distribution of the
/// answers, or per trainee what they answered.
struct ClassLiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: cli("help.classLive.abstract"),
        discussion: cli("help.classLive.discussion"))

    /// What one line of the report is.
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case question, trainee
    }

    /// How the report is written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    @Option(name: .customLong("class"), help: ArgumentHelp(cli("help.class.className"), valueName: "name"))
    var className: String

    @Option(name: .customLong("run"), help: ArgumentHelp(cli("help.classLive.run")))
    var runID: String?

    @Option(help: ArgumentHelp(cli("help.classLive.by")))
    var by: Grouping = .question

    @Option(help: ArgumentHelp(cli("help.classLive.format")))
    var format: Format = .table

    func validate() throws {
        guard HandleRule.isValid(className) else { throw ValidationError(cli("cli.className")) }
    }

    func run() throws {
        let storePath = try ClassFolder.existingStore(of: className)
        let store = try StoreOptions.check { try Store.open(path: storePath, readOnly: true) }
        LiveReport.write(try StoreOptions.check { try store.liveAnswers(run: runID) }, by: by, csv: format == .csv)
    }
}

/// The live runs' report rows, heading first.
enum LiveReport {
    /// Writes the report of `answers`, grouped `by` question or trainee, as CSV or an aligned table.
    static func write(_ answers: [StoredLiveAnswer], by: ClassLiveCommand.Grouping, csv: Bool) {
        let rows = by == .question ? distribution(answers) : perTrainee(answers)
        if csv {
            print(CSV.text(rows), terminator: "")
        } else {
            print(rows.map { $0.map(SafeText.text).joined(separator: "  ") }.joined(separator: "\n"))
        }
    }

    /// Per run and question, how many gave each answer (never who).
    static func distribution(_ answers: [StoredLiveAnswer]) -> [[String]] {
        struct Key: Hashable, Comparable {
            var run: String, round: Int, step: String, answer: String
            static func < (a: Key, b: Key) -> Bool { (a.run, a.round, a.answer) < (b.run, b.round, b.answer) }
        }
        var counts: [Key: Int] = [:]
        for stored in answers {
            counts[Key(run: stored.run, round: stored.answer.round, step: stored.answer.stepID,
                       answer: stored.answer.decision.token), default: 0] += 1
        }
        return [["run", "question", "step", "answer", "count"]]
            + counts.keys.sorted().map { [$0.run, String($0.round + 1), $0.step, $0.answer, String(counts[$0] ?? 0)] }
    }

    /// Each trainee's answers, in run, question and trainee order.
    static func perTrainee(_ answers: [StoredLiveAnswer]) -> [[String]] {
        [["run", "question", "step", "trainee", "answer", "seconds", "counted"]] + answers.map { stored in
            [stored.run, String(stored.answer.round + 1), stored.answer.stepID, stored.trainee, stored.answer.decision.token,
             String(format: "%.1f", stored.answer.seconds), stored.settled ? "yes" : "no"]
        }
    }
}
