import AllyCore

/// All content loaded from `Content/`: scenarios, courses, scoring weights, and every diagnostic.
///
/// A file with an error contributes no value, only its diagnostics; the rest still loads, so
/// one broken file does not take a whole class down.
public struct ContentLibrary: Sendable {
    /// The valid scenarios, sorted by id.
    public let scenarios: [Scenario]
    /// The valid courses, sorted by id.
    public let courses: [Course]
    /// The weights from `scoring.yaml`, or the standard ones.
    public let scoringWeights: ScoringWeights
    /// Every error and warning, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// How many content files were read.
    public let fileCount: Int
    private let scenarioFiles: [String: String]
    private let scenarioIndex: [String: Int]
    private let courseIndex: [String: Int]

    init(scenarios: [ScenarioSource], courses: [CourseSource], scoringWeights: ScoringWeights, diagnostics: [Diagnostic], fileCount: Int) {
        let sortedScenarios = scenarios.sorted { $0.scenario.id < $1.scenario.id }
        self.scenarios = sortedScenarios.map(\.scenario)
        self.courses = courses.map(\.course).sorted { $0.id < $1.id }
        self.scoringWeights = scoringWeights
        self.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
        self.fileCount = fileCount
        scenarioFiles = Dictionary(sortedScenarios.map { ($0.scenario.id, $0.file) }, uniquingKeysWith: { a, _ in a })
        scenarioIndex = Dictionary(self.scenarios.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        courseIndex = Dictionary(self.courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// An empty library with the standard weights.
    public init() {
        self.init(scenarios: [], courses: [], scoringWeights: .standard, diagnostics: [], fileCount: 0)
    }

    /// Whether any diagnostic is an error (`ally check` exits non-zero then).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The scenario with this id, if it loaded.
    public func scenario(id: String) -> Scenario? { scenarioIndex[id].map { scenarios[$0] } }

    /// The course with this id, if it loaded.
    public func course(id: String) -> Course? { courseIndex[id].map { courses[$0] } }

    /// The file a scenario was loaded from, as shown in diagnostics.
    public func file(ofScenario id: String) -> String? { scenarioFiles[id] }

    /// The scenarios of a course in playing order (ids that did not load are left out).
    public func scenarios(of course: Course) -> [Scenario] { course.scenarios.compactMap { scenario(id: $0) } }
}
