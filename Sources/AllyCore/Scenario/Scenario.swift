/// One role-play scenario: a customer, the steps of the conversation and its endings.
public struct Scenario: Sendable, Equatable, Identifiable {
    /// Unique across the library, e.g. `garage-lease-brakes-en`.
    public var id: String
    /// The language the scenario is written in.
    public var language: Language
    /// The id of the same scenario in the other language, if any.
    public var translation: String?
    /// A short title for menus.
    public var title: String
    /// Where it happens, e.g. "Car dealer's workshop"; the browser filters on it.
    public var setting: String
    /// 1 (easy) to 3 (hard).
    public var difficulty: Int
    /// One line that sets the scene.
    public var summary: String?
    /// Free labels such as `complaint-handling`.
    public var tags: [String]
    /// The customer at the start.
    public var customer: Customer
    /// The id of the first step.
    public var start: String { didSet { graph = Graph(self) } }
    /// The steps in file order.
    public var steps: [Step] { didSet { graph = Graph(self) } }
    /// The endings in file order.
    public var endings: [Ending] { didSet { graph = Graph(self) } }
    /// Lookups and figures derived from the steps, rebuilt on every change: a search through the
    /// steps at every move made a long scenario quadratic to play.
    private var graph = Graph.empty

    /// Creates a scenario.
    public init(
        id: String, language: Language, translation: String? = nil, title: String, setting: String,
        difficulty: Int = 1, summary: String? = nil, tags: [String] = [], customer: Customer,
        start: String, steps: [Step], endings: [Ending]
    ) {
        self.id = id
        self.language = language
        self.translation = translation
        self.title = title
        self.setting = setting
        self.difficulty = difficulty
        self.summary = summary
        self.tags = tags
        self.customer = customer
        self.start = start
        self.steps = steps
        self.endings = endings
        graph = Graph(self)
    }

    /// Whether some step has a time limit (the browser marks such scenarios).
    public var isTimed: Bool { steps.contains { $0.timeLimit != nil } }

    /// The step with `id`, if there is one (the first, should the id be declared twice).
    public func step(_ id: String) -> Step? { graph.steps[id].map { steps[$0] } }

    /// The ending with `id`, if there is one (the first, should the id be declared twice).
    public func ending(_ id: String) -> Ending? { graph.endings[id].map { endings[$0] } }

    /// The number of decisions on the longest path from the start.
    ///
    /// A path that comes back to a step on it stops there, so a loop counts once.
    public var decisionCount: Int { graph.decisionCount }

    /// The number of decisions on the longest path from step `id`, that step's included (0 for
    /// a step the start does not reach).
    public func decisionsLeft(from id: String) -> Int {
        graph.steps[id].map { max(0, graph.longest[$0]) } ?? 0
    }

    /// The replies a trainee at `state` has given plus the most still to come: the n of
    /// "decision k of n", which shrinks as branches close and is reached at the ending.
    public func decisionTotal(at state: PlayState) -> Int {
        state.repliesGiven + (state.stepID.map(decisionsLeft(from:)) ?? 0)
    }
}

extension Scenario {
    /// Where each id sits and the longest path, computed once per change of the steps.
    fileprivate struct Graph: Sendable, Equatable {
        var steps: [String: Int]
        var endings: [String: Int]
        var decisionCount: Int
        /// The longest path from each step, in file order (0 where the start does not reach).
        var longest: [Int] = []

        static let empty = Graph(steps: [:], endings: [:], decisionCount: 0)

        init(steps: [String: Int], endings: [String: Int], decisionCount: Int) {
            self.steps = steps
            self.endings = endings
            self.decisionCount = decisionCount
        }

        init(_ scenario: Scenario) {
            var steps: [String: Int] = [:]
            for (index, step) in scenario.steps.enumerated() where steps[step.id] == nil { steps[step.id] = index }
            var endings: [String: Int] = [:]
            for (index, ending) in scenario.endings.enumerated() where endings[ending.id] == nil { endings[ending.id] = index }
            self.init(steps: steps, endings: endings, decisionCount: 0)
            longest = longestPaths(scenario)
            decisionCount = self.steps[scenario.start].map { longest[$0] } ?? 0
        }

        /// The longest path in steps from each step the start reaches, by one depth-first walk with
        /// an explicit stack (a recursion per step overflowed the stack on a long chain). An edge back
        /// to a step still on the walk's path counts as 0, so every step and edge is visited once: linear.
        private func longestPaths(_ scenario: Scenario) -> [Int] {
            var longest = [Int](repeating: 0, count: scenario.steps.count)
            guard let first = steps[scenario.start] else { return longest }
            // 0 not yet seen, -1 on the current path, n > 0 the longest path from the step.
            // A step and how many of its targets have been looked at.
            var stack: [(step: Int, next: Int)] = [(first, 0)]
            longest[first] = -1
            while let (index, next) = stack.last {
                let targets = scenario.steps[index].targets
                if next < targets.count {
                    stack[stack.count - 1].next += 1
                    if let target = steps[targets[next]], longest[target] == 0 {
                        longest[target] = -1
                        stack.append((target, 0))
                    }
                    continue
                }
                stack.removeLast()
                longest[index] = 1 + targets.reduce(0) { deepest, id in
                    max(deepest, steps[id].map { max(0, longest[$0]) } ?? 0)
                }
            }
            return longest
        }
    }
}

