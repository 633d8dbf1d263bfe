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
    static let stepKeys = ["phase", "narration", "say", "cues", "ask", "strategy-credit", "choices", "after"]
    static let choiceKeys = ["text", "quality", "servqual", "mood", "feedback", "next", "becomes"]
    static let afterKeys = ["seconds", "next", "quality", "mood", "becomes", "feedback"]
    static let endingKeys = ["say", "outcome"]
    /// Most choices a step may offer: one digit key each.
    static let maximumChoices = 9
    /// Most steps a scenario may have: it bounds what a play holds (its record, the debrief, the
    /// replay), and is far beyond any conversation a trainee would sit through.
    static let maximumSteps = 10_000
    /// Longest time limit, an hour: anything longer is a typo for a shorter one.
    static let maximumSeconds = 3600

    /// The scenario, or `nil` when the file has an error; diagnostics go into `decoder`.
    static func decode(_ root: YAMLNode, _ d: inout FileDecoder) -> ScenarioSource? {
        guard let f = d.fields(root, "scenario", known: scenarioKeys, required: scenarioRequired) else { return nil }
        let id = f["id"].flatMap { d.id($0) }
        let language = f["language"].flatMap { d.name($0, "language", as: Language.self) }
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
        return ScenarioSource(scenario: scenario, file: d.file, idMark: idNode.mark, translationMark: f["translation"]?.mark)
    }

    private static func decodeCustomer(_ node: YAMLNode, _ d: inout FileDecoder) -> Customer? {
        guard let f = d.fields(node, "customer", known: customerKeys, required: ["name", "type"]) else { return nil }
        let name = f["name"].flatMap { d.text($0) }
        let type = f["type"].flatMap { d.name($0, "customer type", as: CustomerType.self) }
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

    /// A decoded ending with the position of its id.
    struct EndingSource {
        var ending: Ending
        var idMark: Mark
    }

    private static func decodeSteps(_ node: YAMLNode, _ d: inout FileDecoder) -> [StepSource] {
        guard let mapping = d.idMapping(node, "steps") else { return [] }
        if mapping.entries.isEmpty { d.error(node.mark, "a scenario needs at least one step") }
        if mapping.entries.count > maximumSteps {
            d.error(node.mark, "a scenario may have at most \(maximumSteps) steps; this one has \(mapping.entries.count)")
        }
        var steps: [StepSource] = []
        var firstMarks: [String: Mark] = [:]
        for (key, value) in mapping.entries {
            guard d.id(.scalar(key)) != nil else { continue }
            if let first = firstMarks[key.value] {
                d.error(key.mark, "duplicate step id '\(key.value)' (first at \(first.text))")
                continue
            }
            firstMarks[key.value] = key.mark
            if let step = decodeStep(key, value, &d) { steps.append(step) }
        }
        return steps
    }

    private static func decodeStep(_ key: YAMLScalar, _ node: YAMLNode, _ d: inout FileDecoder) -> StepSource? {
        let what = "step '\(key.value)'"
        guard let f = d.fields(node, what, known: stepKeys, required: ["phase", "say", "choices"], owner: key.mark) else { return nil }
        let phase = f["phase"].flatMap { d.name($0, "phase", as: ServicePhase.self) }
        // Absent (nil) is fine; present but broken (.some(nil)) has already been reported.
        let narration: String?? = f["narration"].map { d.text($0) }
        let say = f["say"].flatMap { d.text($0) }
        let cues = f["cues"].map { d.textList($0) } ?? []
        let asks = f["ask"].map { d.nameList($0, "question", plural: "questions (identify, strategy)", as: Question.self) } ?? []
        let credit = f["strategy-credit"].map { decodeCredit($0, &d) } ?? [:]
        var choices: [Choice] = []
        var nextMarks: [Mark] = []
        if let node = f["choices"], let items = d.list(node, "choices") {
            if items.isEmpty || items.count > maximumChoices {
                d.error(node.mark, "a step offers 1 to \(maximumChoices) choices, found \(items.count)")
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
        guard let phase, let say, let cues, let asks, let credit, !choices.isEmpty, narration != .some(nil) else { return nil }
        let step = Step(id: key.value, phase: phase, narration: narration.flatMap { $0 }, say: say, cues: cues, asks: asks, strategyCredit: credit, choices: choices, timeLimit: limit)
        return StepSource(step: step, idMark: key.mark, choiceNextMarks: nextMarks, afterNextMark: afterNextMark)
    }

    private static func decodeCredit(_ node: YAMLNode, _ d: inout FileDecoder) -> [StrategyFamily: Double]? {
        guard case .mapping(let mapping) = node else {
            d.error(node.mark, "expected strategy-credit as a mapping from strategy families to credit, found \(node.kindDescription)")
            return nil
        }
        var credit: [StrategyFamily: Double] = [:]
        var ok = true
        for (key, value) in mapping.entries {
            guard let family = d.name(.scalar(key), "strategy family", as: StrategyFamily.self) else { ok = false; continue }
            if credit[family] != nil {
                d.error(key.mark, "duplicate key '\(key.value)'")
                ok = false
            }
            guard let amount = d.number(value, 0...1, "a credit from 0 to 1") else { ok = false; continue }
            credit[family] = amount
        }
        return ok ? credit : nil
    }

    private static func decodeChoice(_ node: YAMLNode, _ d: inout FileDecoder) -> (Choice, Mark)? {
        guard let f = d.fields(node, "choice", known: choiceKeys, required: ["text", "quality", "next"]) else { return nil }
        let text = f["text"].flatMap { d.text($0) }
        let quality = f["quality"].flatMap { d.integer($0, -2...2) }
        let servqual = f["servqual"].map { d.nameList($0, "SERVQUAL dimension", plural: "SERVQUAL dimensions", as: ServqualDimension.self) } ?? []
        let mood = f["mood"].map { d.integer($0, -3...3) } ?? 0
        let feedback = f["feedback"].flatMap { d.text($0) }
        let next = f["next"].flatMap { d.id($0) }
        let becomes = f["becomes"].flatMap { d.name($0, "customer type", as: CustomerType.self) }
        if let quality, quality < 2, f["feedback"] == nil {
            d.warning(f.mapping.mark, "a choice of quality \(quality) (not the best) should have feedback explaining why")
        }
        guard let text, let quality, let servqual, let mood, let next, let nextNode = f["next"],
              f["feedback"] == nil || feedback != nil, f["becomes"] == nil || becomes != nil
        else { return nil }
        return (Choice(text: text, quality: quality, servqual: servqual, mood: mood, feedback: feedback, next: next, becomes: becomes), nextNode.mark)
    }

    private static func decodeAfter(_ node: YAMLNode, _ d: inout FileDecoder) -> (TimeLimit, Mark)? {
        guard let f = d.fields(node, "after", known: afterKeys, required: ["seconds", "next"]) else { return nil }
        let seconds = f["seconds"].flatMap { d.integer($0, 1...maximumSeconds) }
        let next = f["next"].flatMap { d.id($0) }
        let quality = f["quality"].map { d.integer($0, -2...2) } ?? -2
        let mood = f["mood"].map { d.integer($0, -3...3) } ?? 0
        let becomes = f["becomes"].flatMap { d.name($0, "customer type", as: CustomerType.self) }
        let feedback = f["feedback"].flatMap { d.text($0) }
        guard let seconds, let next, let quality, let mood, let nextNode = f["next"],
              f["feedback"] == nil || feedback != nil, f["becomes"] == nil || becomes != nil
        else { return nil }
        return (TimeLimit(seconds: seconds, next: next, quality: quality, mood: mood, becomes: becomes, feedback: feedback), nextNode.mark)
    }

    private static func decodeEndings(_ node: YAMLNode, _ d: inout FileDecoder, steps: [StepSource]) -> [EndingSource] {
        guard let mapping = d.idMapping(node, "endings") else { return [] }
        if mapping.entries.isEmpty { d.error(node.mark, "a scenario needs at least one ending") }
        var endings: [EndingSource] = []
        var firstMarks: [String: Mark] = [:]
        let stepMarks = Dictionary(steps.map { ($0.step.id, $0.idMark) }, uniquingKeysWith: { first, _ in first })
        for (key, value) in mapping.entries {
            guard d.id(.scalar(key)) != nil else { continue }
            if let first = firstMarks[key.value] {
                d.error(key.mark, "duplicate ending id '\(key.value)' (first at \(first.text))")
                continue
            }
            firstMarks[key.value] = key.mark
            if let stepMark = stepMarks[key.value] {
                d.error(key.mark, "ending id '\(key.value)' is already the id of a step (at \(stepMark.text)); steps and endings share one set of ids")
                continue
            }
            guard let f = d.fields(value, "ending '\(key.value)'", known: endingKeys, required: ["say", "outcome"], owner: key.mark) else { continue }
            let say = f["say"].flatMap { d.text($0) }
            let outcome = f["outcome"].flatMap { d.name($0, "outcome", as: Outcome.self) }
            guard let say, let outcome else { continue }
            endings.append(EndingSource(ending: Ending(id: key.value, say: say, outcome: outcome), idMark: key.mark))
        }
        return endings
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
            d.error(mark, "unknown step or ending '\(target)'\(didYouMean(target, among: names))")
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
            d.warning(s.idMark, "step '\(s.step.id)' is unreachable: no path from start '\(start)' leads to it")
        }
        for e in endings where !reached.contains(e.ending.id) {
            d.warning(e.idMark, "ending '\(e.ending.id)' is unreachable: no path from start '\(start)' leads to it")
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
            d.error(s.idMark, "no ending can be reached from step '\(s.step.id)': every path from it loops among steps")
        }
    }
}
