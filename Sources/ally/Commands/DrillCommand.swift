import AllyContent
import AllyCore
import AllyStore
import AllyUI
import ArgumentParser
import Foundation

/// `ally drill`: quick rounds on the types the trainee is weakest at or that are due again.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Quick rounds: a customer's opening line and cues; name the type, then the strategy.",
        discussion: """
            The rounds pick the customer types that are due again (Leitner boxes: box 1 at once, box 2 \
            after 1 day, 3 after 3, 4 after 7, 5 after 14; an exact answer moves a type up a box, a type \
            of the right family keeps it, a wrong answer sends it back to box 1) and, among those, the \
            ones with the lowest mastery. Every answer is saved before the next question shows.
            """)

    @Option(help: "How many rounds.")
    var rounds: Int = 5

    @OptionGroup var languageOption: LanguageOption

    @Option(help: ArgumentHelp("Seed for choosing among scenarios of a type (for repeatable sessions).", valueName: "n"))
    var seed: UInt64?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard (1...50).contains(rounds) else { throw ValidationError("--rounds takes a number from 1 to 50.") }
    }

    func run() throws {
        let language = languageOption.language
        let library = try contentOptions.load()
        let store = try storeOptions.open()
        let trainee = try storeOptions.trainee(in: store)
        let openings = library.scenarios.filter { $0.language == language && $0.step($0.start) != nil }
        guard !openings.isEmpty else {
            Terminal.error(language == .en ? "There are no scenarios in English to drill with."
                                           : "Er zijn geen Nederlandse scenario's om mee te oefenen.")
            throw ExitCode(2)
        }
        var session = DrillSession(
            trainee: trainee, language: language, openings: openings, store: store,
            random: SeededGenerator(seed: seed ?? UInt64.random(in: 0...UInt64.max)))
        try session.run(rounds: rounds)
    }
}

/// One drill session on standard input and output.
struct DrillSession {
    let trainee: String
    let language: Language
    let openings: [Scenario]
    let store: Store
    var random: SeededGenerator

    private func t(_ en: String, _ nl: String) -> String { language == .en ? en : nl }

    /// Plays `rounds` rounds (fewer if input ends), saving each round's answers as soon as it is over.
    mutating func run(rounds: Int) throws {
        let before = try StoreOptions.check { try store.answers(trainee: trainee) }
        let now = Date().timeIntervalSince1970
        let available = Set(openings.map(\.customer.type))
        // The rule picks which types; the shuffles keep their order from giving the answers away.
        let tieBreak = CustomerType.allCases.shuffled(using: &random)
        let types = DrillSelection.pick(rounds, from: available, answers: before, now: now, tieBreak: tieBreak)
            .shuffled(using: &random)
        Output.line(t("Drill for \(trainee): \(types.count) rounds. Answer with a number and Enter; q stops.",
                "Oefenen voor \(trainee): \(types.count) rondes. Antwoord met een nummer en Enter; q stopt."))
        var played = 0
        var right = 0
        for (index, type) in types.enumerated() {
            let candidates = openings.filter { $0.customer.type == type }
            let scenario = candidates.randomElement(using: &random)!
            let step = scenario.step(scenario.start)!
            Output.line("")
            Output.line(t("Round \(index + 1) of \(types.count)", "Ronde \(index + 1) van \(types.count)") + " · \(scenario.setting)")
            Output.line("  \(scenario.customer.name): “\(step.say)”")
            if !step.cues.isEmpty { Output.line("  " + Strings.cues(language) + ": " + step.cues.joined(separator: " · ")) }

            let types = CustomerType.allCases
            guard let named = ask(Strings.askIdentify(language),
                                  options: types.map { $0.name(in: language) }) else { break }
            let identify = Answer.identify(types[named], truth: type, time: Date().timeIntervalSince1970)
            Output.line("  " + judge(identify) + " " + Explanation.identification(named: types[named], truth: type, in: language))

            let families = StrategyFamily.allCases
            guard let chosen = ask(Strings.askStrategy(language),
                                   options: families.map { $0.name(in: language) }) else {
                try save([identify], scenario: scenario)
                break
            }
            let strategy = Answer.strategy(families[chosen], truth: type, time: Date().timeIntervalSince1970)
            Output.line("  " + judge(strategy) + " " + Explanation.strategy(chosen: families[chosen], truth: type, in: language))
            try save([identify, strategy], scenario: scenario)
            played += 1
            if identify.judgement == .right && strategy.judgement == .right { right += 1 }
        }
        try summarise(before: before, played: played, right: right)
    }

    /// Saves a round's answers (committed before the next question shows).
    private func save(_ answers: [Answer], scenario: Scenario) throws {
        try StoreOptions.check { try store.recordDrill(trainee: trainee, scenarioID: scenario.id, answers: answers) }
    }

    /// What improved, and what is due next.
    private func summarise(before: [Answer], played: Int, right: Int) throws {
        let after = try StoreOptions.check { try store.answers(trainee: trainee) }
        let changes = Mastery.changes(from: Mastery.byType(before), to: Mastery.byType(after))
        Output.line("")
        Output.line(t("\(played) round(s), \(right) fully right.", "\(played) ronde(s), \(right) helemaal goed."))
        let improved = changes.filter { $0.after > ($0.before ?? 0) }
        if improved.isEmpty {
            Output.line(t("Nothing improved this time; the same types come back in the next drill.",
                    "Deze keer is niets verbeterd; dezelfde types komen terug in de volgende oefening."))
        } else {
            Output.line(t("What improved:", "Wat is verbeterd:"))
            for change in improved {
                let from = change.before.map { "\(Int(($0 * 100).rounded()))%" } ?? t("new", "nieuw")
                Output.line("  \(change.type.name(in: language)): \(from) → \(Int((change.after * 100).rounded()))%")
            }
        }
        for change in changes where change.after < (change.before ?? 0) {
            Output.line("  " + t("Slipped: ", "Achteruit: ") + "\(change.type.name(in: language)) \(Int(((change.before ?? 0) * 100).rounded()))% → \(Int((change.after * 100).rounded()))%")
        }
    }

    /// Asks a numbered question; nil when the trainee stops (q or end of input).
    private func ask(_ question: String, options: [String]) -> Int? {
        Output.line("  \(question)")
        for (index, option) in options.enumerated() { Output.line("    \(index + 1). \(option)") }
        while true {
            guard let line = readLine(strippingNewline: true) else {
                Output.line(t("End of input: the drill stops here; your answers so far are saved.",
                        "Einde van de invoer: de oefening stopt hier; je antwoorden tot nu toe zijn bewaard."))
                return nil
            }
            switch NumberedAnswer(line, count: options.count, names: options) {
            case .option(let index): return index
            case .stop: return nil
            case .invalid: break
            }
            Output.line("  " + t("Please answer with a number from 1 to \(options.count), or q to stop.",
                           "Antwoord met een nummer van 1 tot en met \(options.count), of q om te stoppen."))
        }
    }

    private func judge(_ answer: Answer) -> String { answer.judgement.verdict(language) + ":" }
}
