import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// `ally-bench library`: the library as tables, and every scenario played along its ideal and worst paths.
struct LibraryReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Tabulate the scenario library and play every scenario along its ideal and its worst path.")

    @Option(help: "The content folder.")
    var content: String = "Content"

    func run() throws {
        let library = ContentLoader.load(from: [URL(fileURLWithPath: content)])
        if library.hasErrors { print("warning: \(library.errors.count) error(s) in the content; run ally check") }
        let scenarios = library.scenarios

        print("## Scenarios per customer type and language\n")
        print("| type | en | nl | settings |")
        print("|---|---|---|---|")
        for type in CustomerType.allCases {
            let of = scenarios.filter { $0.customer.type == type }
            let settings = Set(of.filter { $0.language == .en }.map(\.setting)).sorted().joined(separator: "; ")
            print("| \(type.rawValue) | \(of.filter { $0.language == .en }.count) | \(of.filter { $0.language == .nl }.count) | \(settings) |")
        }
        let complaints = scenarios.filter { $0.tags.contains("complaint-handling") }
        let changing = scenarios.filter { $0.steps.contains { step in step.choices.contains { $0.becomes != nil } || step.timeLimit?.becomes != nil } }
        let timed = scenarios.filter { $0.steps.contains { $0.timeLimit != nil } }
        print("\n\(scenarios.count) scenarios; complaint handling: \(complaints.count); "
            + "with a type change: \(changing.count); with a time limit: \(timed.count); courses: \(library.courses.count)\n")

        print("## Can the score be earned without the skill?\n")
        print("Blind players name the type and strategy rightly; only their replies are blind.\n")
        print("Outcomes as delighted / satisfied / dissatisfied-complaining / dissatisfied-silent.\n")
        print("Each blind player plays every scenario 200 times, in the reply orders of 200 attempts.\n")
        print("| language | best reply is the longest | word classifier (leave-one-out) | always longest | always politest | random | perfect |")
        print("|---|---|---|---|---|---|---|")
        for language in Language.allCases {
            let of = scenarios.filter { $0.language == language }
            let share = GiveawayLint.longestBestShare(of) ?? 0
            let classifier = GiveawayAudit.wordClassifierAccuracy(of)
            func play(_ player: GiveawayAudit.Player) -> String {
                outcomes(of.flatMap { scenario in (1...200).map { GiveawayAudit.outcome(of: player, in: scenario, seed: UInt64($0)) } })
            }
            let (longest, politest, random, perfect) = (play(.longest), play(.politest), play(.random), play(.perfect))
            print("| \(language.rawValue) | \(percent(share)) | \(percent(classifier)) | \(longest) | \(politest) | \(random) | \(perfect) |")
        }
        print("")

        print("## Concepts: trained by a decision, mentioned, absent\n")
        print("Trained: a step asks the question with this as the right answer. Mentioned: its name is in a text")
        print("the trainee reads (for a characteristic of service: a reply is tagged with it). Absent: neither.\n")
        print("| concept | answers | nl trained | nl mentioned | nl absent | en trained | en mentioned | en absent |")
        print("|---|---|---|---|---|---|---|---|")
        let standings = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ConceptCoverage.standings(scenarios, language: $0)) })
        for kind in ConceptKind.allCases {
            var row = "| \(kind.rawValue) | \(kind.answers.count)"
            for language in [Language.nl, .en] {
                for standing in ConceptCoverage.Standing.allCases {
                    let answers = kind.answers.filter { standings[language]?[.concept(kind, $0)] == standing }
                    row += " | \(answers.count)" + (answers.isEmpty || standing == .trained ? "" : " (\(answers.joined(separator: ", ")))")
                }
            }
            print(row + " |")
        }
        print("")

        print("## Ideal and worst paths\n")
        print("| scenario | type | decisions | ideal: score, outcome | worst: score, outcome |")
        print("|---|---|---|---|---|")
        for scenario in scenarios {
            let ideal = play(scenario, Paths.ideal(scenario), answer: true, weights: library.scoringWeights)
            let worst = play(scenario, Paths.worst(scenario), answer: false, weights: library.scoringWeights)
            print("| \(scenario.id) | \(scenario.customer.type.rawValue) | \(Paths.ideal(scenario).count) | \(ideal) | \(worst) |")
        }
    }

    /// Outcomes as shares: delighted / satisfied / complaining / silent.
    private func outcomes(_ list: [Outcome?]) -> String {
        let reached = list.compactMap { $0 }
        guard !reached.isEmpty else { return "–" }
        return Outcome.allCases.map { outcome in percent(Double(reached.filter { $0 == outcome }.count) / Double(reached.count)) }
            .joined(separator: " / ")
    }

    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    private func play(_ scenario: Scenario, _ path: [PathStep], answer: Bool, weights: ScoringWeights) -> String {
        let decisions = Paths.decisions(for: path, in: scenario, answerQuestions: answer).map { TimedDecision($0) }
        guard let state = try? Engine.replay(scenario, decisions), let score = Score(state, in: scenario, weights: weights)
        else { return "does not end" }
        return "\(score.total), \(score.outcome.rawValue)"
    }
}
