import AllyCore

/// The class's course (`ally serve --course`): every trainee of the class plays it in order.
enum ClassCourse {
    /// Starts course `id` where the trainee is in it, right after the library and the trainee's
    /// results are loaded: an unfinished attempt of one of its scenarios resumes as part of the
    /// course; otherwise its first scenario not finished yet starts. A trainee who finished
    /// every scenario of it stays on the menu (the course list still offers it).
    static func start(_ id: String, _ m: inout AppModel, _ commands: inout [Command]) {
        guard case .menu(var menu) = m.screen, let course = m.library.courses.first(where: { $0.id == id }) else { return }
        let ids = course.scenarios.filter { m.library.scenario(id: $0) != nil }
        if let unfinished = m.unfinished, let index = ids.firstIndex(of: unfinished.scenarioID) {
            let run = CourseRun(course: course, scenarioIDs: ids, index: index)
            switch MenuScreen.activate(.resume, &menu, &m.context, &commands) {
            case .play(var session)?:
                session.course = run
                m.screen = .play(session)
            case .debrief(var debrief)?:
                debrief.course = run
                m.screen = .debrief(debrief)
            case let other?:
                m.screen = other
            case nil:
                m.screen = .menu(menu)
            }
            return
        }
        guard ids.contains(where: { m.bestScores[$0] == nil }), let next = CoursesScreen.start(course, &m.context) else { return }
        m.screen = next
    }
}
