import AllyCore

/// Where a decoded scenario's library-wide facts sit in its file, for the linter's messages.
struct ScenarioSource: Sendable {
    var scenario: Scenario
    var file: String
    var idMark: Mark
    var translationMark: Mark?
}

/// Decodes one scenario file's tree into a `Scenario`, checking every rule that concerns a single file.
enum ScenarioDecoder {
    static let scenarioKeys = ["id", "language", "translation", "title", "setting", "difficulty", "summary", "tags", "customer", "start", "steps", "endings"]
    static let scenarioRequired = ["id", "language", "title", "setting", "customer", "start", "steps", "endings"]
    static let customerKeys = ["name", "type", "expectation", "mood"]
    static let stepKeys = ["phase", "narration", "say", "cues", "ask", "clue", "answers", "explain", "choices", "after"]
    /// Keys of earlier formats, each with what replaces it: known, so the message says what to do.
    static let retiredStepKeys = ["strategy-credit": Localized("content.retiredStrategyCredit")]
    static let retiredEndingKeys = ["say", "outcome"]
    static let choiceKeys = ["text", "quality", "servqual", "mood", "feedback", "next", "becomes"]
    static let afterKeys = ["seconds", "next", "quality", "mood", "becomes", "feedback"]
    static let endingKeys = Outcome.allCases.map(\.rawValue)
    static let endingTextKeys = ["narration", "say"]
    /// Most steps a scenario may have: it bounds what a play holds (its record, the debrief, the
    /// replay), and is far beyond any conversation a trainee would sit through.
    static let maximumSteps = 10_000
    /// Longest time limit, an hour: anything longer is a typo for a shorter one.
    static let maximumSeconds = 3600

    /// The scenario, or `nil` when the file has an error; diagnostics go into `decoder`.
    static func decode(_ root: YAMLNode, _ d: inout FileDecoder) -> ScenarioSource? {
        guard let f = d.fields(root, Localized("content.word.scenario"), known: scenarioKeys, required: scenarioRequired) else { return nil }
        let id = f["id"].flatMap { d.id($0) }
        let language = f["language"].flatMap { d.name($0, Localized("content.word.language"), as: Language.self) }
        let translation = f["translation"].flatMap { d.id($0) }
        let title = f["title"].flatMap { d.text($0) }
        let setting = f["setting"].flatMap { d.text($0) }
        let difficulty = f["difficulty"].map { d.integer($0, 1...3) } ?? 1
        let summary = f["summary"].flatMap { d.text($0) }
        let tags = f["tags"].map { d.textList($0) } ?? []
        let customer = f["customer"].flatMap { decodeCustomer($0, &d) }
        let start = f["start"].flatMap { d.id($0) }
        let steps = f["steps"].map { decodeSteps($0, &d) } ?? []
        let endings = f["endings"].map { decodeEndings($0, &d, steps: steps) } ?? []

        // Ids count as declared even when their entry has an error, so one mistake is reported once.
        // Without both id mappings every reference would look broken; their own error suffices.
        let targets = Targets(ids: declaredIDs(f["steps"]) + declaredIDs(f["endings"]))
        let canCheckTargets = isMapping(f["steps"]) && isMapping(f["endings"])
        if canCheckTargets, let startNode = f["start"], let start {
            targets.check(start, at: startNode.mark, &d)
        }
        for step in steps where canCheckTargets {
            for (choice, mark) in zip(step.step.choices, step.choiceNextMarks) {
                targets.check(choice.next, at: mark, &d)
            }
            if let limit = step.step.timeLimit, let mark = step.afterNextMark {
                targets.check(limit.next, at: mark, &d)
            }
        }
        // The graph of a partly decoded file would mislead: report paths once the rest is right.
        if let start, !d.hasErrors, !steps.isEmpty, !endings.isEmpty {
            checkGraph(start: start, steps: steps, endings: endings, &d)
        }

        guard !d.hasErrors, let id, let language, let title, let setting, let difficulty, let tags,
              let customer, let start, let idNode = f["id"]
        else { return nil }
        let scenario = Scenario(
            id: id, language: language, translation: translation, title: title, setting: setting,
            difficulty: difficulty, summary: summary, tags: tags, customer: customer, start: start,
            steps: steps.map(\.step), endings: endings.map(\.ending))
        let marks = ["id", "title", "summary", "tags"].reduce(into: [String: Mark]()) { $0[$1] = f[$1]?.mark }
        GiveawayLint.check(scenario, steps: steps, endings: endings, marks: marks, &d)
        guard !d.hasErrors else { return nil }
        return ScenarioSource(scenario: scenario, file: d.file, idMark: idNode.mark, translationMark: f["translation"]?.mark)
    }

