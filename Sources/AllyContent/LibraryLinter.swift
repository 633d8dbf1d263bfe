import AllyCore

/// Checks that span files: unique ids, translation links, courses naming real scenarios.
struct LibraryLinter {
    var diagnostics: [Diagnostic] = []

    /// Keeps the first of each scenario id (files in path order) and reports the others at both places.
    mutating func uniqueScenarios(_ sources: [ScenarioSource]) -> [ScenarioSource] {
        unique(sources, id: \.scenario.id, file: \.file, mark: \.idMark, what: "scenario")
    }

    /// Keeps the first of each course id and reports the others at both places.
    mutating func uniqueCourses(_ sources: [CourseSource]) -> [CourseSource] {
        unique(sources, id: \.course.id, file: \.file, mark: \.idMark, what: "course")
    }

    private mutating func unique<Source>(_ sources: [Source], id: KeyPath<Source, String>, file: KeyPath<Source, String>, mark: KeyPath<Source, Mark>, what: String) -> [Source] {
        var first: [String: Source] = [:]
        var kept: [Source] = []
        for source in sources {
            let key = source[keyPath: id]
            if let original = first[key] {
                let here = source[keyPath: mark], there = original[keyPath: mark]
                error(source[keyPath: file], here, "duplicate \(what) id '\(key)': already used in \(original[keyPath: file]):\(there.text)")
                error(original[keyPath: file], there, "duplicate \(what) id '\(key)': used again in \(source[keyPath: file]):\(here.text)")
            } else {
                first[key] = source
                kept.append(source)
            }
        }
        return kept
    }

    /// A translation must name an item in the other language whose translation names this one.
    ///
    /// `broken` holds ids declared by files that failed to load: links to them are not reported
    /// again, since the broken file already has its own error.
    mutating func translations(_ links: [TranslationLink], broken: Set<String>) {
        var byID: [String: TranslationLink] = [:]
        for link in links { byID[link.id] = link }
        let ids = links.map(\.id)
        for link in links {
            guard let target = link.translation, let mark = link.translationMark else { continue }
            guard target != link.id else {
                error(link.file, mark, "a \(link.what) cannot be its own translation")
                continue
            }
            guard let other = byID[target] else {
                if !broken.contains(target) {
                    error(link.file, mark, "translation '\(target)' names no \(link.what)\(didYouMean(target, among: ids))")
                }
                continue
            }
            if other.language == link.language {
                error(link.file, mark, "translation '\(target)' is also in '\(link.language.rawValue)'; a translation must be in the other language")
            } else if other.translation != link.id {
                let back = other.translation.map { "'\(target)' names '\($0)' as its translation, not '\(link.id)'" } ?? "'\(target)' has no translation"
                error(link.file, mark, "translation '\(target)' does not link back: \(back)")
            }
        }
    }

    /// Every scenario a course lists must exist.
    mutating func courseScenarios(_ courses: [CourseSource], known: Set<String>, broken: Set<String>) {
        let names = known.sorted()
        for source in courses {
            for (id, mark) in zip(source.course.scenarios, source.scenarioMarks) where !known.contains(id) && !broken.contains(id) {
                error(source.file, mark, "unknown scenario '\(id)'\(didYouMean(id, among: names))")
            }
        }
    }

    private mutating func error(_ file: String, _ mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, severity: .error, message: message))
    }
}

/// The facts a translation check needs, shared by scenarios and courses.
struct TranslationLink {
    var id: String
    var language: Language
    var translation: String?
    var file: String
    var translationMark: Mark?
    var what: String

    init(_ s: ScenarioSource) {
        self.init(id: s.scenario.id, language: s.scenario.language, translation: s.scenario.translation, file: s.file, translationMark: s.translationMark, what: "scenario")
    }

    init(_ c: CourseSource) {
        self.init(id: c.course.id, language: c.course.language, translation: c.course.translation, file: c.file, translationMark: c.translationMark, what: "course")
    }

    init(id: String, language: Language, translation: String?, file: String, translationMark: Mark?, what: String) {
        self.id = id
        self.language = language
        self.translation = translation
        self.file = file
        self.translationMark = translationMark
        self.what = what
    }
}