/// The customer as the scenario introduces them.
public struct Customer: Sendable, Equatable {
    /// How the customer is addressed, e.g. "Mr de Vries".
    public var name: String
    /// The customer's true type at the start.
    public var type: CustomerType
    /// What the customer expects of the service, 1 to 5.
    public var expectation: Int
    /// The mood at the start, -3 to 3.
    public var mood: Int

    /// Creates a customer.
    public init(name: String, type: CustomerType, expectation: Int = 3, mood: Int = 0) {
        self.name = name
        self.type = type
        self.expectation = expectation
        self.mood = mood
    }
}

/// A question the trainee answers at a step before choosing a reply.
public enum Question: String, CaseIterable, Sendable, Codable, Hashable {
    /// Name the customer's type.
    case identify
    /// Pick the strategy family.
    case strategy
    /// Name this person's role in the decision-making unit.
    case role
    /// Name the service gap behind what is seen.
    case gap
    /// Say how the organisation should handle the complaint.
    case handling
    /// Say what to measure, or whose satisfaction.
    case measure
    /// Name the characteristic of service the best reply serves.
    case dimension
    /// Say what to put right first: the basics (surroundings, help at hand) or a specific.
    case basics
    /// Say what dividing the customers into groups tells the organisation.
    case segment

    /// The framework this question asks about, for the questions beyond the type and the strategy.
    public var concept: ConceptKind? { ConceptKind(rawValue: rawValue) }
}

/// One moment of the conversation: the customer speaks and the trainee decides.
public struct Step: Sendable, Equatable, Identifiable {
    /// Most options a question may offer: one digit key each (1 to 9). The decoder, the schema
    /// (its test holds it to this) and the trainer's keys and layout all follow it.
    public static let maximumChoices = 9

    /// Unique within the scenario.
    public var id: String
    /// The phase of the service sequence this step belongs to.
    public var phase: ServicePhase
    /// What happens before the customer speaks, told by the narrator, if anything.
    public var narration: String?
    /// What the customer says.
    public var say: String
    /// Visible cues to the customer's type.
    public var cues: [String]
    /// The questions asked before the reply, in order.
    public var asks: [Question]
    /// The cue that should have given the type away, shown once the trainee has named it.
    public var clue: String?
    /// The right answer to each concept question this step asks (role, gap, handling, measure, dimension).
    public var answers: [ConceptKind: String]
    /// Why, in the notes' terms, for each concept question: shown with its feedback.
    public var explanations: [ConceptKind: String]
    /// The replies on offer, in display order.
    public var choices: [Choice]
    /// What happens when the trainee waits too long, if the step is timed.
    public var timeLimit: TimeLimit?

    /// Creates a step.
    public init(
        id: String, phase: ServicePhase, narration: String? = nil, say: String, cues: [String] = [], asks: [Question] = [],
        clue: String? = nil, answers: [ConceptKind: String] = [:], explanations: [ConceptKind: String] = [:],
        choices: [Choice], timeLimit: TimeLimit? = nil
    ) {
        self.answers = answers
        self.explanations = explanations
        self.id = id
        self.phase = phase
        self.narration = narration
        self.say = say
        self.cues = cues
        self.asks = asks
        self.clue = clue
        self.choices = choices
        self.timeLimit = timeLimit
    }

    /// Every step or ending id this step can lead to.
    public var targets: [String] {
        choices.map(\.next) + (timeLimit.map { [$0.next] } ?? [])
    }

