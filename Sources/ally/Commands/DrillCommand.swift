import AllyContent
import AllyCore
import AllyStore
import AllyUI
import ArgumentParser
import Foundation

/// `ally drill`: quick rounds on the types and concept answers the trainee is weakest at or that
/// are due again, picked by the one drill rule (``DrillRule``) the full-screen drill follows too.
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

    @Option(help: ArgumentHelp(cli("help.drill.only", ["kinds": ConceptKind.allCases.map(\.rawValue).joined(separator: ", ")]), valueName: "kind"))
    var only: DrillFocus?

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
        let scenarios = library.scenarios.filter { $0.language == language }
        guard !scenarios.isEmpty else {
            Terminal.error(Strings.noOpenings(language))
            throw ExitCode(2)
        }
        var session = DrillSession(trainee: trainee, language: language, scenarios: scenarios, store: store)
        try session.run(rounds: rounds, seed: seed ?? UInt64.random(in: 0...UInt64.max), only: only?.question)
    }
}

/// What `--only` takes: the type question or a concept question.
struct DrillFocus: ExpressibleByArgument {
    /// The question drilled.
    let question: Question

    init?(argument: String) {
        guard let question = Question(rawValue: argument), question != .strategy else { return nil }
        self.question = question
    }

    static var allValueStrings: [String] { ["identify"] + ConceptKind.allCases.map(\.rawValue) }
}

/// One drill session on standard input and output.
struct DrillSession {
    let trainee: String
    let language: Language
    let scenarios: [Scenario]
    let store: Store


    /// Plays `rounds` rounds (fewer if input ends), saving each round's answers as soon as it is over.
    mutating func run(rounds count: Int, seed: UInt64, only: Question?) throws {
        let before = try StoreOptions.check {
            AnswerHistory(answers: try store.answers(trainee: trainee), conceptAnswers: try store.conceptAnswers(trainee: trainee))
        }
        let rounds = DrillRule.rounds(count, from: scenarios, history: before, now: Date().timeIntervalSince1970, seed: seed, only: only)
        guard !rounds.isEmpty else {
            Output.line(language.text("drill.nothing"))
            return
        }
        Output.line(language.text("drill.intro", ["trainee": trainee, "count": rounds.count]))
        var played = 0
        var right = 0
        for (index, round) in rounds.enumerated() {
            guard let step = round.step else { continue }
            Output.line("")
            Output.line(language.text("drill.round", ["k": index + 1, "n": rounds.count]) + " · \(round.scenario.setting)")
            if case .concept = round.card, let narration = step.narration { Output.line("  " + narration) }
            Output.line("  \(round.scenario.customer.name): “\(step.say)”")
            if !step.cues.isEmpty { Output.line("  " + Strings.cues(language) + ": " + step.cues.joined(separator: " · ")) }
            guard let fullyRight = try (round.card.question == .identify ? typeRound(round) : conceptRound(round, step)) else { break }
            played += 1
            if fullyRight { right += 1 }
        }
        try summarise(before: before, played: played, right: right)
    }

    /// Asks the type, then the strategy; saves both. Whether both were right, nil when the trainee stopped.
    private func typeRound(_ round: DrillRound) throws -> Bool? {
        let truth = round.truth
        let types = CustomerType.allCases
        guard let named = ask(Strings.askIdentify(language), options: types.map { $0.name(in: language) }) else { return nil }
        let identify = Answer.identify(types[named], truth: truth, time: Date().timeIntervalSince1970)
        Output.line("  " + judge(identify.judgement) + " " + DrillText.identifyFeedback(named: types[named], truth: truth, language))
        let families = StrategyFamily.allCases
        guard let chosen = ask(Strings.askStrategy(language), options: families.map { $0.name(in: language) }) else {
            try StoreOptions.check { try store.recordDrill(trainee: trainee, scenarioID: round.scenario.id, answers: [identify]) }
            return nil
        }
        let strategy = Answer.strategy(families[chosen], truth: truth, time: Date().timeIntervalSince1970)
        Output.line("  " + judge(strategy.judgement) + " " + DrillText.strategyFeedback(chosen: families[chosen], truth: truth, language))
        try StoreOptions.check { try store.recordDrill(trainee: trainee, scenarioID: round.scenario.id, answers: [identify, strategy]) }
        return identify.judgement == .right && strategy.judgement == .right
    }

    /// Asks a concept question and saves the answer. Whether it was right, nil when the trainee stopped.
    private func conceptRound(_ round: DrillRound, _ step: Step) throws -> Bool? {
        guard case .concept(let kind, let truth) = round.card else { return nil }
        let options = kind.answers.map { "\(kind.name(of: $0, in: language)) (\(kind.reminder(of: $0, in: language)))" }
        guard let index = ask(kind.question(in: language), options: options) else { return nil }
        let answer = ConceptAnswer.drill(kind, chosen: kind.answers[index], truth: truth, time: Date().timeIntervalSince1970)
        Output.line("  " + judge(answer.judgement) + " "
            + DrillText.conceptFeedback(kind: kind, chosen: kind.answers[index], truth: truth, step: step, language))
        try StoreOptions.check { try store.recordConceptDrill(trainee: trainee, scenarioID: round.scenario.id, answers: [answer]) }
        return answer.judgement == .right
    }

    /// What improved, and what slipped.
    private func summarise(before: AnswerHistory, played: Int, right: Int) throws {
        let after = try StoreOptions.check {
            AnswerHistory(answers: try store.answers(trainee: trainee), conceptAnswers: try store.conceptAnswers(trainee: trainee))
        }
        let changes = DrillRule.changes(from: before, to: after)
        Output.line("")
        Output.line(Strings.drillDone(played, right)(language))
        let improved = changes.filter { $0.after > ($0.before ?? 0) }
        if improved.isEmpty {
            Output.line(Strings.nothingImproved(language))
        } else {
            Output.line(Strings.improved(language))
            for change in improved {
                let from = change.before.map { "\(Int(($0 * 100).rounded()))%" } ?? Strings.new(language)
                Output.line("  \(change.card.name(in: language)): \(from) → \(Int((change.after * 100).rounded()))%")
            }
        }
        for change in changes where change.after < (change.before ?? 0) {
            Output.line("  " + Strings.slipped(language) + ": " + "\(change.card.name(in: language)) \(Int(((change.before ?? 0) * 100).rounded()))% → \(Int((change.after * 100).rounded()))%")
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

    private func judge(_ judgement: Feedback.Judgement) -> String { judgement.verdict(language) + ":" }
}
