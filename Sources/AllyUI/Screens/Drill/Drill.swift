import AllyCore

/// One drill round: a customer's opening, whose type is to be named.
public struct DrillRound: Sendable, Equatable {
    /// The scenario whose opening line and cues show.
    public var scenario: Scenario
    /// The customer's true type.
    public var truth: CustomerType
}

/// A drill in progress: quick rounds on the weakest and due types, then what improved.
public struct DrillState: Sendable, Equatable {
    /// Where a round is.
    public enum Stage: Sendable, Equatable {
        /// Asking the type.
        case type
        /// Asking the strategy family, after the type was named.
        case family(named: CustomerType)
        /// Showing the round's feedback.
        case feedback(named: CustomerType, chosen: StrategyFamily)
        /// The drill is over: what improved.
        case done
    }

    /// How many rounds a drill has (fewer when the library has fewer types).
    public static let roundCount = 5
    /// The rounds, most needed types first (order rotated so it does not give answers away).
    public var rounds: [DrillRound]
    /// The round showing.
    public var index = 0
    /// Where the round is.
    public var stage: Stage = .type
    /// The highlighted option; nil until the trainee moves or picks, so a stray Enter answers nothing.
    public var selected: Int?
    /// The answers before the drill.
    public var before: [Answer]
    /// The answers given in this drill.
    public var added: [Answer] = []
    /// Wall-clock seconds minus the run loop's clock when the drill loaded (to time answers).
    public var wallOffset: Double

    /// A drill over the openings of `library` in `language`, picked by ``DrillSelection`` from `history`.
    public init(history: DrillHistory, library: TrainingLibrary, language: Language, now: Double) {
        before = history.answers
        wallOffset = history.now - now
        let inLanguage = library.scenarios.filter { $0.language == language }
        let openings = (inLanguage.isEmpty ? library.scenarios : inLanguage).filter { $0.step($0.start) != nil }
        let available = Set(openings.map(\.customer.type))
        // A fixed rotation instead of a random shuffle keeps update pure; it still varies per drill.
        let shift = history.answers.count % CustomerType.allCases.count
        let tieBreak = Array(CustomerType.allCases[shift...] + CustomerType.allCases[..<shift])
        let types = DrillSelection.pick(Self.roundCount, from: available, answers: history.answers, now: history.now, tieBreak: tieBreak)
        let rotated = types.isEmpty ? [] : Array(types[(shift % types.count)...] + types[..<(shift % types.count)])
        rounds = rotated.enumerated().map { index, type in
            let candidates = openings.filter { $0.customer.type == type }
            return DrillRound(scenario: candidates[(index + shift) % candidates.count], truth: type)
        }
        if rounds.isEmpty { stage = .done }
    }

    /// The round showing, unless the drill is over.
    public var round: DrillRound? { stage == .done || !rounds.indices.contains(index) ? nil : rounds[index] }
}

/// The drill's behaviour.
enum DrillBehaviour {
    static func handle(_ intent: Intent, _ m: inout DrillHost, _ commands: inout [Command]) {
        guard var drill = m.drill else {
            if intent == .back || intent == .confirm { m.screen = .menu }
            return
        }
        let count: Int = switch drill.stage {
        case .type: CustomerType.allCases.count
        case .family: StrategyFamily.allCases.count
        default: 0
        }
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
                drill.stage = drill.index < drill.rounds.count ? .type : .done
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
        switch drill.stage {
        case .type:
            drill.stage = .family(named: CustomerType.allCases[index])
        case .family(let named):
            let chosen = StrategyFamily.allCases[index]
            let time = now + drill.wallOffset
            let answers = [Answer.identify(named, truth: round.truth, time: time), Answer.strategy(chosen, truth: round.truth, time: time)]
            drill.added += answers
            commands.append(.recordDrill(answers, scenarioID: round.scenario.id))
            drill.stage = .feedback(named: named, chosen: chosen)
        default:
            break
        }
    }
}
