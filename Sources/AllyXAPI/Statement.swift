import AllyCore
import Foundation

/// How statements name things: the site's home page (for actor accounts and activity ids) and the pass mark.
public struct XAPISettings: Sendable, Equatable {
    /// The home page of the system where trainees have their accounts, e.g. `https://school.example/ally`.
    public var homePage: String
    /// The lowest total that counts as passed; nil reports every scored attempt as "completed".
    public var passMark: Int?

    /// The home page used when none is configured.
    public static let defaultHomePage = "https://ally.example.org"

    /// Creates settings.
    public init(homePage: String = XAPISettings.defaultHomePage, passMark: Int? = 60) {
        self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
        self.passMark = passMark
    }

    /// The IRI of the customer-type context extension.
    public var customerTypeExtension: String { homePage + "/xapi/extensions/customer-type" }
    /// The IRI of the context extension that marks an attempt played with time limits off.
    public var untimedExtension: String { homePage + "/xapi/extensions/untimed" }

    /// The activity id of a scenario.
    public func activityID(scenario: String) -> String { homePage + "/scenarios/" + scenario }
}

/// An xAPI 1.0.3 statement about one finished attempt.
public struct XAPIStatement: Sendable, Equatable, Codable {
    /// A language map: language tag → text.
    public typealias LanguageMap = [String: String]

    /// The agent who played.
    public struct Actor: Sendable, Equatable, Codable {
        /// An account on a system.
        public struct Account: Sendable, Equatable, Codable {
            /// The system's home page.
            public var homePage: String
            /// The trainee's name on that system.
            public var name: String
        }
        /// Always "Agent".
        public var objectType = "Agent"
        /// The trainee's display name.
        public var name: String
        /// The trainee's account.
        public var account: Account
    }

    /// What happened.
    public struct Verb: Sendable, Equatable, Codable {
        /// The ADL vocabulary IRI.
        public var id: String
        /// The verb's display text.
        public var display: LanguageMap
    }

    /// The scenario as an activity.
    public struct Object: Sendable, Equatable, Codable {
        /// The activity's definition.
        public struct Definition: Sendable, Equatable, Codable {
            /// The scenario's title in its language.
            public var name: LanguageMap
            /// The activity type IRI.
            public var type: String
        }
        /// Always "Activity".
        public var objectType = "Activity"
        /// The activity IRI.
        public var id: String
        /// Its definition.
        public var definition: Definition
    }

    /// The score and how it ended.
    public struct Result: Sendable, Equatable, Codable {
        /// The score on four scales.
        public struct Score: Sendable, Equatable, Codable {
            /// 0...1.
            public var scaled: Double
            /// 0...100.
            public var raw: Double
            /// Always 0.
            public var min: Double
            /// Always 100.
            public var max: Double
        }
        /// The score.
        public var score: Score
        /// Passed (nil when no pass mark is set).
        public var success: Bool?
        /// Reached an ending.
        public var completion: Bool
        /// Time spent deciding, ISO 8601.
        public var duration: String
    }

    /// Where and in which language.
    public struct Context: Sendable, Equatable, Codable {
        /// The scenario's language tag.
        public var language: String?
        /// The customer type, keyed by the extension IRI.
        public var extensions: [String: String]?
    }

    /// A stable id: the same attempt always gives the same id, so a retry never duplicates.
    public var id: String
    /// Who.
    public var actor: Actor
    /// Did what.
    public var verb: Verb
    /// To what.
    public var object: Object
    /// With what result.
    public var result: Result
    /// When it finished (ISO 8601, UTC).
    public var timestamp: String
    /// In which language, with which customer type.
    public var context: Context
    /// The statement's xAPI version.
    public var version = "1.0.3"
}

extension XAPIStatement {
    /// The ADL verb IRI for `name` (passed, failed, completed).
    public static func verbID(_ name: String) -> String { "http://adlnet.gov/expapi/verbs/" + name }

    /// The statement for a finished, scored attempt; nil for an unfinished or given-up attempt.
    public init?(attempt: AttemptSummary, uuid: String, language: Language?, settings: XAPISettings) {
        guard let total = attempt.total, let finishedAt = attempt.finishedAt else { return nil }
        let verb: String
        var success: Bool?
        if let passMark = settings.passMark {
            let passed = Score.passes(total: total, outcome: attempt.outcome, mark: passMark)
            success = passed
            verb = passed ? "passed" : "failed"
        } else {
            verb = "completed"
        }
        let tag = language?.rawValue ?? "en"
        id = StableID.uuid5(namespace: StableID.statementNamespace, name: "attempt:" + uuid)
        actor = Actor(name: attempt.trainee, account: .init(homePage: settings.homePage, name: attempt.trainee))
        self.verb = Verb(id: Self.verbID(verb), display: ["en": verb])
        object = Object(
            id: settings.activityID(scenario: attempt.scenarioID),
            definition: .init(name: [tag: attempt.title ?? attempt.scenarioID],
                              type: "http://adlnet.gov/expapi/activities/simulation"))
        result = Result(
            score: .init(scaled: Double(total) / 100, raw: Double(total), min: 0, max: 100),
            success: success, completion: true, duration: DateText.duration(attempt.seconds))
        timestamp = DateText.iso8601(finishedAt)
        context = Context(
            language: language?.rawValue,
            extensions: Self.extensions(of: attempt, settings))
    }

    /// The customer's type, and a mark when time limits were off (absent otherwise, so statements
    /// of timed attempts read as they always did).
    static func extensions(of attempt: AttemptSummary, _ settings: XAPISettings) -> [String: String]? {
        var extensions: [String: String] = [:]
        if let type = attempt.customerType { extensions[settings.customerTypeExtension] = type.rawValue }
        if attempt.untimed { extensions[settings.untimedExtension] = "true" }
        return extensions.isEmpty ? nil : extensions
    }

    /// The statement as JSON (sorted keys, so equal statements give equal bytes).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(self)
    }
}
