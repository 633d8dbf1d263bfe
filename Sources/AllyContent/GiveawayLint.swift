import AllyCore

/// The checks that keep a scenario an assessment: its outcomes follow from the paths, and nothing
/// but the skill answers its questions (not the length of a reply, not a cue's words, not a
/// stage direction, not the id or title).
public enum GiveawayLint {
    /// How many times the mean length of the other replies the best one may be before its length gives it away.
    static let lengthRatio = 1.4

    /// Runs every per-file rule over a scenario that decoded without errors.
    static func check(_ scenario: Scenario, steps: [ScenarioDecoder.StepSource], endings: [ScenarioDecoder.EndingSource], marks: [String: Mark], _ d: inout FileDecoder) {
        let reach = OutcomeReach(scenario)
        outcomes(reach, scenario, endings, &d)
        let language = scenario.language
        let startTypes = Set(reach.typesAt.values.flatMap { $0 }).union([scenario.customer.type])
        for source in steps {
            let step = source.step
            if let ratio = lengthGiveaway(step) {
                d.warning(source.idMark, Localized("content.bestReplyTooLong", ["id": step.id, "value1": formatted(ratio), "value2": formatted(lengthRatio)]))
            }
            if step.id == scenario.start || !step.asks.isEmpty {
                let types = reach.typesAt[step.id] ?? [scenario.customer.type]
                let fields = ([("say", step.say)] + step.cues.map { ("cue", $0) } + (step.narration.map { [("narration", $0)] } ?? []))
                    .map { ($0.0, Giveaway.words(of: $0.1)) }
                for type in CustomerType.allCases where types.contains(type) {
                    for (field, words) in fields {
                        if let word = type.giveaway(inWords: words, language: language) {
                            d.warning(source.idMark, Localized("content.typeWordInText", ["field": field, "id": step.id, "value1": word.replacingOccurrences(of: "*", with: "…"), "rawValue": type.rawValue]))
                        }
                    }
                }
            }
            for (kind, answer) in step.answers {
                let names = Language.allCases.map { kind.name(of: answer, in: $0) }
                let fields = [("say", step.say)] + step.cues.map { ("cue", $0) } + (step.narration.map { [("narration", $0)] } ?? [])
                for (field, text) in fields {
                    let words = Giveaway.words(of: text)
                    if let name = names.first(where: { Giveaway.matches($0, words) }) {
                        d.warning(source.idMark, Localized("content.conceptAnswerInText", ["field": field, "id": step.id, "name": name, "rawValue": kind.rawValue]))
                    }
                }
            }
            if let direction = StageDirection.find(in: step.say) {
                d.warning(source.idMark, Localized("content.stageDirectionInSay", ["id": step.id, "direction": direction]))
            }
            for (index, choice) in step.choices.enumerated() {
                if let direction = StageDirection.find(in: choice.text) {
                    d.warning(source.choiceNextMarks[index], Localized("content.stageDirectionInReply", ["value1": index + 1, "id": step.id, "direction": direction]))
                }
                if let becomes = choice.becomes, !isExplained(becomes, from: reach.typesAt[step.id] ?? [], feedback: choice.feedback, language) {
                    d.warning(source.choiceNextMarks[index], Localized("content.typeChangeUnexplained", ["value1": index + 1, "id": step.id, "rawValue": becomes.rawValue]))
                }
            }
        }
        for (field, text) in [("id", scenario.id), ("title", scenario.title), ("summary", scenario.summary ?? "")] {
            let words = Giveaway.words(of: field == "id" ? text.replacingOccurrences(of: "-", with: " ") : text)
            for type in CustomerType.allCases where startTypes.contains(type) {
                if let word = Self.naming(type, in: words, language) {
                    d.warning(marks[field], Localized("content.typeNamedInScenario", ["field": field, "word": word]))
                }
            }
        }
    }

    /// The ratio of the best reply's length to the others' mean, when it is above `lengthRatio`.
    static func lengthGiveaway(_ step: Step) -> Double? {
        let best = step.choices.map(\.quality).max() ?? 0
        let top = step.choices.filter { $0.quality == best }.map(\.text.count)
        let others = step.choices.filter { $0.quality < best }.map(\.text.count)
        guard let longest = top.max(), !others.isEmpty else { return nil }
        let ratio = Double(longest) / (Double(others.reduce(0, +)) / Double(others.count))
        return ratio > lengthRatio ? ratio : nil
    }

    /// Whether the best reply of `step` is strictly the longest: the library's summary counts these.
    static func bestIsLongest(_ step: Step) -> Bool? {
        let best = step.choices.map(\.quality).max() ?? 0
        guard step.choices.contains(where: { $0.quality < best }) else { return nil }
        let longestBest = step.choices.filter { $0.quality == best }.map(\.text.count).max() ?? 0
        let longestOther = step.choices.filter { $0.quality < best }.map(\.text.count).max() ?? 0
        return longestBest > longestOther
    }