    /// The qualities on offer here, including the price of waiting.
    public var qualityRange: ClosedRange<Int> {
        let all = choices.map(\.quality) + (timeLimit.map { [$0.quality] } ?? [])
        return (all.min() ?? 0)...(all.max() ?? 0)
    }
}

/// A reply the trainee can give.
public struct Choice: Sendable, Equatable {
    /// The reply's words.
    public var text: String
    /// How good the reply is, -2 to 2.
    public var quality: Int
    /// The SERVQUAL dimensions the reply serves.
    public var servqual: [ServqualDimension]
    /// The change of mood it causes, -3 to 3.
    public var mood: Int
    /// Why it works or does not.
    public var feedback: String?
    /// The step or ending it leads to.
    public var next: String
    /// The type the customer turns into, if any.
    public var becomes: CustomerType?

    /// Creates a choice.
    public init(
        text: String, quality: Int, servqual: [ServqualDimension] = [], mood: Int = 0,
        feedback: String? = nil, next: String, becomes: CustomerType? = nil
    ) {
        self.text = text
        self.quality = quality
        self.servqual = servqual
        self.mood = mood
        self.feedback = feedback
        self.next = next
        self.becomes = becomes
    }
}

/// A step's time limit and what waiting costs.
public struct TimeLimit: Sendable, Equatable {
    /// Seconds the trainee has.
    public var seconds: Int
    /// The step or ending that follows when time runs out.
    public var next: String
    /// The quality of having waited, -2 to 2.
    public var quality: Int
    /// The change of mood waiting causes.
    public var mood: Int
    /// The type the customer turns into, if any.
    public var becomes: CustomerType?
    /// Why waiting had this price.
    public var feedback: String?

    /// Creates a time limit.
    public init(
        seconds: Int, next: String, quality: Int = -2, mood: Int = 0,
        becomes: CustomerType? = nil, feedback: String? = nil
    ) {
        self.seconds = seconds
        self.next = next
        self.quality = quality
        self.mood = mood
        self.becomes = becomes
        self.feedback = feedback
    }
}

/// What the customer does and says at an ending, for one outcome.
public struct EndingText: Sendable, Equatable {
    /// What happens, told by the narrator, if anything.
    public var narration: String?
    /// The customer's last words.
    public var say: String

    /// Creates an ending's text.
    public init(narration: String? = nil, say: String) {
        self.narration = narration
        self.say = say
    }
}

/// How a scenario can end: where the conversation stops, with a text for each outcome it can have.
///
/// The outcome itself is computed from the path (`Satisfaction`); the author writes the words.
public struct Ending: Sendable, Equatable, Identifiable {
    /// Unique within the scenario (shared with step ids).
    public var id: String
    /// The words for each outcome this ending can end in.
    public var texts: [Outcome: EndingText]

    /// Creates an ending.
    public init(id: String, texts: [Outcome: EndingText]) {
        self.id = id
        self.texts = texts
    }

    /// Creates an ending with one text, for one outcome.
    public init(id: String, say: String, outcome: Outcome) {
        self.init(id: id, texts: [outcome: EndingText(say: say)])
    }

    /// The text for `outcome`, or the nearest one written (the checker makes sure the right one is).
    public func text(for outcome: Outcome) -> EndingText {
        if let text = texts[outcome] { return text }
        let byDistance = Outcome.allCases.sorted { abs($0.rank - outcome.rank) < abs($1.rank - outcome.rank) }
        return byDistance.lazy.compactMap { texts[$0] }.first ?? EndingText(say: "")
    }

    /// The outcomes this ending has words for, best first.
    public var outcomes: [Outcome] { Outcome.allCases.filter { texts[$0] != nil } }
}

/// An ordered playlist of scenarios, e.g. for a class session.
public struct Course: Sendable, Equatable, Identifiable {
    /// Unique across the library.
    public var id: String
    /// The course's language.
    public var language: Language
    /// The id of the same course in the other language, if any.
    public var translation: String?
    /// A short title.
    public var title: String
    /// What the course is about.
    public var description: String?
    /// Scenario ids in playing order.
    public var scenarios: [String]

    /// Creates a course.
    public init(
        id: String, language: Language, translation: String? = nil, title: String,
        description: String? = nil, scenarios: [String]
    ) {
        self.id = id
        self.language = language
        self.translation = translation
        self.title = title
        self.description = description
        self.scenarios = scenarios
    }
}