    private static func decodeCustomer(_ node: YAMLNode, _ d: inout FileDecoder) -> Customer? {
        guard let f = d.fields(node, Localized("content.word.customer"), known: customerKeys, required: ["name", "type"]) else { return nil }
        let name = f["name"].flatMap { d.text($0) }
        let type = f["type"].flatMap { d.name($0, Localized("content.word.customerType"), as: CustomerType.self) }
        let expectation = f["expectation"].map { d.integer($0, 1...5) } ?? 3
        let mood = f["mood"].map { d.integer($0, -3...3) } ?? 0
        guard let name, let type, let expectation, let mood else { return nil }
        return Customer(name: name, type: type, expectation: expectation, mood: mood)
    }

    /// A decoded step with the positions its checks need.
    struct StepSource {
        var step: Step
        var idMark: Mark
        var choiceNextMarks: [Mark]
        var afterNextMark: Mark?
    }

    /// A decoded ending with the positions of its id and of each outcome's text.
    struct EndingSource {
        var ending: Ending
        var idMark: Mark
        var textMarks: [Outcome: Mark]
    }

    private static func decodeSteps(_ node: YAMLNode, _ d: inout FileDecoder) -> [StepSource] {
        guard let mapping = d.idMapping(node, Localized("content.yamlKey", ["key": "steps"])) else { return [] }
        if mapping.entries.isEmpty { d.error(node.mark, Localized("content.noSteps")) }
        if mapping.entries.count > maximumSteps {
            d.error(node.mark, Localized("content.tooManySteps", ["maximumSteps": maximumSteps, "count": mapping.entries.count]))
        }
        var steps: [StepSource] = []
        var firstMarks: [String: Mark] = [:]
        for (key, value) in mapping.entries {
            guard d.id(.scalar(key)) != nil else { continue }
            if let first = firstMarks[key.value] {
                d.error(key.mark, Localized("content.duplicateStep", ["value": key.value, "text": first.text]))
                continue
            }
            firstMarks[key.value] = key.mark
            if let step = decodeStep(key, value, &d) { steps.append(step) }
        }
        return steps
    }

