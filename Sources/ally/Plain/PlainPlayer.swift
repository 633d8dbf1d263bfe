import AllyContent
import AllyCore
import AllyReporting
import AllyStore
import AllyTerminal
import AllyUI
import Foundation

/// The line-oriented front end: for screen readers, pipes and scripts.
///
/// It reads numbered answers line by line and never needs a terminal; end of input means leaving.
struct PlainPlayer {
    /// Reads the next line of input, or nil at end of input.
    var readLine: () -> String?
    /// Writes one line of output.
    var write: (String) -> Void
    /// Writes the "> " prompt without a newline; nil when input is not a terminal (it would only clutter a log).
    var prompt: ((String) -> Void)?
    /// Seconds since some fixed moment, for the time taken per decision.
    var now: () -> Double
    let strings: PlainStrings

    /// Why a plain session stopped early.
    enum Stop: Error {
        case endOfInput, left
    }

    /// Lets the trainee pick one of `scenarios`, or nil when they leave.
    func pickScenario(from scenarios: [Scenario]) -> Scenario? {
        guard !scenarios.isEmpty else {
            write(strings.noScenarios)
            return nil
        }
        write("")
        write("\(strings.scenarioList):")
        for (index, scenario) in scenarios.enumerated() {
            let stars = String(repeating: "*", count: scenario.difficulty)
            // Titles and numbers only: an id may say what the customer is before the trainee does.
            write("  \(index + 1). \(scenario.title) — \(scenario.setting) [\(stars)]")
        }
        do {
            return scenarios[try ask(strings.pickScenario, count: scenarios.count)]
        } catch {
            report(error)
            return nil
        }
    }

    /// Plays `play` from where it stands to its end and shows the debrief; every decision is
    /// committed to the store before its feedback is shown.
    func play(_ play: RecordedPlay, weights: ScoringWeights) {
        let scenario = play.scenario
        let language = scenario.language
        var shownStep: String?
        write("")
        write("== \(scenario.title) ==")
        write("\(strings.setting): \(scenario.setting)")
        if let summary = scenario.summary { write(summary) }
        write("\(strings.customer): \(scenario.customer.name)")
        while let stepID = play.state.stepID, let step = scenario.step(stepID) {
            if shownStep != stepID {
                shownStep = stepID
                show(step, of: scenario, state: play.state)
            }
            let started = now()
            let decision: Decision
            do {
                switch play.state.prompt {
                case .identify:
                    let types = CustomerType.allCases
                    write("")
                    write(strings.identifyQuestion)
                    for (i, type) in types.enumerated() {
                        write("  \(i + 1). \(type.name(in: language)) — \(type.reminder(in: language))")
                    }
                    decision = .identify(types[try ask(nil, count: types.count)])
                case .strategy:
                    let families = StrategyFamily.allCases
                    write("")
                    write(strings.strategyQuestion)
                    for (i, family) in families.enumerated() {
                        write("  \(i + 1). \(family.name(in: language)) — \(family.summary(in: language))")
                    }
                    decision = .strategy(families[try ask(nil, count: families.count)])
                case .concept(let kind):
                    write("")
                    write(kind.question(in: language))
                    for (i, answer) in kind.answers.enumerated() {
                        write("  \(i + 1). \(kind.name(of: answer, in: language)) — \(kind.reminder(of: answer, in: language))")
                    }
                    decision = .concept(kind, kind.answers[try ask(nil, count: kind.answers.count)])
                case .reply:
                    write("")
                    write(strings.replyQuestion)
                    let order = ReplyOrder.indices(of: step, seed: play.settings.replyOrder)
                    for (i, index) in order.enumerated() { write("  \(i + 1). \(step.choices[index].text)") }
                    decision = .reply(order[try ask(nil, count: order.count)])
                case .none:
                    return
                }
            } catch {
                report(error)
                // Leaving on purpose ends the attempt; end of input (a dropped connection, a script
                // that stops) leaves it unfinished, so the next start can go on where it stopped.
                if error == .left { _ = try? play.decide(TimedDecision(.quit, seconds: now() - started)) }
                return
            }
            do {
                let feedback = try play.decide(TimedDecision(decision, seconds: now() - started))
                write(PlayDocument.feedback(feedback, chosen: PlayDocument.chosen(decision, at: step, language: strings.language),
                                            of: scenario, language: strings.language))
                // (A play without a store said so once, before its first question.)
                if play.hasStore, let problem = play.saveProblem { write(strings.notSaved(problem.text(strings.language))) }
            } catch {
                // The engine refuses only decisions the prompts above never offer.
                write("\(error)")
                return
            }
        }
        // The trainer's debrief, as text: one debrief for both front ends.
        let debrief = DebriefState(scenario: scenario, state: play.state, weights: weights, play: play.settings)
        guard debrief.debrief != nil else { return }
        write("")
        write("== \(strings.debrief) ==")
        write(DebriefDocument.build(debrief, language: strings.language, width: Self.width))
    }

