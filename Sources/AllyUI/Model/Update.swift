import AllyCore
import AllyTerminal

/// Something the run loop must do after an update; update itself never performs effects.
public enum Command: Sendable, Equatable {
    /// Restore the terminal and exit.
    case quit
    /// Remember the trainee's name and interface language.
    case saveProfile(TraineeProfile)
    /// Record a decision of the attempt in progress, durably, before the next frame shows.
    case recordDecision(TimedDecision, index: Int, scenarioID: String, play: PlaySettings = PlaySettings())
    /// Close the attempt in progress at its final state (an ending, or given up).
    case finishAttempt(scenarioID: String, state: PlayState)
    /// Fetch progress data and send it back as ``AppEvent/progressLoaded(_:)``.
    case loadProgress
    /// Look for an attempt this trainee left unfinished; send it back as ``AppEvent/unfinishedLoaded(_:)``.
    case loadUnfinished
    /// Fetch attempt `attemptID` for a replay and send it back as ``AppEvent/replayLoaded(_:)``.
    case loadReplay(attemptID: Int64)
    /// Fetch the trainee's best score per scenario and send it back as ``AppEvent/bestScoresLoaded(_:)``.
    case loadBestScores
    /// Fetch the trainee's answers so far and send them back as ``AppEvent/drillLoaded(_:)``.
    case loadDrill
    /// Record a drill round's answers about `scenarioID`'s customer, durably.
    case recordDrill([Answer], scenarioID: String)
    /// Record a drill round's concept answers about a step of `scenarioID`, durably.
    case recordConceptDrill([ConceptAnswer], scenarioID: String)
    /// Start sending ticks every `interval` seconds (a timed step is counting down).
    case startTimer(interval: Double)
    /// Stop sending ticks.
    case stopTimer
}

/// What update reacts to: terminal input, or the answer to a command.
public enum AppEvent: Sendable, Equatable {
    /// A key, click, resize, tick or termination from the backend.
    case input(InputEvent)
    /// The data asked for by ``Command/loadProgress``.
    case progressLoaded(ProgressData)
    /// The answer to ``Command/loadReplay(attemptID:)``: nil when the attempt cannot be replayed.
    case replayLoaded(ReplaySource?)
    /// The answer to ``Command/loadDrill``.
    case drillLoaded(DrillHistory)
    /// The answer to ``Command/loadBestScores``: the best total by scenario id.
    case bestScoresLoaded([String: Int])
    /// The answer to ``Command/loadUnfinished``.
    case unfinishedLoaded(UnfinishedAttempt?)
    /// The scenario library, read after the first frame so the trainer shows at once.
    case libraryLoaded(TrainingLibrary)
    /// The remembered trainee and their unfinished attempt, read after the first frame.
    case profileLoaded(TraineeProfile?, UnfinishedAttempt?)
    /// Whether changes wait to be saved, and why: nil once everything is saved.
    case saveStatus(SaveDelayed.Reason?)
    /// The progress store could not be opened: nothing of this session is kept.
    case progressNotSaved
}

/// The trainer as a pure program: update the model with an event, render the model.
public enum App {
    /// How often a countdown ticks; half a second keeps the displayed second honest.
    public static let tickInterval = 0.5

