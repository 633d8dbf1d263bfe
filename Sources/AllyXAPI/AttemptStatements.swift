import AllyCore

/// What the statements of one attempt are made from: its row, its answers and how it stands.
public struct XAPIAttempt: Sendable, Equatable {
    /// The row of the history.
    public var summary: AttemptSummary
    /// The attempt's UUID: the statements' `registration` (unless the settings name a class run's).
    public var uuid: String
    /// The scenario's language, when known.
    public var language: Language?
    /// The score's parts, when scored.
    public var parts: [ScorePart: Double]
    /// The identify and strategy answers, in order (recorded when the attempt finished).
    public var answers: [Answer]
    /// The concept answers, in order.
    public var conceptAnswers: [ConceptAnswer]
    /// When the last decision was committed (the start when there is none): an unfinished attempt's suspension.
    public var lastActivity: Double

    /// Creates the material for an attempt's statements.
    public init(
        summary: AttemptSummary, uuid: String, language: Language?, parts: [ScorePart: Double] = [:],
        answers: [Answer] = [], conceptAnswers: [ConceptAnswer] = [], lastActivity: Double
    ) {
        self.summary = summary
        self.uuid = uuid
        self.language = language
        self.parts = parts
        self.answers = answers
        self.conceptAnswers = conceptAnswers
        self.lastActivity = lastActivity
    }
}

extension XAPIStatement {
    /// Every statement of one attempt, in order, all with the attempt's UUID as `registration`
    /// (the class run's, when the settings give one; with the settings' instructor, if any):
    ///
    /// - `initialized` when it started;
    /// - one `answered` per question (type, strategy, concept), a `cmi.interaction` of type
    ///   `choice` with the trainee's `response` and the right answer in `correctResponsesPattern`;
    /// - finished with a score: `passed`/`failed` (or `completed` without a pass mark) with the
    ///   total and its parts, then `terminated`;
    /// - given up: `terminated`, not completed;
    /// - not finished (it can be resumed): `suspended` at its last decision.
    public static func statements(for attempt: XAPIAttempt, settings: XAPISettings) -> [XAPIStatement] {
        let builder = Builder(attempt: attempt, settings: settings)
        let summary = attempt.summary
        var out = [builder.statement("initialized", object: builder.scenario, at: summary.startedAt)]
        for answer in attempt.answers {
            switch answer.question {
            case .identify:
                out.append(builder.answered(
                    "identify", name: { Localized("strings.askIdentify")($0) },
                    choices: CustomerType.allCases.map { type in (type.rawValue, { type.name(in: $0) }) },
                    correct: answer.truth.rawValue, response: answer.named?.rawValue, credit: answer.credit, at: answer.time))
            case .strategy:
                out.append(builder.answered(
                    "strategy", name: { Localized("strings.askStrategy")($0) },
                    choices: StrategyFamily.allCases.map { family in (family.rawValue, { family.name(in: $0) }) },
                    correct: answer.truth.family.rawValue, response: answer.chosen?.rawValue, credit: answer.credit, at: answer.time))
            case .role, .gap, .handling, .measure, .dimension, .basics, .segment:
                continue   // concept questions are stated from the concept answers, which name the right answer
            }
        }
        for answer in attempt.conceptAnswers {
            let kind = answer.kind
            out.append(builder.answered(
                "concept-" + kind.rawValue, name: { kind.name(in: $0) },
                choices: kind.answers.map { id in (id, { kind.name(of: id, in: $0) }) },
                correct: answer.truth, response: answer.chosen, credit: answer.credit, at: answer.time))
        }
        if let finishedAt = summary.finishedAt {
            if let total = summary.total {
                out.append(builder.verdict(total: total, at: finishedAt))
                out.append(builder.statement("terminated", object: builder.scenario, at: finishedAt))
            } else {
                out.append(builder.statement(
                    "terminated", object: builder.scenario, at: finishedAt,
                    result: Result(completion: false, duration: DateText.duration(summary.seconds))))
            }
        } else {
            out.append(builder.statement("suspended", object: builder.scenario, at: attempt.lastActivity, result: Result(completion: false)))
        }
        return out
    }

    /// Builds one attempt's statements.
    private struct Builder {
        let attempt: XAPIAttempt
        let settings: XAPISettings

        var tag: String { attempt.language?.rawValue ?? "en" }

