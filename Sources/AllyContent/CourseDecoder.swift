import AllyCore

/// Where a decoded course's library-wide facts sit in its file, for the linter's messages.
struct CourseSource: Sendable {
    var course: Course
    var file: String
    var idMark: Mark
    var translationMark: Mark?
    /// The position of each entry of `scenarios`, in order.
    var scenarioMarks: [Mark]
}

/// Decodes a `*.course.yaml` file: an ordered playlist of scenario ids.
enum CourseDecoder {
    static let keys = ["id", "language", "translation", "title", "description", "scenarios"]
    static let required = ["id", "language", "title", "scenarios"]

    /// The course, or `nil` when the file has an error.
    static func decode(_ root: YAMLNode, _ d: inout FileDecoder) -> CourseSource? {
        guard let f = d.fields(root, Localized("content.word.course"), known: keys, required: required) else { return nil }
        let id = f["id"].flatMap { d.id($0) }
        let language = f["language"].flatMap { d.name($0, Localized("content.word.language"), as: Language.self) }
        let translation = f["translation"].flatMap { d.id($0) }
        let title = f["title"].flatMap { d.text($0) }
        let description = f["description"].flatMap { d.text($0) }
        var scenarios: [String] = []
        var marks: [Mark] = []
        if let node = f["scenarios"], let items = d.list(node, Localized("content.word.scenarioIds")) {
            if items.isEmpty { d.error(node.mark, Localized("content.courseWithoutScenarios")) }
            for item in items {
                guard let scenario = d.id(item) else { continue }
                if let i = scenarios.firstIndex(of: scenario) {
                    d.warning(item.mark, Localized("content.scenarioTwiceInCourse", ["scenario": scenario, "value1": marks[i].text]))
                }
                scenarios.append(scenario)
                marks.append(item.mark)
            }
        }
        guard !d.hasErrors, let id, let language, let title, let idNode = f["id"] else { return nil }
        let course = Course(id: id, language: language, translation: translation, title: title, description: description, scenarios: scenarios)
        return CourseSource(course: course, file: d.file, idMark: idNode.mark, translationMark: f["translation"]?.mark, scenarioMarks: marks)
    }
}

/// Decodes `scoring.yaml`: the relative weights of the four score parts.
enum ScoringDecoder {
    /// The weights, or `nil` when the file has an error.
    static func decode(_ root: YAMLNode, _ d: inout FileDecoder) -> ScoringWeights? {
        guard let f = d.fields(root, Localized("content.yamlKey", ["key": "scoring"]), known: ["weights"], required: []) else { return nil }
        var weights = ScoringWeights.standard
        guard let node = f["weights"] else { return weights }
        let names = ScorePart.allCases.map(\.rawValue)
        guard let w = d.fields(node, Localized("content.yamlKey", ["key": "weights"]), known: names, required: []) else { return nil }
        for part in ScorePart.allCases {
            guard let value = w[part.rawValue].flatMap({ d.number($0, 0...1000, Localized("content.word.weight")) }) else { continue }
            switch part {
            case .identification: weights.identification = value
            case .strategy: weights.strategy = value
            case .conversation: weights.conversation = value
            case .outcome: weights.outcome = value
            case .concepts: weights.concepts = value
            }
        }
        // Concept questions are in few scenarios: the others must still be able to score.
        if ScorePart.allCases.filter({ $0 != .concepts }).allSatisfy({ weights[$0] == 0 }) {
            d.error(node.mark, Localized("content.allWeightsZero"))
        }
        return d.hasErrors ? nil : weights
    }
}