    /// The next model and the commands to run, for `event` arriving at `now` (seconds on a
    /// monotonic clock). Pure: the same model, event and time give the same result.
    public static func update(_ model: AppModel, _ event: AppEvent, now: Double) -> (AppModel, [Command]) {
        var m = model
        var commands: [Command] = []
        // Time spent paused (help, a too-small window, feedback, the leave question) is not
        // the trainee's thinking time and does not run down a time limit.
        let elapsed = max(0, now - model.now)
        if model.isPaused, var session = m.session {
            session.promptShownAt += elapsed
            session.deadline = session.deadline.map { $0 + elapsed }
            m.session = session
        }
        m.now = max(model.now, now)

        switch event {
        case .progressLoaded(let report):
            m.progress = report
        case .drillLoaded(let history):
            if m.screen == .drill { m.drill = DrillState(history: history, library: m.library, language: m.language, now: m.now) }
        case .replayLoaded(let source):
            ProgressScreenBehaviour.replayLoaded(source, &m)
        case .unfinishedLoaded(let unfinished):
            m.takeUnfinished(unfinished)
        case .bestScoresLoaded(let scores):
            // What this session finished meanwhile stays, whichever is better.
            m.bestScores.merge(scores, uniquingKeysWith: max)
        case .profileLoaded(let profile, let unfinished):
            // Only fills an untouched form: what the trainee already typed wins.
            if let profile, m.screen == .welcome, m.welcome.name.isEmpty {
                m.welcome.name = profile.name
                m.traineeName = profile.name
                Welcome.setLanguage(profile.language, &m)
            }
            // Time limits stay off when the preference or --no-timers says so.
            if profile?.timersOff == true { m.timersOff = true }
            m.takeUnfinished(unfinished)
        case .saveStatus(let reason):
            m.saveDelayed = reason
        case .progressNotSaved:
            m.progressNotSaved = true
        case .libraryLoaded(let library):
            m.library = library
            if let unfinished = m.unfinished, library.scenario(id: unfinished.scenarioID) == nil { m.unfinished = nil }
            m.browser.selected = 0
            m.browser.offset = 0
        case .input(.resize(let columns, let rows)):
            m.size = TerminalSize(columns: columns, rows: rows)
        case .input(.terminate):
            commands.append(.quit)
        case .input(.tick):
            break
        case .input(.key(let key)):
            let typing = m.screen == .welcome && m.welcome.focus == .name && !m.showHelp
            let answering = m.screen == .play && m.session?.confirmingLeave == true && !m.showHelp
            handle(KeyMap.intent(for: key, textEntry: typing, answering: answering), &m, &commands)
        case .input(.click(let column, let row)):
            if let intent = Layout.intent(at: Point(x: column, y: row), in: m) {
                handle(intent, &m, &commands)
            }
        case .input(.scroll(let direction, let column, let row)):
            if m.screen == .welcome { break }  // the arrows switch fields there: a wheel turned while typing must not
            if !m.showHelp, Play.scrollCustomer(direction, at: Point(x: column, y: row), &m) { break }
            handle(KeyMap.intent(for: direction), &m, &commands)
        }
        checkTimeout(&m, &commands)
        if model.needsClock != m.needsClock {
            commands.append(m.needsClock ? .startTimer(interval: tickInterval) : .stopTimer)
        }
        return (m, commands)
    }

    /// Applies one intent to the screen showing.
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        if intent == .interrupt {
            commands.append(.quit)
            return
        }
        // A too-small window shows only its message, so keys must not change what is behind it.
        if m.isTooSmall { return }
        if m.showHelp {
            if [.help, .back, .confirm].contains(intent) { m.showHelp = false }
            return
        }
        if intent == .help, m.session?.confirmingLeave != true {
            m.showHelp = true
            return
        }
        switch m.screen {
        case .welcome: Welcome.handle(intent, &m, &commands)
        case .menu: Menu.handle(intent, &m, &commands)
        case .browser: Browser.handle(intent, &m, &commands)
        case .courses: Courses.handle(intent, &m, &commands)
        case .play: Play.handle(intent, &m, &commands)
        case .progress: ProgressScreenBehaviour.handle(intent, &m, &commands)
        case .drill: DrillBehaviour.handle(intent, &m, &commands)
        case .debrief, .help: Document.handle(intent, &m, &commands)
        }
    }

    /// Runs out a timed step whose deadline has passed.
    static func checkTimeout(_ m: inout AppModel, _ commands: inout [Command]) {
        guard m.screen == .play, !m.isPaused, let session = m.session,
              let deadline = session.deadline, m.now >= deadline else { return }
        Play.decide(.timeOut, chosen: m.t(Strings.timeUp), &m, &commands)
    }

    /// Starts playing `scenario`, replaying `decisions` when resuming.
    ///
    /// `secondsOnStep` is how long the step it resumes at has been waiting: a time limit goes on
    /// with what is left of it (the reply's clock only: the step's questions do not count), and
    /// one that ran out while the trainee was away runs out now. A new attempt takes the next
    /// reply order from `m.nextReplyOrder`; a resumed one keeps the order it was shown in.
    static func startSession(
        _ scenario: Scenario, decisions: [TimedDecision] = [], secondsOnStep: Double = 0, play: PlaySettings? = nil,
        course: CourseRun? = nil, _ m: inout AppModel
    ) {
        let state = (try? Engine.replay(scenario, decisions)) ?? PlayState(scenario: scenario)
        let kept = state == PlayState(scenario: scenario) ? [] : decisions
        let settings = (kept.isEmpty ? nil : play) ?? PlaySettings(
            replyOrder: m.takeReplyOrder(),
            untimed: m.timersOff)
        var session = PlaySession(
            scenario: scenario, state: state, decisions: kept, promptShownAt: m.now, deadline: nil, course: course)
        session.play = settings
        let onReply = kept.isEmpty ? 0 : max(0, secondsOnStep - TimedDecision.secondsOnQuestions(kept))
        session.deadline = Play.replyDeadline(session, now: m.now, elapsed: onReply)
        if let deadline = session.deadline, deadline <= m.now {
            // The time ran out while away, at the deadline: the reply prompt had shown for the whole limit.
            session.promptShownAt = m.now - Double(scenario.step(state.stepID ?? "")?.timeLimit?.seconds ?? 0)
        }
        m.session = session
        m.screen = .play
        m.showHelp = false
    }

    /// Shows the debrief of the session's attempt.
    static func enterDebrief(_ m: inout AppModel) {
        guard let session = m.session else { return }
        let debrief = Debrief(session.state, in: session.scenario, weights: m.library.weights)
        if let total = debrief?.score.total {
            m.bestScores[session.scenario.id] = max(total, m.bestScores[session.scenario.id] ?? total)
        }
        m.debrief = DebriefState(
            scenario: session.scenario, state: session.state, debrief: debrief, course: session.course, play: session.play)
        m.session = nil
        m.scroll = 0
        m.screen = .debrief
    }

    /// Moves `selected` by `delta` within `count` items, without wrapping.
    static func move(_ selected: Int, by delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return min(max(0, selected + delta), count - 1)
    }

    /// The one rule of every list of options: ↑ ↓ move `selected`; a digit selects and chooses
    /// its option; Enter chooses the selected one. Returns the option chosen, or nil.
    static func listChoice(_ intent: Intent, selected: inout Int, count: Int) -> Int? {
        switch intent {
        case .up: selected = move(selected, by: -1, count: count)
        case .down: selected = move(selected, by: 1, count: count)
        case .pick(let index) where index < count:
            selected = index
            return index
        case .confirm where count > 0: return min(selected, count - 1)
        default: break
        }
        return nil
    }

    /// The rule of a graded question's options, where a stray key must not answer: nothing is
    /// selected at first; ↑ ↓ or a digit (or a click) select; Enter, or the same digit or click
    /// again, answers with the selected option. Returns the option answered, or nil.
    static func gradedChoice(_ intent: Intent, selected: inout Int?, count: Int) -> Int? {
        guard count > 0 else { return nil }
        switch intent {
        case .up: selected = selected.map { move($0, by: -1, count: count) } ?? count - 1
        case .down: selected = selected.map { move($0, by: 1, count: count) } ?? 0
        case .pick(let index) where index < count:
            if selected == index { return index }
            selected = index
        case .confirm: return selected.map { min($0, count - 1) }
        default: break
        }
        return nil
    }

    /// Where a scroll offset goes for a scrolling intent (a line, a page, the top or the end),
    /// kept within `0...maxScroll`; every scrolling text moves by this one rule.
    static func scroll(_ offset: Int, _ intent: Intent, page: Int, maxScroll: Int) -> Int {
        let target = switch intent {
        case .up: offset - 1
        case .down: offset + 1
        case .pageUp: offset - page
        case .pageDown: offset + page
        case .first: 0
        case .last: maxScroll
        default: offset
        }
        return max(0, min(maxScroll, target))
    }
}

