import AllyCore
import AllyTerminal

/// A scripted play-through that yields the models of chosen screens, for `ally screenshots`
/// and the snapshot tests. Every model comes from real updates, not hand-built state.
public enum Storyboard {
    /// One named moment of the play-through.
    public struct Shot: Sendable {
        /// A file-friendly name, e.g. `play-identify`.
        public var name: String
        /// The model at that moment.
        public var model: AppModel
    }

    /// Feeds `keys` to update, one second apart, starting at `model.now`.
    public static func press(_ keys: [Key], _ model: AppModel) -> AppModel {
        keys.reduce(model) { current, key in
            App.update(current, .input(.key(key)), now: current.now + 1).0
        }
    }

    /// Types `text` on the keyboard.
    public static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// The shots of a play-through of `SampleContent.library` in `language`, at `size`.
    ///
    /// With `all`, also the screens the README does not show (strategy question, leave
    /// question, courses, progress, replay, drill, help page and overlays); the tests snapshot all of them.
    public static func shots(language: Language = .en, size: TerminalSize = AppModel.minimumSize, all: Bool = false) -> [Shot] {
        var shots: [Shot] = []
        var progress: AppModel?
        let start = AppModel(library: SampleContent.library, language: language, size: size)
        var m = press(type("Ana"), start)
        shots.append(Shot(name: "welcome", model: m))
        m = press([.enter], m)
        shots.append(Shot(name: "menu", model: m))
        m = press([.enter], m)
        shots.append(Shot(name: "browser", model: m))
        if all {
            var menu = press([.escape, .down, .enter], m)
            shots.append(Shot(name: "courses", model: menu))
            menu = press([.escape, .down, .enter], menu)
            menu = App.update(menu, .progressLoaded(sampleProgress), now: menu.now + 1).0
            shots.append(Shot(name: "progress", model: menu))
            progress = menu
            menu = press([.escape, .down, .enter], menu)
            menu = App.update(menu, .drillLoaded(DrillHistory(answers: sampleAnswers, now: 600)), now: menu.now + 1).0
            shots.append(Shot(name: "drill", model: menu))
            shots.append(Shot(name: "drill-help", model: press([.char("?")], menu)))
            menu = press([.char("2"), .enter, .char("3"), .enter], menu)
            shots.append(Shot(name: "drill-feedback", model: menu))
            menu = press([.escape], menu)
            shots.append(Shot(name: "drill-done", model: menu))
            menu = press([.escape, .down, .down, .enter], menu)  // past "Time limits" to Help
            shots.append(Shot(name: "help", model: menu))
        }
        // The garage scenario is the medium one; the list is sorted easy first.
        let garage = m.filteredScenarios.firstIndex { $0.id.hasPrefix("garage") } ?? 0
        m = press(Array(repeating: .down, count: garage) + [.enter], m)
        // Nothing is selected at first: six steps down highlight the hostage (the sixth type).
        m = press([.down, .down, .down, .down, .down, .down], m)
        shots.append(Shot(name: "play-identify", model: m))
        if all {
            shots.append(Shot(name: "help-overlay", model: press([.char("?")], m)))
        }
        // Name the hostage with its digit: it is already selected, so the digit answers.
        m = press([.char("6")], m)
        shots.append(Shot(name: "play-feedback", model: m))
        m = press([.enter], m)
        if all { shots.append(Shot(name: "play-strategy", model: m)) }
        // A graded question's digit selects, Enter answers, Enter again leaves the feedback.
        m = press([.char("4"), .enter, .enter], m)
        if all {
            shots.append(Shot(name: "play-reply", model: m))
            shots.append(Shot(name: "play-leave", model: press([.char("q")], m)))
        }
        // A poor reply that changes the customer's type, then on to the end.
        m = press([.char("3"), .enter], m)
        if all { shots.append(Shot(name: "play-type-change", model: m)) }
        m = press([.enter, .char("6"), .enter, .enter, .char("1"), .enter], m)
        if all { shots.append(Shot(name: "play-ending", model: m)) }
        let played = m.screen.play.map { ($0.scenario, $0.decisions) }
        m = press([.enter], m)
        shots.append(Shot(name: "debrief", model: m))
        // The attempt just played, replayed from the progress screen: picked by its digit, then two steps on.
        if let progress, let played,
           let index = sampleProgress.report.recent.firstIndex(where: { $0.scenarioID.hasPrefix("garage") }) {
            var replay = press([.char(Character("\(index + 1)"))], progress)
            let source = ReplaySource(summary: sampleProgress.report.recent[index], scenario: played.0, decisions: played.1)
            replay = App.update(replay, .replayLoaded(source), now: replay.now + 1).0
            replay = press([.right, .right], replay)
            shots.append(Shot(name: "progress-replay", model: replay))
            shots.append(Shot(name: "progress-replay-help", model: press([.char("?")], replay)))
        }
        if all { shots += LiveStoryboard.shots(from: press([.escape], m)) }
        let small = App.update(m, .input(.resize(columns: 60, rows: 20)), now: m.now + 1).0
        shots.append(Shot(name: "too-small", model: small))
        return shots.map { shot in
            var model = shot.model
            if shot.name != "too-small" { model.size = size }
            return Shot(name: shot.name, model: model)
        }
    }

    /// The answers behind the progress and drill shots.
    static let sampleAnswers: [Answer] = [
        .identify(.hostage, truth: .hostage, time: 100), .identify(.patient, truth: .hostage, time: 200),
        .identify(.tolerant, truth: .tolerant, time: 300), .identify(.intolerant, truth: .terrorist, time: 400),
        .identify(.terrorist, truth: .terrorist, time: 500),
    ]

    /// Progress data for the progress screen's shot.
    static let sampleProgress = ProgressData(
        report: ProgressReport(
            trainee: "Ana",
            answers: sampleAnswers,
            attempts: [
                AttemptSummary(id: 1, trainee: "Ana", scenarioID: "library-card-en", title: "The quiet reader",
                               customerType: .tolerant, startedAt: 250, finishedAt: 300, total: 92, outcome: .satisfied, seconds: 21),
                AttemptSummary(id: 2, trainee: "Ana", scenarioID: "garage-warranty-en", title: "Back at the garage again",
                               customerType: .hostage, startedAt: 350, finishedAt: 500, total: 64, outcome: .dissatisfiedComplaining, seconds: 48),
            ],
            now: 600),
        isPersistent: false)
}