    /// The share of steps (that offer a worse reply) whose best reply is strictly the longest; nil without such steps.
    public static func longestBestShare(_ scenarios: [Scenario]) -> Double? {
        let flags = scenarios.flatMap(\.steps).compactMap(bestIsLongest)
        return flags.isEmpty ? nil : Double(flags.filter { $0 }.count) / Double(flags.count)
    }

    /// Every reachable outcome of an ending needs its words, and every text needs a path that earns it.
    private static func outcomes(_ reach: OutcomeReach, _ scenario: Scenario, _ endings: [ScenarioDecoder.EndingSource], _ d: inout FileDecoder) {
        if reach.isPartial {
            d.warning(nil, Localized("content.tooManyPaths", ["limit": OutcomeReach.limit]))
            return
        }
        for source in endings {
            let ending = source.ending
            let reachable = reach.outcomes(at: ending.id)
            guard !reachable.isEmpty else { continue }  // unreachable endings are reported by the graph check
            for outcome in reachable where ending.texts[outcome] == nil {
                let example = reach.examples[ending.id]?[outcome] ?? []
                d.error(source.idMark, Localized("content.endingTextMissing", ["id": ending.id, "rawValue": outcome.rawValue, "value1": describe(example, scenario)]))
            }
            for outcome in ending.outcomes where !reachable.contains(outcome) {
                let can = reachable.map(\.rawValue).joined(separator: ", ")
                d.error(source.textMarks[outcome], Localized("content.endingTextUnreachable", ["id": ending.id, "rawValue": outcome.rawValue, "can": can]))
            }
        }
    }

    /// A path as `step:reply` pairs, replies numbered as in the file, for messages.
    static func describe(_ path: [PathStep], _ scenario: Scenario) -> String {
        guard !path.isEmpty else { return "(none)" }
        return path.map { "\($0.stepID):" + ($0.choiceIndex.map { String($0 + 1) } ?? "timeout") }.joined(separator: " → ")
    }

    /// Whether a change into `type` is one the customer types describe, or the feedback names the new type.
    private static func isExplained(_ type: CustomerType, from: Set<CustomerType>, feedback: String?, _ language: Language) -> Bool {
        if from.contains(where: { $0 == type || $0.typicalChanges.contains(type) }) { return true }
        guard let feedback else { return false }
        return Giveaway.matches(type.name(in: language), Giveaway.words(of: feedback))
    }

    /// The type's name in either language, or a word of its description, when `words` contain it.
    static func naming(_ type: CustomerType, in words: [Substring], _ language: Language) -> String? {
        let names = [type.rawValue] + Language.allCases.map { type.name(in: $0) }
        return names.first { name in words.contains { $0 == name } } ?? type.giveaway(inWords: words, language: language)
    }

    private static func formatted(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Stage directions inside spoken text: an opening quote, a bracketed or starred aside, or a
/// leading "Calmly:" before the words.
enum StageDirection {
    /// ' " ‘ “ „ «: the quotes that can open a quotation.
    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x22, 0x2018, 0x201C, 0x201E, 0xAB: true
        default: false
        }
    }
    /// Words of manner that, before a colon, direct how a reply is said ("Calmly and firmly:").
    static let mannerWords: Set<String> = [
        "calmly", "firmly", "gently", "coldly", "warmly", "sharply", "kindly", "smiling", "sighing", "politely",
        "softly", "quietly", "loudly", "briskly", "snap", "shrug", "shrugging", "sternly", "curtly", "patiently",
        "kalm", "rustig", "vriendelijk", "beslist", "zachtjes", "glimlachend", "zuchtend", "streng", "bits",
        "kortaf", "koel", "hartelijk", "beleefd", "geduldig", "snauwend", "schouderophalend", "vastberaden",
    ]

    /// The direction found in `text`, quoted for a message, if any.
    ///
    /// By Unicode scalar (every reply of every file passes here; grapheme breaking was most of its cost).
    static func find(in text: String) -> Localized? {
        var previous: Unicode.Scalar = " "
        var openedAside = false
        for scalar in text.unicodeScalars {
            if isOpeningQuote(scalar), previous == " " || previous == ":" || previous == "(" {
                return Localized("content.direction.quote", ["mark": String(scalar)])
            }
            if scalar == "(" || scalar == "*" || scalar == "[" {
                if openedAside { return Localized("content.direction.aside", ["mark": String(scalar)]) }
                openedAside = true
            } else if openedAside, scalar == ")" || scalar == "]" {
                return Localized("content.direction.brackets")
            }
            previous = scalar
        }
        if let colon = text.unicodeScalars.firstIndex(of: ":") {
            let head = Giveaway.words(of: String(text.unicodeScalars[..<colon]))
            if head.count <= 4, let word = head.first(where: { mannerWords.contains(String($0)) }) {
                return Localized("content.direction.manner", ["word": word])
            }
        }
        return nil
    }
}
