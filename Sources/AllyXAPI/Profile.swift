import AllyCore

/// Ally's xAPI profile: the fixed IRIs of its activity types and extensions, the same for every
/// school and every `--site` (documented in docs/xapi.md).
///
/// They live under `https://ally.example/xapi`: the `.example` top-level domain is reserved
/// (RFC 2606), so nobody can ever own these names and they can never clash with a school's own.
/// They are identifiers, never fetched.
public enum XAPIProfile {
    /// The profile's IRI, sent as a `category` context activity in every statement.
    public static let id = "https://ally.example/xapi/profile"
    /// The root of the profile's own IRIs.
    static let base = "https://ally.example/xapi"

    /// Activity types: ADL's where one fits, the profile's own for a class.
    public enum ActivityType {
        /// A role-play scenario.
        public static let scenario = "http://adlnet.gov/expapi/activities/simulation"
        /// The course the scenarios belong to: Ally at one site.
        public static let course = "http://adlnet.gov/expapi/activities/course"
        /// A class that played together (the classroom server's session).
        public static let classGroup = XAPIProfile.base + "/activity-types/class"
        /// One question in a scenario (the type, the strategy, a concept).
        public static let interaction = "http://adlnet.gov/expapi/activities/cmi.interaction"
        /// An xAPI profile, as a category activity.
        public static let profile = "http://adlnet.gov/expapi/activities/profile"
    }

    /// Extension IRIs.
    public enum Extension {
        /// Context: the customer's type at the start of the scenario (a `CustomerType` id).
        public static let customerType = XAPIProfile.base + "/extensions/customer-type"
        /// Context: `"true"` when the attempt was played with time limits off.
        public static let untimed = XAPIProfile.base + "/extensions/untimed"
        /// Result: the credit for one part of the score, -1...1 (identification, strategy, conversation, outcome).
        public static func part(_ part: ScorePart) -> String { XAPIProfile.base + "/extensions/score-" + part.rawValue }
    }
}

/// How statements name things: the site (the trainees' accounts' home page, and the base of the
/// activity ids), the pass mark and, in a classroom, the class.
public struct XAPISettings: Sendable, Equatable {
    /// The home page of the system where trainees have their accounts, e.g. `https://school.example/ally`.
    public var homePage: String
    /// The lowest total that counts as passed; nil reports every scored attempt as "completed".
    public var passMark: Int?
    /// The class the attempts were played in, when there was one (the classroom server fills it).
    public var classGroup: String?
    /// The class run's registration (a UUID), when the statements report a class: it stands in
    /// for each attempt's own, so that an LRS sees the class's attempts as one run.
    public var registration: String?
    /// The instructor's account name on ``homePage``, reported as `context.instructor`.
    public var instructor: String?

    /// The home page used when none is configured.
    public static let defaultHomePage = "https://ally.example.org"

    /// Creates settings.
    public init(homePage: String = XAPISettings.defaultHomePage, passMark: Int? = 60, classGroup: String? = nil,
                registration: String? = nil, instructor: String? = nil) {
        self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
        self.passMark = passMark
        self.classGroup = classGroup
        self.registration = registration?.lowercased()
        self.instructor = instructor
    }

    /// Whether `site` can be a home page and the base of activity IRIs: an absolute http(s) URL
    /// with a host, and nothing an IRI may not hold (spaces, quotes, angle brackets, controls).
    public static func isValidSite(_ site: String) -> Bool {
        let lower = site.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return false }
        let rest = site.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, !host.hasPrefix(":"), !host.hasPrefix("."), host.contains(where: \.isLetter) || host.contains(".") else { return false }
        guard !site.contains("?"), !site.contains("#") else { return false }
        return !site.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }
    }

    /// The activity id of a scenario.
    public func activityID(scenario: String) -> String { homePage + "/scenarios/" + scenario }
    /// The activity id of the course: Ally at this site.
    public var courseID: String { homePage }
    /// The activity id of a class.
    public func classID(_ name: String) -> String { homePage + "/classes/" + Self.pathSegment(name) }

    /// `text` with everything but unreserved characters percent-encoded (RFC 3986), for one path segment.
    static func pathSegment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
