import AllyCore

/// One trainee's answer to a question of a live class run, as xAPI states it.
public struct XAPILiveAnswer: Sendable, Equatable {
    /// The live run's id (its registration is made from it).
    public var run: String
    /// The trainee's name.
    public var trainee: String
    /// The scenario the class played.
    public var scenarioID: String
    /// The question's number in the run, from 0.
    public var round: Int
    /// The step the question belongs to.
    public var stepID: String
    /// What the trainee answered, as a token (`identify:hostage`, `reply:2`).
    public var response: String
    /// The answers judged right, as tokens.
    public var correct: [String]
    /// The credit the answer earned, -1...1.
    public var credit: Double
    /// When it was answered, in seconds since 1970.
    public var time: Double

    /// Creates a live answer for xAPI.
    public init(run: String, trainee: String, scenarioID: String, round: Int, stepID: String,
                response: String, correct: [String], credit: Double, time: Double) {
        self.run = run
        self.trainee = trainee
        self.scenarioID = scenarioID
        self.round = round
        self.stepID = stepID
        self.response = response
        self.correct = correct
        self.credit = credit
        self.time = time
    }
}

extension XAPIStatement {
    /// The registration of live run `run`: one UUID for every statement of the run, on every host.
    public static func liveRegistration(_ run: String) -> String {
        StableID.uuid5(namespace: StableID.statementNamespace, name: "live-run:" + run)
    }

    /// `answered` for one answer given in a live class run: a `cmi.interaction` choice with the
    /// trainee's response and the right answers, the run as `registration`, the class (and the
    /// instructor) from `settings`. The id is made from the whole statement, as for attempts.
    public static func liveAnswered(_ answer: XAPILiveAnswer, settings: XAPISettings) -> XAPIStatement {
        let grouping = settings.grouping(languageTag: "en")
        let scenario = Activity(id: settings.activityID(scenario: answer.scenarioID),
                                definition: Definition(name: ["en": answer.scenarioID], type: XAPIProfile.ActivityType.scenario))
        let object = Activity(
            id: settings.activityID(scenario: answer.scenarioID) + "/steps/" + answer.stepID + "/live",
            definition: Definition(
                name: ["en": answer.scenarioID + " · " + answer.stepID], type: XAPIProfile.ActivityType.interaction,
                interactionType: "choice", correctResponsesPattern: answer.correct))
        let context = Context(
            registration: liveRegistration(answer.run),
            instructor: settings.instructor.map { Actor(name: $0, account: .init(homePage: settings.homePage, name: $0)) },
            contextActivities: ContextActivities(
                parent: [scenario], grouping: grouping,
                category: [Activity(id: XAPIProfile.id, definition: Definition(type: XAPIProfile.ActivityType.profile))]))
        var statement = XAPIStatement(
            id: "", actor: Actor(name: answer.trainee, account: .init(homePage: settings.homePage, name: answer.trainee)),
            verb: Verb(id: verbID("answered"), display: ["en": "answered"]), object: object,
            result: Result(score: .init(scaled: answer.credit), success: answer.correct.contains(answer.response), response: answer.response),
            timestamp: DateText.iso8601(answer.time), context: context)
        statement.id = StableID.uuid5(
            namespace: StableID.statementNamespace,
            name: "live:\(answer.run):\(answer.trainee):\(answer.round):" + Digest.hex(Digest.sha256(Array(statement.json()))))
        return statement
    }
}