    private static func decodeStep(_ key: YAMLScalar, _ node: YAMLNode, _ d: inout FileDecoder) -> StepSource? {
        // Built only for a message: most steps have none.
        let what = { Localized("content.step", ["id": key.value]) }
        guard let f = d.fields(node, what(), known: stepKeys + retiredStepKeys.keys, required: ["phase", "say", "choices"], owner: key.mark) else { return nil }
        for (retired, instead) in retiredStepKeys {
            if let node = f[retired] { d.error(node.mark, Localized("content.retiredKey", ["retired": retired, "instead": instead])) }
        }
        let phase = f["phase"].flatMap { d.name($0, Localized("content.word.phase"), as: ServicePhase.self) }
        // Absent (nil) is fine; present but broken (.some(nil)) has already been reported.
        let narration: String?? = f["narration"].map { d.text($0) }
        let say = f["say"].flatMap { d.text($0) }
        let cues = f["cues"].map { d.textList($0) } ?? []
        let asks = f["ask"].map { d.nameList($0, Localized("content.word.question"), plural: Localized("content.questions", ["names": Question.allCases.map(\.rawValue).joined(separator: ", ")]), as: Question.self) } ?? []
        let clue = f["clue"].map { d.text($0) }
        let answers = f["answers"].map { decodeAnswers($0, &d) } ?? [:]
        let explanations = f["explain"].map { decodeExplanations($0, &d) } ?? [:]
        if let asks, let answers {
            for kind in asks.compactMap(\.concept) where answers[kind] == nil {
                let choices = kind.answers.joined(separator: ", ")
                d.error(f["ask"]?.mark, Localized("content.asksWithoutAnswer", ["what": what(), "kind": kind.rawValue, "choices": choices]))
            }
            for kind in answers.keys where !asks.contains(where: { $0.concept == kind }) {
                d.warning(f["answers"]?.mark, Localized("content.answersWithoutAsking", ["what": what(), "kind": kind.rawValue]))
            }
        }
        if let asks, let explanations {
            for kind in explanations.keys where !asks.contains(where: { $0.concept == kind }) {
                d.warning(f["explain"]?.mark, Localized("content.explainsWithoutAsking", ["what": what(), "kind": kind.rawValue]))
            }
        }
        var choices: [Choice] = []
        var nextMarks: [Mark] = []
        if let node = f["choices"], let items = d.list(node, Localized("content.yamlKey", ["key": "choices"])) {
            if items.isEmpty || items.count > Step.maximumChoices {
                d.error(node.mark, Localized("content.choiceCount", ["maximumChoices": Step.maximumChoices, "count": items.count]))
            }
            for item in items {
                guard let (choice, mark) = decodeChoice(item, &d) else { continue }
                choices.append(choice)
                nextMarks.append(mark)
            }
        }
        var limit: TimeLimit?
        var afterNextMark: Mark?
        if let node = f["after"] {
            (limit, afterNextMark) = decodeAfter(node, &d) ?? (nil, nil)
        }
        if clue != nil, asks?.contains(.identify) == false {
            d.warning(f["clue"]?.mark, Localized("content.clueWithoutIdentify", ["what": what()]))
        }
        guard let phase, let say, let cues, let asks, !choices.isEmpty, narration != .some(nil), clue != .some(nil),
              let answers, let explanations else { return nil }
        let step = Step(
            id: key.value, phase: phase, narration: narration.flatMap { $0 }, say: say, cues: cues, asks: asks,
            clue: clue.flatMap { $0 }, answers: answers, explanations: explanations, choices: choices, timeLimit: limit)
        return StepSource(step: step, idMark: key.mark, choiceNextMarks: nextMarks, afterNextMark: afterNextMark)
    }

    /// `answers: {role: decider, gap: delivery}`: the right answer to each concept question.
    private static func decodeAnswers(_ node: YAMLNode, _ d: inout FileDecoder) -> [ConceptKind: String]? {
        guard case .mapping(let mapping) = node else {
            d.error(node.mark, Localized("content.expectedAnswers", ["kindDescription": node.kindDescription]))
            return nil
        }
        var answers: [ConceptKind: String] = [:]
        var ok = true
        for (key, value) in mapping.entries {
            guard let kind = d.name(.scalar(key), Localized("content.word.conceptQuestion"), as: ConceptKind.self) else { ok = false; continue }
            guard let answer = d.text(value) else { ok = false; continue }
            guard kind.answers.contains(answer) else {
                d.error(value.mark, Localized("content.unknownAnswer", ["rawValue": kind.rawValue, "answer": answer, "hint": didYouMean(answer, among: kind.answers), "value2": kind.answers.joined(separator: ", ")]))
                ok = false
                continue
            }
            answers[kind] = answer
        }
        return ok ? answers : nil
    }

    /// `explain: {role: "…"}`: why each concept question's answer is right, in the notes' terms.
    private static func decodeExplanations(_ node: YAMLNode, _ d: inout FileDecoder) -> [ConceptKind: String]? {
        guard case .mapping(let mapping) = node else {
            d.error(node.mark, Localized("content.expectedExplain", ["kindDescription": node.kindDescription]))
            return nil
        }
        var explanations: [ConceptKind: String] = [:]
        var ok = true
        for (key, value) in mapping.entries {
            guard let kind = d.name(.scalar(key), Localized("content.word.conceptQuestion"), as: ConceptKind.self), let text = d.text(value) else { ok = false; continue }
            explanations[kind] = text
        }
        return ok ? explanations : nil
    }

