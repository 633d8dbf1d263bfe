/// What a drill round asks: a customer's type (from a scenario's opening) or one answer of a
/// concept question (from a step that asks it). Each card has its own Leitner box and mastery.
public enum DrillCard: Sendable, Hashable, Comparable {
    /// Name the type of a customer whose true type is this one (then the strategy).
    case type(CustomerType)
    /// Answer a concept question of this kind whose right answer is this id.
    case concept(ConceptKind, String)

    /// The question kind the card belongs to, as a step's `ask` names it.
    public var question: Question {
        switch self {
        case .type: .identify
        case .concept(let kind, _): Question(rawValue: kind.rawValue)!
        }
    }

    /// The card's name in `language`: the type's name, or the answer's name after its question's.
    public func name(in language: Language) -> String {
        switch self {
        case .type(let type): type.name(in: language)
        case .concept(let kind, let answer): "\(kind.name(in: language)): \(kind.name(of: answer, in: language))"
        }
    }

    /// A fixed order (types in the type list's order, then each kind's answers in theirs) that
    /// reports and tie-breaks can rely on.
    public static func < (a: DrillCard, b: DrillCard) -> Bool { a.rank < b.rank }

    private var rank: (Int, Int) {
        switch self {
        case .type(let type): (0, type.index)
        case .concept(let kind, let answer):
            (1 + ConceptKind.allCases.firstIndex(of: kind)!, kind.answers.firstIndex(of: answer) ?? kind.answers.count)
        }
    }
}

/// One drill round: the card asked and the scenario step whose words pose it.
public struct DrillRound: Sendable, Equatable {
    /// What is asked.
    public var card: DrillCard
    /// The scenario the words come from.
    public var scenario: Scenario
    /// The step shown: the opening for a type, the asking step for a concept.
    public var stepID: String

    /// Creates a round.
    public init(card: DrillCard, scenario: Scenario, stepID: String) {
        self.card = card
        self.scenario = scenario
        self.stepID = stepID
    }

    /// The customer's true type at the start: what a type card asks.
    public var truth: CustomerType { scenario.customer.type }

    /// The step shown (rounds are only made from steps that exist).
    public var step: Step? { scenario.step(stepID) }
}

/// What the trainee has answered so far: the raw material of every card's box and mastery.
public struct AnswerHistory: Sendable, Equatable {
    /// Identify and strategy answers (only identify answers move a type's card).
    public var answers: [Answer]
    /// Concept answers.
    public var conceptAnswers: [ConceptAnswer]

    /// Creates a history.
    public init(answers: [Answer], conceptAnswers: [ConceptAnswer] = []) {
        self.answers = answers
        self.conceptAnswers = conceptAnswers
    }

    /// The concept kinds the trainee has met, in play or in a drill.
    public var kindsMet: Set<ConceptKind> { Set(conceptAnswers.map(\.kind)) }
}

/// The one drill rule, for `ally drill` and the full-screen drill alike: which cards come up, in
/// which order, and from which scenario step.
///
/// The rule (for the README): the deck holds every customer type that opens a scenario in the
/// language, and every answer of a concept question that a step asks, once the trainee has met
/// that kind of question (in a course or a drill), or when the drill is asked for that kind only.
/// Cards due now come before cards not yet due; then the lowest mastery (never met counts as 0);
/// then the lowest Leitner box; then the earliest due; then a seeded shuffle, so a new trainee
/// cannot learn a sequence. The chosen cards are played in a seeded order, each from a step drawn
/// with the same seed. With more rounds than cards the list starts again from the most needed.
public enum DrillRule {
    /// Every card `scenarios` can pose (restricted to `only` when given), with the steps that pose
    /// it, in the library's order.
    public static func deck(_ scenarios: [Scenario], only: Question? = nil, kindsMet: Set<ConceptKind> = []) -> [DrillCard: [(scenario: Scenario, stepID: String)]] {
        var deck: [DrillCard: [(scenario: Scenario, stepID: String)]] = [:]
        for scenario in scenarios {
            if only == nil || only == .identify, scenario.step(scenario.start) != nil {
                deck[.type(scenario.customer.type), default: []].append((scenario, scenario.start))
            }
            for step in scenario.steps {
                for question in step.asks {
                    guard let kind = question.concept, let answer = step.answers[kind] else { continue }
                    guard only.map({ $0 == question }) ?? kindsMet.contains(kind) else { continue }
                    deck[.concept(kind, answer), default: []].append((scenario, step.id))
                }
            }
        }
        return deck
    }

    /// The rounds of a drill of `count` rounds over `scenarios`, from `history` at `now`, the
    /// shuffles drawn from `seed`.
    public static func rounds(
        _ count: Int, from scenarios: [Scenario], history: AnswerHistory, now: Double, seed: UInt64,
        only: Question? = nil
    ) -> [DrillRound] {
        let deck = deck(scenarios, only: only, kindsMet: history.kindsMet)
        var random = SeededGenerator(seed: seed)
        let picked = pick(count, from: Set(deck.keys), history: history, now: now, random: &random)
        return picked.shuffled(using: &random).map { card in
            let source = deck[card]!.randomElement(using: &random)!
            return DrillRound(card: card, scenario: source.scenario, stepID: source.stepID)
        }
    }

    /// Up to `count` cards out of `available`, most needed first (see the rule above).
    public static func pick(
        _ count: Int, from available: Set<DrillCard>, history: AnswerHistory, now: Double,
        random: inout SeededGenerator
    ) -> [DrillCard] {
        guard count > 0, !available.isEmpty else { return [] }
        let mastery = self.mastery(history)
        let cards = SpacedRepetition.cards(history)
        let fresh = LeitnerCard(box: 1, lastSeen: nil, dueAt: 0)
        let tieBreak = Dictionary(uniqueKeysWithValues: available.sorted().shuffled(using: &random).enumerated().map { ($1, $0) })
        let ranked = available.sorted { a, b in
            let ca = cards[a] ?? fresh, cb = cards[b] ?? fresh
            let ka = (ca.isDue(at: now) ? 0 : 1, mastery[a] ?? 0, ca.box, ca.dueAt, tieBreak[a]!)
            let kb = (cb.isDue(at: now) ? 0 : 1, mastery[b] ?? 0, cb.box, cb.dueAt, tieBreak[b]!)
            return ka < kb
        }
        return (0..<count).map { ranked[$0 % ranked.count] }
    }

    /// Mastery of every card met: the types' (``Mastery/byType(_:)``) and the concept answers'
    /// (``ConceptProgress``), one rule each, keyed alike.
    public static func mastery(_ history: AnswerHistory) -> [DrillCard: Double] {
        var out: [DrillCard: Double] = [:]
        for (type, value) in Mastery.byType(history.answers) { out[.type(type)] = value }
        for (kind, byAnswer) in ConceptProgress(history.conceptAnswers).mastery {
            for (answer, value) in byAnswer { out[.concept(kind, answer)] = value }
        }
        return out
    }

    /// Cards whose mastery changed between two histories, with both figures, in card order: what a
    /// drill's summary shows as improved or slipped.
    public static func changes(from before: AnswerHistory, to after: AnswerHistory) -> [(card: DrillCard, before: Double?, after: Double)] {
        let old = mastery(before), new = mastery(after)
        return new.keys.sorted().compactMap { card in
            guard let now = new[card], now != old[card] else { return nil }
            return (card, old[card], now)
        }
    }
}