    /// The width plain documents are laid out for: a classic terminal's, less a margin.
    static let width = 78

    /// What the trainee wants done with an attempt left unfinished.
    enum ResumeAnswer: Equatable {
        /// Go on where they left off.
        case resume
        /// Give that attempt up and start afresh.
        case startAgain
        /// Neither, for now (q or end of input): the attempt stays as it is.
        case leave
    }

    /// Asks whether to resume the attempt left unfinished at decision `k`. Only "start again" gives
    /// it up: leaving here (q, end of input) keeps it for the next start, as the README promises.
    func askResume(atDecision k: Int) -> ResumeAnswer {
        write("")
        write(strings.resumeQuestion(k))
        write("  1. \(strings.resume)")
        write("  2. \(strings.startAgain)")
        do {
            return try ask(nil, count: 2) == 0 ? .resume : .startAgain
        } catch {
            write("")
            write(strings.keptUnfinished)
            return .leave
        }
    }

    private func show(_ step: Step, of scenario: Scenario, state: PlayState) {
        write("")
        // n is the most the path can still take (as in the trainer): it ends at n of n on any branch, loops too.
        let n = max(1, scenario.decisionTotal(at: state))
        write("[\(strings.decision(min(state.repliesGiven + 1, n), of: n)) — \(step.phase.name(in: scenario.language))]")
        // The play screen's text of the step: the narration, the customer's words, the cues.
        write(PlayDocument.customer(step, language: strings.language))
        write("\(strings.mood): \(state.mood > 0 ? "+" : "")\(state.mood) \(moodMeter(state.mood))")
        if let limit = step.timeLimit { write(strings.timed(limit.seconds)) }
    }

    /// Writes `spans` wrapped as a plain document, line by line.
    private func write(_ spans: [Span]) {
        var lines = TextLayout.wrap(spans, width: Self.width)
        while lines.last?.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) == true { lines.removeLast() }
        write(Document(lines))
    }

    /// Writes the text of `document`, line by line.
    private func write(_ document: Document) {
        for line in document.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() { write(String(line)) }
    }

    /// Asks until the answer is a number from 1 to `count`; returns its 0-based index.
    private func ask(_ question: String?, count: Int) throws(Stop) -> Int {
        if let question { write(question) }
        while true {
            prompt?("> ")
            guard let line = readLine() else { throw .endOfInput }
            switch NumberedAnswer(line, count: count) {
            case .option(let index): return index
            case .stop: throw .left
            case .invalid: write(strings.invalid(count))
            }
        }
    }

    private func report(_ error: Error) {
        write("")
        write((error as? Stop) == .endOfInput ? strings.endOfInput : strings.left)
    }

    private func moodMeter(_ mood: Int) -> String {
        (-3...3).map { $0 <= mood ? "●" : "○" }.joined()
    }
}