        var scenario: Activity {
            Activity(id: settings.activityID(scenario: attempt.summary.scenarioID),
                     definition: Definition(name: [tag: attempt.summary.title ?? attempt.summary.scenarioID],
                                            type: XAPIProfile.ActivityType.scenario))
        }

        var context: Context {
            let grouping = settings.grouping(languageTag: tag)
            var extensions: [String: String] = [:]
            if let type = attempt.summary.customerType { extensions[XAPIProfile.Extension.customerType] = type.rawValue }
            if attempt.summary.untimed { extensions[XAPIProfile.Extension.untimed] = "true" }
            return Context(
                registration: settings.registration ?? attempt.uuid.lowercased(),
                instructor: settings.instructor.map { Actor(name: $0, account: .init(homePage: settings.homePage, name: $0)) },
                contextActivities: ContextActivities(
                    grouping: grouping,
                    category: [Activity(id: XAPIProfile.id, definition: Definition(type: XAPIProfile.ActivityType.profile))]),
                language: attempt.language?.rawValue,
                extensions: extensions.isEmpty ? nil : extensions)
        }

        /// A statement about the attempt, its id made from everything in it.
        func statement(_ verb: String, object: Activity, at time: Double, result: Result? = nil, parent: Bool = false) -> XAPIStatement {
            var context = self.context
            if parent { context.contextActivities?.parent = [scenario] }
            var statement = XAPIStatement(
                id: "", actor: Actor(name: attempt.summary.trainee, account: .init(homePage: settings.homePage, name: attempt.summary.trainee)),
                verb: Verb(id: XAPIStatement.verbID(verb), display: ["en": verb]), object: object, result: result,
                timestamp: DateText.iso8601(time), context: context)
            // The id names the attempt and the statement's whole content: sending it again never
            // duplicates it, and a statement changed by other settings (site, pass mark, class) is
            // a new statement, never a conflict that stays queued.
            statement.id = StableID.uuid5(
                namespace: StableID.statementNamespace,
                name: "attempt:\(attempt.uuid):" + Digest.hex(Digest.sha256(Array(statement.json()))))
            return statement
        }

        /// A text in every shipped language, as an xAPI language map.
        static func languageMap(_ text: (Language) -> String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: Language.shipped.map { ($0.rawValue, text($0)) })
        }

        /// `answered` for one question of the scenario.
        func answered(
            _ question: String, name: (Language) -> String, choices: [(id: String, name: (Language) -> String)], correct: String,
            response: String?, credit: Double, at time: Double
        ) -> XAPIStatement {
            let object = Activity(
                id: settings.activityID(scenario: attempt.summary.scenarioID) + "/" + question,
                definition: Definition(
                    name: Self.languageMap(name), type: XAPIProfile.ActivityType.interaction, interactionType: "choice",
                    choices: choices.map { Choice(id: $0.id, description: Self.languageMap($0.name)) },
                    correctResponsesPattern: [correct]))
            let result = Result(score: .init(scaled: credit), success: response == correct, response: response ?? "")
            return statement("answered", object: object, at: time, result: result, parent: true)
        }

        /// `passed`, `failed` or `completed`, with the total and its parts.
        func verdict(total: Int, at time: Double) -> XAPIStatement {
            let verb: String
            var success: Bool?
            if let passMark = settings.passMark {
                let passed = Score.passes(total: total, outcome: attempt.summary.outcome, mark: passMark)
                success = passed
                verb = passed ? "passed" : "failed"
            } else {
                verb = "completed"
            }
            var parts: [String: Double] = [:]
            for (part, value) in attempt.parts { parts[XAPIProfile.Extension.part(part)] = value }
            let result = Result(
                score: .init(scaled: Double(total) / 100, raw: Double(total), min: 0, max: 100), success: success,
                completion: true, duration: DateText.duration(attempt.summary.seconds), extensions: parts.isEmpty ? nil : parts)
            return statement(verb, object: scenario, at: time, result: result)
        }
    }
}

extension XAPISettings {
    /// The grouping activities of every statement: Ally's course and, when there is one, the class.
    func grouping(languageTag tag: String) -> [XAPIStatement.Activity] {
        var grouping = [XAPIStatement.Activity(
            id: courseID, definition: .init(name: ["en": "Ally", "nl": "Ally"], type: XAPIProfile.ActivityType.course))]
        if let group = classGroup {
            grouping.append(.init(id: classID(group), definition: .init(name: [tag: group], type: XAPIProfile.ActivityType.classGroup)))
        }
        return grouping
    }
}
