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
        abstract: cli("help.drill.abstract"),
        discussion: cli("help.drill.discussion"))

    @Option(help: ArgumentHelp(cli("help.drill.rounds")))
    var rounds: Int = 5

    @OptionGroup var languageOption: LanguageOption

    @Option(help: ArgumentHelp(cli("help.drill.seed"), valueName: "n"))
    var seed: UInt64?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard (1...50).contains(rounds) else { throw ValidationError(cli("cli.rounds")) }
    }

    func run() throws {
        let language = languageOption.language
        let library = try contentOptions.load()
        let store = try storeOptions.open()
        let trainee = try storeOptions.trainee(in: store)
        // As the full-screen drill: the language's own scenarios, or every one when it has none.
        let inLanguage = library.scenarios.filter { $0.language == language }
        let openings = (inLanguage.isEmpty ? library.scenarios : inLanguage).filter { $0.step($0.start) != nil }
        guard !openings.isEmpty else {
            Terminal.error(Strings.noOpenings(language))
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


    /// Plays `rounds` rounds (fewer if input ends), saving each round's answers as soon as it is over.
    mutating func run(rounds: Int) throws {
        let before = try StoreOptions.check { try store.answers(trainee: trainee) }
        let now = Date().timeIntervalSince1970
        let available = Set(openings.map(\.customer.type))
        // The rule picks which types; the shuffles keep their order from giving the answers away.
        let tieBreak = CustomerType.allCases.shuffled(using: &random)
        let types = DrillSelection.pick(rounds, from: available, answers: before, now: now, tieBreak: tieBreak)
            .shuffled(using: &random)
        Output.line(language.text("drill.intro", ["trainee": trainee, "count": types.count]))
        var played = 0
        var right = 0
        for (index, type) in types.enumerated() {
            let candidates = openings.filter { $0.customer.type == type }
            let scenario = candidates.randomElement(using: &random)!
            let step = scenario.step(scenario.start)!
            Output.line("")
            Output.line(language.text("drill.round", ["k": index + 1, "n": types.count]) + " · \(scenario.setting)")
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
        Output.line(Strings.drillDone(played, right)(language))
        let improved = changes.filter { $0.after > ($0.before ?? 0) }
        if improved.isEmpty {
            Output.line(Strings.nothingImproved(language))
        } else {
            Output.line(Strings.improved(language))
            for change in improved {
                let from = change.before.map { "\(Int(($0 * 100).rounded()))%" } ?? Strings.new(language)
                Output.line("  \(change.type.name(in: language)): \(from) → \(Int((change.after * 100).rounded()))%")
            }
        }
        for change in changes where change.after < (change.before ?? 0) {
            Output.line("  " + Strings.slipped(language) + ": \(change.type.name(in: language)) \(Int(((change.before ?? 0) * 100).rounded()))% → \(Int((change.after * 100).rounded()))%")
        }
    }

    /// Asks a numbered question; nil when the trainee stops (q or end of input).
    private func ask(_ question: String, options: [String]) -> Int? {
        Output.line("  \(question)")
        for (index, option) in options.enumerated() { Output.line("    \(index + 1). \(option)") }
        while true {
            guard let line = readLine(strippingNewline: true) else {
                Output.line(language.text("drill.endOfInput"))
                return nil
            }
            switch NumberedAnswer(line, count: options.count, names: options) {
            case .option(let index): return index
            case .stop: return nil
            case .invalid: break
            }
            Output.line("  " + language.text("drill.invalid", ["count": options.count]))
        }
    }

    private func judge(_ answer: Answer) -> String { answer.judgement.verdict(language) + ":" }
}