/// The welcome screen's behaviour.
enum Welcome {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        switch intent {
        case .type(let character):
            if m.welcome.name.count < 40, !character.isNewline { m.welcome.name.append(character) }
            m.welcome.nameMissing = false
        case .deleteBackward:
            if !m.welcome.name.isEmpty { m.welcome.name.removeLast() }
        case .up, .down, .nextField:
            m.welcome.focus = m.welcome.focus == .name ? .language : .name
        case .left, .right, .filterLanguage:
            if m.welcome.focus == .language { setLanguage(m.language == .en ? .nl : .en, &m) }
        case .pick(let index) where index < Language.allCases.count:
            m.welcome.focus = .language
            setLanguage(Language.allCases[index], &m)
        case .confirm:
            let name = m.welcome.name.trimmingSpaces
            guard !name.isEmpty else {
                m.welcome.nameMissing = true
                m.welcome.focus = .name
                return
            }
            m.traineeName = name
            m.welcome.name = name
            commands.append(.saveProfile(TraineeProfile(name: name, language: m.language, timersOff: m.timersOff)))
            commands.append(.loadUnfinished)
            commands.append(.loadBestScores)
            m.screen = .menu
            m.menuSelected = 0
            m.selectResume()
        case .back:
            commands.append(.quit)
        default:
            break
        }
    }

    /// Switches the interface language; the scenario list follows it.
    static func setLanguage(_ language: Language, _ m: inout AppModel) {
        m.language = language
        m.browser = BrowserState(language: language)
    }
}

