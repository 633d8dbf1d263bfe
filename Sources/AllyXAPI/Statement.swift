import AllyCore
import Foundation

/// An xAPI statement, as Ally sends it (xAPI 1.0.3; no `version` field, which the spec lets a
/// provider leave to the LRS).
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

    /// One choice of a `choice` interaction.
    public struct Choice: Sendable, Equatable, Codable {
        /// The answer's id, as the response and the correct responses name it.
        public var id: String
        /// Its name per language.
        public var description: LanguageMap
    }

    /// What an activity is.
    public struct Definition: Sendable, Equatable, Codable {
        /// The activity's name per language.
        public var name: LanguageMap?
        /// The activity type IRI.
        public var type: String
        /// `choice` for a question.
        public var interactionType: String?
        /// A question's answers.
        public var choices: [Choice]?
        /// A question's right answer: one choice id.
        public var correctResponsesPattern: [String]?
    }

    /// A scenario, a question, the course, a class or the profile.
    public struct Activity: Sendable, Equatable, Codable {
        /// Always "Activity".
        public var objectType = "Activity"
        /// The activity IRI.
        public var id: String
        /// Its definition.
        public var definition: Definition?
    }

    /// The score and how it ended.
    public struct Result: Sendable, Equatable, Codable {
        /// The score.
        public struct Score: Sendable, Equatable, Codable {
            /// -1...1.
            public var scaled: Double
            /// 0...100, for a scenario's total.
            public var raw: Double?
            /// 0, with `raw`.
            public var min: Double?
            /// 100, with `raw`.
            public var max: Double?
        }
        /// The score (a scenario's total, or a question's credit).
        public var score: Score?
        /// Passed, or answered right.
        public var success: Bool?
        /// Reached an ending.
        public var completion: Bool?
        /// A question's answer: a choice id, empty when time ran out.
        public var response: String?
        /// Time spent deciding, ISO 8601.
        public var duration: String?
        /// The score's parts, keyed by ``XAPIProfile/Extension/part(_:)``.
        public var extensions: [String: Double]?
    }

    /// The activities around the object.
    public struct ContextActivities: Sendable, Equatable, Codable {
        /// The scenario a question belongs to.
        public var parent: [Activity]?
        /// The course and, in a classroom, the class.
        public var grouping: [Activity]?
        /// Ally's xAPI profile.
        public var category: [Activity]?
    }

    /// The attempt, the activities around it, the language and Ally's extensions.
    public struct Context: Sendable, Equatable, Codable {
        /// The attempt's UUID (or the class run's): every statement of one attempt shares it.
        public var registration: String?
        /// The instructor of a class run.
        public var instructor: Actor?
        /// The activities around the object.
        public var contextActivities: ContextActivities?
        /// The scenario's language tag.
        public var language: String?
        /// The customer type and the untimed mark, keyed by ``XAPIProfile/Extension``.
        public var extensions: [String: String]?
    }

    /// A name-based id: the same statement always gets the same id, so a retry never duplicates,
    /// and a statement that differs (other settings) gets another, so the LRS never refuses it as a conflict.
    public var id: String
    /// Who.
    public var actor: Actor
    /// Did what.
    public var verb: Verb
    /// To what.
    public var object: Activity
    /// With what result.
    public var result: Result?
    /// When (ISO 8601, UTC).
    public var timestamp: String
    /// In which attempt, course, class and language.
    public var context: Context

    /// The ADL verb IRI for `name` (initialized, answered, passed, failed, completed, suspended, terminated).
    public static func verbID(_ name: String) -> String { "http://adlnet.gov/expapi/verbs/" + name }

    /// The statement as JSON (sorted keys, so equal statements give equal bytes).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(self)
    }
}
