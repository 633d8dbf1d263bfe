import AllyCore

/// How far a library trains each concept of the notes' frameworks: trained by a decision, only
/// mentioned, or absent. The figures of the concept issue's table, and the gate that every concept
/// is trained in each language.
public enum ConceptCoverage {
    /// Where one concept stands in one language.
    public enum Standing: String, Sendable, Equatable, CaseIterable {
        /// A step asks its question with this as the right answer.
        case trained
        /// Not decided, but its name appears in what the trainee reads (or, for a characteristic of
        /// service, a reply is tagged with it and the debrief shows it).
        case mentioned
        /// Neither.
        case absent
    }

    /// The standing of every concept (each answer of each concept question) in `language`.
    public static func standings(_ scenarios: [Scenario], language: Language) -> [DrillCard: Standing] {
        let of = scenarios.filter { $0.language == language }
        var trained: Set<DrillCard> = []
        var tagged: Set<String> = []
        var texts: [String] = []
        for scenario in of {
            texts += [scenario.title, scenario.summary ?? "", scenario.setting]
            for step in scenario.steps {
                for question in step.asks {
                    if let kind = question.concept, let answer = step.answers[kind] { trained.insert(.concept(kind, answer)) }
                }
                texts += [step.narration ?? "", step.say, step.clue ?? "", step.timeLimit?.feedback ?? ""] + step.cues
                    + Array(step.explanations.values)
                for choice in step.choices {
                    texts += [choice.text, choice.feedback ?? ""]
                    tagged.formUnion(choice.servqual.map(\.rawValue))
                }
            }
            for ending in scenario.endings {
                texts += ending.texts.values.flatMap { [$0.narration ?? "", $0.say] }
            }
        }
        let words = Giveaway.words(of: texts.joined(separator: " \n "))
        var out: [DrillCard: Standing] = [:]
        for kind in ConceptKind.allCases {
            for answer in kind.answers {
                let card = DrillCard.concept(kind, answer)
                if trained.contains(card) {
                    out[card] = .trained
                } else if (kind == .dimension && tagged.contains(answer)) || named(kind.name(of: answer, in: language), in: words) {
                    out[card] = .mentioned
                } else {
                    out[card] = .absent
                }
            }
        }
        return out
    }

    /// Whether `name` occurs among `words`, with or without its leading article ("de omgeving", "omgeving").
    static func named(_ name: String, in words: [Substring]) -> Bool {
        let name = name.lowercased()
        let bare = ["the ", "de ", "het "].first { name.hasPrefix($0) }.map { String(name.dropFirst($0.count)) } ?? name
        return Giveaway.matches(name, words) || Giveaway.matches(bare, words)
    }
}