/// The main menu's behaviour.
enum Menu {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        let items = m.menuItems
        if let index = App.listChoice(intent, selected: &m.menuSelected, count: items.count) {
            activate(items[index], &m, &commands)
        } else if intent == .back {
            commands.append(.quit)
        }
    }

    static func activate(_ item: MenuItem, _ m: inout AppModel, _ commands: inout [Command]) {
        switch item {
        case .resume:
            guard let unfinished = m.unfinished, let scenario = m.library.scenario(id: unfinished.scenarioID) else { return }
            m.unfinished = nil
            m.menuSelected = 0
            // Its step's clock ran on from when it was read, on the menu too.
            let away = unfinished.secondsOnStep + max(0, m.now - m.unfinishedReadAt)
            App.startSession(scenario, decisions: unfinished.decisions, secondsOnStep: away, play: unfinished.play, &m)
            if let session = m.session, session.state.isOver {
                // Killed after its last decision was saved and before its result was: the result is
                // written now, once, and the debrief the trainee never saw shows.
                commands.append(.finishAttempt(scenarioID: scenario.id, state: session.state))
                App.enterDebrief(&m)
            }
        case .playScenario:
            m.screen = .browser
        case .playCourse:
            m.screen = .courses
        case .progress:
            m.screen = .progress
            m.scroll = 0
            m.progressSelected = 0
            m.replay = nil
            commands.append(.loadProgress)
        case .drill:
            m.screen = .drill
            m.drill = nil
            commands.append(.loadDrill)
        case .timeLimits:
            m.timersOff.toggle()
            commands.append(.saveProfile(TraineeProfile(name: m.traineeName, language: m.language, timersOff: m.timersOff)))
        case .help:
            m.screen = .help
            m.scroll = 0
        case .quit:
            commands.append(.quit)
        }
    }
}

/// The scenario browser's behaviour.
enum Browser {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        let list = m.filteredScenarios
        if let index = App.listChoice(intent, selected: &m.browser.selected, count: list.count) {
            return App.startSession(list[index], &m)
        }
        switch intent {
        case .pageUp: m.browser.selected = App.move(m.browser.selected, by: -10, count: list.count)
        case .pageDown: m.browser.selected = App.move(m.browser.selected, by: 10, count: list.count)
        case .filterLanguage:
            let order: [Language?] = [m.language, m.language == .en ? .nl : .en, nil]
            let index = order.firstIndex(of: m.browser.language) ?? 0
            m.browser.language = order[(index + 1) % order.count]
            m.browser.setting = nil
            resetSelection(&m)
        case .filterSetting:
            let order: [String?] = [nil] + m.availableSettings.map { Optional($0) }
            let index = order.firstIndex(of: m.browser.setting) ?? 0
            m.browser.setting = order[(index + 1) % order.count]
            resetSelection(&m)
        case .filterDifficulty:
            let order: [Int?] = [nil, 1, 2, 3]
            let index = order.firstIndex(of: m.browser.difficulty) ?? 0
            m.browser.difficulty = order[(index + 1) % order.count]
            resetSelection(&m)
        case .back:
            m.screen = .menu
        default:
            break
        }
    }

    static func resetSelection(_ m: inout AppModel) {
        m.browser.selected = 0
        m.browser.offset = 0
    }
}

/// The course list's behaviour.
enum Courses {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        let courses = m.listedCourses
        if let index = App.listChoice(intent, selected: &m.courseSelected, count: courses.count) {
            start(courses[index], &m)
        } else if intent == .back {
            m.screen = .menu
        }
    }

    /// Starts `course` where the trainee was: at its first scenario not finished yet (from the
    /// start again once all are).
    static func start(_ course: Course, _ m: inout AppModel) {
        let ids = course.scenarios.filter { m.library.scenario(id: $0) != nil }
        let index = m.courseResumeIndex(ids)
        guard ids.indices.contains(index), let scenario = m.library.scenario(id: ids[index]) else { return }
        App.startSession(scenario, course: CourseRun(course: course, scenarioIDs: ids, index: index), &m)
    }
}

/// The behaviour of the scrolling pages: debrief, progress and help.
enum Document {
    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        let page = max(1, m.size.rows - 4)
        let maxScroll = max(0, Layout.documentHeight(m) - Layout.documentViewHeight(m))
        switch intent {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            m.scroll = App.scroll(m.scroll, intent, page: page, maxScroll: maxScroll)
        case .confirm where m.screen == .debrief:
            if let run = m.debrief?.course, run.index + 1 < run.scenarioIDs.count,
               let next = m.library.scenario(id: run.scenarioIDs[run.index + 1]) {
                var nextRun = run
                nextRun.index += 1
                App.startSession(next, course: nextRun, &m)
            } else {
                m.screen = .menu
            }
            m.debrief = m.screen == .debrief ? m.debrief : nil
        case .again where m.screen == .debrief:
            // The same scenario from its start, a fresh attempt in a fresh reply order; a course goes on from here.
            guard let debrief = m.debrief, let scenario = m.library.scenario(id: debrief.scenario.id) else { return }
            App.startSession(scenario, course: debrief.course, &m)
            m.debrief = nil
        case .confirm, .back:
            m.screen = .menu
            m.debrief = nil
        default:
            break
        }
    }
}

extension String {
    /// The text without leading and trailing spaces (no Foundation needed).
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
