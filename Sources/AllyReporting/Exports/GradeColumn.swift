import AllyCore

/// One grade item of the gradebook: a scenario with its translations merged, so that a trainee's
/// Dutch and English attempts at the same scenario count towards one grade.
public struct GradeColumn: Sendable, Equatable {
    /// The heading: the scenario's id (the Dutch one, Dutch being the original, unless a course
    /// names the scenario in its own language).
    public var heading: String
    /// Every scenario id whose attempts count here: the heading's and its translations'.
    public var scenarios: Set<String>

    /// Creates a column.
    public init(heading: String, scenarios: Set<String>) {
        self.heading = heading
        self.scenarios = scenarios
    }

    /// One column per scenario of `library` (translations merged), sorted by heading: the same
    /// columns whatever was played, so that Moodle maps them to the same grade items each time.
    public static func columns(library: [Scenario]) -> [GradeColumn] {
        let groups = translationGroups(library)
        var seen: Set<String> = []
        var columns: [GradeColumn] = []
        for scenario in library {
            let group = groups[scenario.id]!
            guard seen.insert(group.key).inserted else { continue }
            columns.append(GradeColumn(heading: group.key, scenarios: group.members))
        }
        return columns.sorted { $0.heading < $1.heading }
    }

    /// One column per scenario of `course`, in its playing order and named as the course names them,
    /// each with its translations merged. Ids the library lacks still get their column.
    public static func columns(course: Course, library: [Scenario]) -> [GradeColumn] {
        let groups = translationGroups(library)
        var seen: Set<String> = []
        var columns: [GradeColumn] = []
        for id in course.scenarios {
            let group = groups[id] ?? (key: id, members: [id])
            guard seen.insert(group.key).inserted else { continue }
            columns.append(GradeColumn(heading: id, scenarios: group.members))
        }
        return columns
    }

    /// For each scenario id: its group's key (the Dutch member's id, else the smallest id) and members.
    ///
    /// A scenario names its translation in `translation`; the link may be written on one side
    /// only, so groups are the connected parts of the links both ways.
    static func translationGroups(_ library: [Scenario]) -> [String: (key: String, members: Set<String>)] {
        var neighbours: [String: Set<String>] = [:]
        for scenario in library {
            neighbours[scenario.id, default: []].insert(scenario.id)
            if let other = scenario.translation {
                neighbours[scenario.id, default: []].insert(other)
                neighbours[other, default: []].insert(scenario.id)
            }
        }
        let language = Dictionary(library.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
        var groups: [String: (key: String, members: Set<String>)] = [:]
        for start in neighbours.keys.sorted() where groups[start] == nil {
            var members: Set<String> = [start], queue = [start]
            while let id = queue.popLast() {
                for next in neighbours[id] ?? [] where members.insert(next).inserted { queue.append(next) }
            }
            let sorted = members.sorted()
            let key = sorted.first { language[$0] == .nl } ?? sorted[0]
            for id in members { groups[id] = (key, members) }
        }
        return groups
    }
}
