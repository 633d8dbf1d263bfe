import AllyCore

/// A drill in progress: quick rounds on the weakest and due cards (types and concept answers,
/// picked by ``DrillRule``, the rule `ally drill` follows too), then what improved.
public struct DrillState: Sendable, Equatable {
    /// Where a round is.
    public enum Stage: Sendable, Equatable {
        /// Asking the type (a type card).
        case type
        /// Asking the strategy family, after the type was named.
        case family(named: CustomerType)
        /// Showing a type round's feedback.
        case feedback(named: CustomerType, chosen: StrategyFamily)
        /// Asking a concept question (a concept card).
        case concept
        /// Showing a concept round's feedback.
        case conceptFeedback(chosen: String)
        /// The drill is over: what improved.
        case done
    }

    /// How many rounds a drill has (fewer when the library has fewer cards).
    public static let roundCount = 5
    /// The rounds, in the rule's order.
    public var rounds: [DrillRound]
    /// The round showing.
    public var index = 0
    /// Where the round is.
    public var stage: Stage = .type
    /// The highlighted option; nil until the trainee moves or picks, so a stray Enter answers nothing.
    public var selected: Int?
    /// The answers before the drill.
    public var before: AnswerHistory
    /// The answers given in this drill.
    public var added = AnswerHistory(answers: [])
    /// Rounds answered, and those answered fully right.
    public var played = 0, right = 0
    /// Wall-clock seconds minus the run loop's clock when the drill loaded (to time answers).
    public var wallOffset: Double

    /// A drill over the scenarios of `library` in `language`, picked by ``DrillRule`` from `history`.
    public init(history: DrillHistory, library: TrainingLibrary, language: Language, now: Double) {
        before = AnswerHistory(answers: history.answers, conceptAnswers: history.conceptAnswers)
        wallOffset = history.now - now
        let inLanguage = library.scenarios.filter { $0.language == language }
        // The seed follows the history, so update stays pure and each drill still differs.
        let seed = UInt64(max(0, history.now.rounded())) &+ UInt64(history.answers.count + history.conceptAnswers.count)
        rounds = DrillRule.rounds(
            Self.roundCount, from: inLanguage.isEmpty ? library.scenarios : inLanguage, history: before, now: history.now, seed: seed)
        stage = rounds.first.map(Self.question) ?? .done
    }

    /// The round showing, unless the drill is over.
    public var round: DrillRound? { stage == .done || !rounds.indices.contains(index) ? nil : rounds[index] }

    /// The first question of a round.
    static func question(_ round: DrillRound) -> Stage {
        if case .concept = round.card { return .concept }
        return .type
    }

    /// The options of the question showing, none when no question shows.
    var options: [String] {
        switch (stage, round?.card) {
        case (.type, _): CustomerType.allCases.map(\.rawValue)
        case (.family, _): StrategyFamily.allCases.map(\.rawValue)
        case (.concept, .concept(let kind, _)?): kind.answers
        default: []
        }
    }
}

/// The drill's behaviour.
enum DrillBehaviour {
    static func handle(_ intent: Intent, _ m: inout DrillHost, _ commands: inout [Command]) {
        guard var drill = m.drill else {
            if intent == .back || intent == .confirm { m.screen = .menu }
            return
        }
        let count = drill.options.count
        if let index = App.gradedChoice(intent, selected: &drill.selected, count: count) {
            answer(index, &drill, m.now, &commands)
            m.drill = drill
            return
        }
        if count > 0 {
            // A question is showing: only an answer moves on (Esc still ends the drill).
            if intent == .back { drill.stage = .done }
            m.drill = drill
            return
        }
        switch intent {
        case .confirm:
            // No question showing: the answer's feedback, or the drill's end.
            if drill.stage == .done {
                m.drill = nil
                m.screen = .menu
                return
            } else {
                drill.index += 1
                drill.selected = nil
                drill.stage = drill.index < drill.rounds.count ? DrillState.question(drill.rounds[drill.index]) : .done
            }
        case .back:
            if drill.stage == .done {
                m.drill = nil
                m.screen = .menu
                return
            }
            drill.stage = .done
        default:
            break
        }
        m.drill = drill
    }

    /// Takes option `index` as the answer to the question showing.
    static func answer(_ index: Int, _ drill: inout DrillState, _ now: Double, _ commands: inout [Command]) {
        guard let round = drill.round else { return }
        drill.selected = nil
        let time = now + drill.wallOffset
        switch (drill.stage, round.card) {
        case (.type, .type):
            drill.stage = .family(named: CustomerType.allCases[index])
        case (.family(let named), .type(let truth)):
            let chosen = StrategyFamily.allCases[index]
            let answers = [Answer.identify(named, truth: truth, time: time), Answer.strategy(chosen, truth: truth, time: time)]
            drill.added.answers += answers
            drill.played += 1
            if answers.allSatisfy({ $0.judgement == .right }) { drill.right += 1 }
            commands.append(.recordDrill(answers, scenarioID: round.scenario.id))
            drill.stage = .feedback(named: named, chosen: chosen)
        case (.concept, .concept(let kind, let truth)):
            let chosen = kind.answers[index]
            let answer = ConceptAnswer.drill(kind, chosen: chosen, truth: truth, time: time)
            drill.added.conceptAnswers.append(answer)
            drill.played += 1
            if answer.judgement == .right { drill.right += 1 }
            commands.append(.recordConceptDrill([answer], scenarioID: round.scenario.id))
            drill.stage = .conceptFeedback(chosen: chosen)
        default:
            break
        }
    }
}
