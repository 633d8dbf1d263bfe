import AllyCore
import AllyTerminal

/// The course list's state: the selected course.
public struct CoursesState: Sendable, Equatable {
    /// The selected course.
    public var selected = 0
}

/// A course being played: which one and where in it the trainee is.
public struct CourseRun: Sendable, Equatable {
    /// The course.
    public var course: Course
    /// The scenarios of the course that exist in the library, in order.
    public var scenarioIDs: [String]
    /// The index of the scenario being played.
    public var index: Int
}

/// The course list.
enum CoursesScreen: ScreenComponent {
    static func embed(_ state: CoursesState) -> Screen { .courses(state) }

    static func update(_ state: inout CoursesState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        let courses = m.listedCourses
        if let index = App.listChoice(intent, selected: &state.selected, count: courses.count) {
            return start(courses[index], &m)
        }
        return intent == .back ? .menu(MenuState(selecting: .playCourse, m)) : nil
    }

    /// Starts `course` where the trainee was: at its first scenario not finished yet (from the
    /// start again once all are).
    static func start(_ course: Course, _ m: inout TrainerContext) -> Screen? {
        let ids = course.scenarios.filter { m.library.scenario(id: $0) != nil }
        let index = m.courseResumeIndex(ids)
        guard ids.indices.contains(index), let scenario = m.library.scenario(id: ids[index]) else { return nil }
        return .play(PlayScreen.start(scenario, course: CourseRun(course: course, scenarioIDs: ids, index: index), &m))
    }

    static func hints(_ state: CoursesState, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        return [
            KeyHint("↑↓", t(Strings.keyMove)), KeyHint(Layout.digits(m.listedCourses.count), t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyChoose)),
            KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
        ]
    }

    /// The course list's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpCourses, lines: Strings.helpCoursesKeys)


    static func render(_ state: CoursesState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.chooseCourse), area, &canvas)
        let t = m.t
        let main = area.inset(top: 2, left: 1, right: 1)
        let courses = m.listedCourses
        guard !courses.isEmpty else {
            canvas.write(m.t(Strings.noCourses), x: main.x, y: main.y, style: Style(.warning), clip: main)
            return
        }
        let (listArea, detailArea) = main.splitLeft(main.width / 2)
        let items = courses.map { course in
            let done = course.scenarios.filter { m.bestScores[$0] != nil }.count
            return "\(course.title) [\(course.language.rawValue)]" + (done > 0 ? "  ✓ \(done)/\(course.scenarios.count)" : "")
        }
        let layout = SelectList(items, selected: state.selected).render(into: &canvas.buffer, area: listArea.inset(right: 1))
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width - 1, height: rect.height), .pick(index))
        }
        let course = courses[min(state.selected, courses.count - 1)]
        let inner = Box(title: course.title).render(into: &canvas.buffer, area: detailArea).inset(left: 1, right: 1)
        var spans = [Span(m.t(Strings.scenarioCount(course.scenarios.count)) + "\n", style: Style(.accent))]
        if let description = course.description { spans.append(Span(description + "\n\n")) }
        let ids = course.scenarios.filter { m.library.scenario(id: $0) != nil }
        if ids.contains(where: { m.bestScores[$0] != nil }), ids.indices.contains(m.courseResumeIndex(ids)) {
            let next = m.courseResumeIndex(ids)
            spans.append(Span(t(Strings.courseGoesOn(next + 1, m.library.scenario(id: ids[next])?.title ?? ids[next])) + "\n\n", style: Style(.accent)))
        }
        for (index, id) in course.scenarios.enumerated() {
            let title = m.library.scenario(id: id)?.title ?? id
            spans.append(Span("\(index + 1). \(title)" + BrowserScreen.played(id, m) + "\n", style: Style(m.bestScores[id] == nil ? .muted : .normal)))
        }
        Paragraph(spans).render(into: &canvas.buffer, area: inner)
    }
}