    private static func decodeChoice(_ node: YAMLNode, _ d: inout FileDecoder) -> (Choice, Mark)? {
        guard let f = d.fields(node, Localized("content.word.choice"), known: choiceKeys, required: ["text", "quality", "next"]) else { return nil }
        let text = f["text"].flatMap { d.text($0) }
        let quality = f["quality"].flatMap { d.integer($0, -2...2) }
        let servqual = f["servqual"].map { d.nameList($0, Localized("content.word.servqualDimension"), plural: Localized("content.word.servqualDimensions"), as: ServqualDimension.self) } ?? []
        let mood = f["mood"].map { d.integer($0, -3...3) } ?? 0
        let feedback = f["feedback"].flatMap { d.text($0) }
        let next = f["next"].flatMap { d.id($0) }
        let becomes = f["becomes"].flatMap { d.name($0, Localized("content.word.customerType"), as: CustomerType.self) }
        if let quality, quality < 2, f["feedback"] == nil {
            d.warning(f.mapping.mark, Localized("content.feedbackMissing", ["quality": quality]))
        }
        guard let text, let quality, let servqual, let mood, let next, let nextNode = f["next"],
              f["feedback"] == nil || feedback != nil, f["becomes"] == nil || becomes != nil
        else { return nil }
        return (Choice(text: text, quality: quality, servqual: servqual, mood: mood, feedback: feedback, next: next, becomes: becomes), nextNode.mark)
    }

    private static func decodeAfter(_ node: YAMLNode, _ d: inout FileDecoder) -> (TimeLimit, Mark)? {
        guard let f = d.fields(node, Localized("content.yamlKey", ["key": "after"]), known: afterKeys, required: ["seconds", "next"]) else { return nil }
        let seconds = f["seconds"].flatMap { d.integer($0, 1...maximumSeconds) }
        let next = f["next"].flatMap { d.id($0) }
        let quality = f["quality"].map { d.integer($0, -2...2) } ?? -2
        let mood = f["mood"].map { d.integer($0, -3...3) } ?? 0
        let becomes = f["becomes"].flatMap { d.name($0, Localized("content.word.customerType"), as: CustomerType.self) }
        let feedback = f["feedback"].flatMap { d.text($0) }
        guard let seconds, let next, let quality, let mood, let nextNode = f["next"],
              f["feedback"] == nil || feedback != nil, f["becomes"] == nil || becomes != nil
        else { return nil }
        return (TimeLimit(seconds: seconds, next: next, quality: quality, mood: mood, becomes: becomes, feedback: feedback), nextNode.mark)
    }

    private static func decodeEndings(_ node: YAMLNode, _ d: inout FileDecoder, steps: [StepSource]) -> [EndingSource] {
        guard let mapping = d.idMapping(node, Localized("content.yamlKey", ["key": "endings"])) else { return [] }
        if mapping.entries.isEmpty { d.error(node.mark, Localized("content.noEndings")) }
        var endings: [EndingSource] = []
        var firstMarks: [String: Mark] = [:]
        let stepMarks = Dictionary(steps.map { ($0.step.id, $0.idMark) }, uniquingKeysWith: { first, _ in first })
        for (key, value) in mapping.entries {
            guard d.id(.scalar(key)) != nil else { continue }
            if let first = firstMarks[key.value] {
                d.error(key.mark, Localized("content.duplicateEnding", ["value": key.value, "text": first.text]))
                continue
            }
            firstMarks[key.value] = key.mark
            if let stepMark = stepMarks[key.value] {
                d.error(key.mark, Localized("content.endingIsStep", ["value": key.value, "text": stepMark.text]))
                continue
            }
            if let (ending, marks) = decodeEnding(key, value, &d) {
                endings.append(EndingSource(ending: ending, idMark: key.mark, textMarks: marks))
            }
        }
        return endings
    }

