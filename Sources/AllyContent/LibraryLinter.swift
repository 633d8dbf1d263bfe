import AllyCore

/// Checks that span files: unique ids, translation links, courses naming real scenarios.
struct LibraryLinter {
    var diagnostics: [Diagnostic] = []

    /// Keeps the first of each scenario id (files in path order) and reports the others at both
    /// places; also returns the ids declared more than once.
    mutating func uniqueScenarios(_ sources: [ScenarioSource]) -> (kept: [ScenarioSource], repeated: Set<String>) {
        unique(sources, id: \.scenario.id, file: \.file, mark: \.idMark, what: Localized("content.word.scenario"))
    }

    /// Keeps the first of each course id and reports the others at both places; also returns the
    /// ids declared more than once.
    mutating func uniqueCourses(_ sources: [CourseSource]) -> (kept: [CourseSource], repeated: Set<String>) {
        unique(sources, id: \.course.id, file: \.file, mark: \.idMark, what: Localized("content.word.course"))
    }

    private mutating func unique<Source>(_ sources: [Source], id: KeyPath<Source, String>, file: KeyPath<Source, String>, mark: KeyPath<Source, Mark>, what: Localized) -> (kept: [Source], repeated: Set<String>) {
        var first: [String: Source] = [:]
        var kept: [Source] = []
        var repeated = Set<String>()
        for source in sources {
            let key = source[keyPath: id]
            if let original = first[key] {
                let here = source[keyPath: mark], there = original[keyPath: mark]
                error(source[keyPath: file], here, Localized("content.duplicateID", ["what": what, "key": key, "value1": original[keyPath: file], "text": there.text]))
                error(original[keyPath: file], there, Localized("content.duplicateIDAgain", ["what": what, "key": key, "value1": source[keyPath: file], "text": here.text]))
                repeated.insert(key)
            } else {
                first[key] = source
                kept.append(source)
            }
        }
        return (kept, repeated)
    }

    /// A translation must name an item in the other language whose translation names this one.
    ///
    /// Each mistake is reported once, where it is: links to an id in `unchecked` (declared by a
    /// file that failed to load, or by two files) are not reported, since that file has its own
    /// error; and a link to an item whose own link is wrong (it names nothing, itself, or an item
    /// in its own language) is not reported as one-way, since that item's error is the cause.
    mutating func translations(_ links: [TranslationLink], unchecked: Set<String>) {
        var byID: [String: TranslationLink] = [:]
        for link in links { byID[link.id] = link }
        let ids = links.map(\.id)
        /// What is wrong with a link itself, found once and used twice: to report it, and to keep
        /// quiet about links to it.
        enum Fault { case namesItself, namesNothing, sameLanguage }
        func fault(_ link: TranslationLink) -> Fault? {
            guard let target = link.translation, link.translationMark != nil else { return nil }
            if target == link.id { return .namesItself }
            if unchecked.contains(target) { return nil }
            guard let other = byID[target] else { return .namesNothing }
            return other.language == link.language ? .sameLanguage : nil
        }
        let faults = links.map(fault)
        let wrong = Set(zip(links, faults).compactMap { $1 == nil ? nil : $0.id })
        for (link, fault) in zip(links, faults) {
            guard let target = link.translation, let mark = link.translationMark else { continue }
            switch fault {
            case .namesItself:
                error(link.file, mark, Localized("content.ownTranslation", ["what": link.what]))
            case .namesNothing:
                error(link.file, mark, Localized("content.translationUnknown", ["target": target, "what": link.what, "hint": didYouMean(target, among: ids)]))
            case .sameLanguage:
                error(link.file, mark, Localized("content.translationSameLanguage", ["target": target, "rawValue": link.language.rawValue]))
            case nil:
                guard !unchecked.contains(target), !wrong.contains(target), let other = byID[target], other.translation != link.id else { continue }
                let back = other.translation.map { Localized("content.translationNamesOther", ["target": target, "other": $0, "id": link.id]) }
                    ?? Localized("content.translationMissing", ["target": target])
                error(link.file, mark, Localized("content.translationOneWay", ["target": target, "back": back]))
            }
        }
    }

    /// Every scenario a course lists must exist.
    mutating func courseScenarios(_ courses: [CourseSource], known: Set<String>, broken: Set<String>) {
        let names = known.sorted()
        for source in courses {
            for (id, mark) in zip(source.course.scenarios, source.scenarioMarks) where !known.contains(id) && !broken.contains(id) {
                error(source.file, mark, Localized("content.unknownScenario", ["id": id, "hint": didYouMean(id, among: names)]))
            }
        }
    }