    /// One ending: a text (`say`, optional `narration`) for each outcome it can end in.
    private static func decodeEnding(_ key: YAMLScalar, _ node: YAMLNode, _ d: inout FileDecoder) -> (Ending, [Outcome: Mark])? {
        let what = { Localized("content.ending", ["id": key.value]) }
        guard let f = d.fields(node, what(), known: endingKeys + retiredEndingKeys, required: [], owner: key.mark) else { return nil }
        if let old = retiredEndingKeys.lazy.compactMap({ f[$0] }).first {
            d.error(old.mark, Localized("content.endingOldForm", ["what": what(), "value1": endingKeys.joined(separator: ", ")]))
            return nil
        }
        var texts: [Outcome: EndingText] = [:]
        var marks: [Outcome: Mark] = [:]
        var ok = true
        for (outcomeKey, value) in f.mapping.entries {
            guard let outcome = Outcome(rawValue: outcomeKey.value) else { continue }
            guard let t = d.fields(value, Localized("content.endingText", ["outcome": outcome.rawValue, "ending": what()]), known: endingTextKeys, required: ["say"], owner: outcomeKey.mark) else { ok = false; continue }
            let say = t["say"].flatMap { d.text($0) }
            let narration: String?? = t["narration"].map { d.text($0) }
            guard let say, narration != .some(nil) else { ok = false; continue }
            texts[outcome] = EndingText(narration: narration.flatMap { $0 }, say: say)
            marks[outcome] = outcomeKey.mark
        }
        if f.mapping.entries.isEmpty {
            d.error(node.mark, Localized("content.endingWithoutText", ["what": what(), "value1": endingKeys.joined(separator: ", ")]))
            ok = false
        }
        guard ok else { return nil }
        return (Ending(id: key.value, texts: texts), marks)
    }

    private static func isMapping(_ node: YAMLNode?) -> Bool {
        if case .mapping? = node { return true }
        return false
    }

    /// The keys of the `steps` or `endings` mapping, whatever their entries hold.
    private static func declaredIDs(_ node: YAMLNode?) -> [String] {
        guard case .mapping(let m)? = node else { return [] }
        return m.entries.map(\.key.value)
    }

    /// `start`, `next` and `after.next` must name a step or an ending of this file.
    private struct Targets {
        var names: [String]
        var known: Set<String>

        init(ids: [String]) {
            names = ids
            known = Set(ids)
        }

        func check(_ target: String, at mark: Mark, _ d: inout FileDecoder) {
            guard !known.contains(target) else { return }
            d.error(mark, Localized("content.unknownTarget", ["target": target, "hint": didYouMean(target, among: names)]))
        }
    }

    /// Unreachable steps (warning) and steps from which no ending can be reached (error).
    private static func checkGraph(start: String, steps: [StepSource], endings: [EndingSource], _ d: inout FileDecoder) {
        var index: [String: Int] = [:]
        for (i, s) in steps.enumerated() { index[s.step.id] = i }

        // Forward from start.
        var reached = Set<String>()
        var work = [start]
        while let id = work.popLast() {
            guard reached.insert(id).inserted, let i = index[id] else { continue }
            work.append(contentsOf: steps[i].step.targets)
        }
        for s in steps where !reached.contains(s.step.id) {
            d.warning(s.idMark, Localized("content.unreachableStep", ["id": s.step.id, "start": start]))
        }
        for e in endings where !reached.contains(e.ending.id) {
            d.warning(e.idMark, Localized("content.unreachableEnding", ["id": e.ending.id, "start": start]))
        }

        // Backward from the endings over reversed edges (linear, even for hostile files).
        var sources: [String: [String]] = [:]
        for s in steps {
            for target in s.step.targets { sources[target, default: []].append(s.step.id) }
        }
        var canEnd = Set<String>()
        work = endings.map(\.ending.id)
        while let id = work.popLast() {
            guard canEnd.insert(id).inserted else { continue }
            work.append(contentsOf: sources[id] ?? [])
        }
        for s in steps where !canEnd.contains(s.step.id) {
            d.error(s.idMark, Localized("content.noWayOut", ["id": s.step.id]))
        }
    }
}