    /// The most the best reply may be the longest, per language: near chance (about 1 in 3 with
    /// three or four replies), far from the 98% a trainee could once play by.
    static let longestBestShare = 0.45

    /// Giveaways only a whole library shows: a tag only one type carries, a course in the answer
    /// list's order, and best replies that are the longest too often. Run only on a library that
    /// has customers of three types or more: a file or two says nothing about these.
    mutating func giveaways(_ sources: [ScenarioSource], courses: [CourseSource]) {
        let types = Set(sources.map(\.scenario.customer.type))
        guard types.count >= 3 else { return }
        var tagTypes: [String: Set<CustomerType>] = [:]
        for source in sources {
            for tag in source.scenario.tags { tagTypes[tag, default: []].insert(source.scenario.customer.type) }
        }
        for source in sources {
            for tag in source.scenario.tags where tagTypes[tag]?.count == 1 {
                warning(source.file, source.idMark, Localized("content.tagGivesTypeAway", ["tag": tag, "rawValue": source.scenario.customer.type.rawValue]))
            }
        }
        let typeOf = Dictionary(sources.map { ($0.scenario.id, $0.scenario.customer.type) }, uniquingKeysWith: { first, _ in first })
        for source in courses {
            let order = source.course.scenarios.compactMap { typeOf[$0] }.map { CustomerType.allCases.firstIndex(of: $0)! }
            if let share = Self.inOrderShare(order), order.count >= 4, share > 0.8 {
                warning(source.file, source.idMark, Localized("content.courseInTypeOrder", ["id": source.course.id, "value1": Int((share * 100).rounded())]))
            }
        }
        for language in Language.allCases {
            oneAnswer(sources.filter { $0.scenario.language == language }, language)
        }
        for language in Language.allCases {
            let inLanguage = sources.filter { $0.scenario.language == language }
            guard let first = inLanguage.first, let share = GiveawayLint.longestBestShare(inLanguage.map(\.scenario)),
                  share > Self.longestBestShare else { continue }
            warning(first.file, Mark(line: 0, column: 0), Localized("content.bestReplyLongest", ["rawValue": language.rawValue, "value1": Int((share * 100).rounded()), "value2": Int(Self.longestBestShare * 100)]))
        }
    }

    /// A concept question asked three times or more whose one answer is right in more than half of
    /// them: a trainee who always gives that answer scores without the skill.
    private mutating func oneAnswer(_ sources: [ScenarioSource], _ language: Language) {
        for kind in ConceptKind.allCases {
            let asking = sources.flatMap { source in
                source.scenario.steps.compactMap { step in step.answers[kind].map { (source, $0) } }
            }
            guard asking.count >= 3 else { continue }
            let counts = Dictionary(asking.map { ($0.1, 1) }, uniquingKeysWith: +)
            guard let (answer, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 > asking.count,
                  let first = asking.first(where: { $0.1 == answer })?.0 else { continue }
            warning(first.file, first.idMark, Localized("content.oneAnswerWins", [
                "language": language.rawValue, "answer": answer, "count": count, "total": asking.count, "kind": kind.rawValue]))
        }
    }

    /// Of the pairs of positions whose types differ, the share in the type list's order; nil without such pairs.
    static func inOrderShare(_ order: [Int]) -> Double? {
        var inOrder = 0, pairs = 0
        for i in order.indices {
            for j in order.indices where j > i && order[i] != order[j] {
                pairs += 1
                if order[i] < order[j] { inOrder += 1 }
            }
        }
        return pairs == 0 ? nil : Double(inOrder) / Double(pairs)
    }

    private mutating func warning(_ file: String, _ mark: Mark, _ message: Localized) {
        diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, severity: .warning, message))
    }

    private mutating func error(_ file: String, _ mark: Mark, _ message: Localized) {
        diagnostics.append(Diagnostic(file: file, line: mark.line, column: mark.column, severity: .error, message))
    }
}

/// The facts a translation check needs, shared by scenarios and courses.
struct TranslationLink {
    var id: String
    var language: Language
    var translation: String?
    var file: String
    var translationMark: Mark?
    var what: Localized

    init(_ s: ScenarioSource) {
        self.init(id: s.scenario.id, language: s.scenario.language, translation: s.scenario.translation, file: s.file, translationMark: s.translationMark, what: Localized("content.word.scenario"))
    }

    init(_ c: CourseSource) {
        self.init(id: c.course.id, language: c.course.language, translation: c.course.translation, file: c.file, translationMark: c.translationMark, what: Localized("content.word.course"))
    }

    init(id: String, language: Language, translation: String?, file: String, translationMark: Mark?, what: Localized) {
        self.id = id
        self.language = language
        self.translation = translation
        self.file = file
        self.translationMark = translationMark
        self.what = what
    }
}
