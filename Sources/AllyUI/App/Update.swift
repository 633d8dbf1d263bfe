import AllyClassLink
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
    /// Store a live-run answer durably, then send it to the server (in that order).
    case recordLiveAnswer(LiveAnswer, run: String, scenarioID: String)
    /// Count a revealed live-run answer for the trainee's progress (once).
    case settleLiveAnswer(LiveAnswer, run: String, mirror: LiveRun)
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
    /// The class plays the course of this id (`ally serve --course`): start it where this trainee is.
    case classCourse(String)
    /// The server's word on a live class run.
    case live(LiveServerMessage)
    /// A live answer could not be stored, so it was not sent: the trainee answers again.
    case liveAnswerNotSaved(Decision)
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
        if model.isPaused, case .play(var session) = m.screen {
            session.promptShownAt += elapsed
            session.deadline = session.deadline.map { $0 + elapsed }
            m.screen = .play(session)
        }
        m.now = max(model.now, now)

        switch event {
        case .progressLoaded(let report):
            if case .progress(var progress) = m.screen {
                progress.data = report
                m.screen = .progress(progress)
            }
        case .drillLoaded(let history):
            if case .drill = m.screen { m.screen = .drill(DrillState(history: history, library: m.library, language: m.language, now: m.now)) }
        case .replayLoaded(let source):
            if case .progress(var progress) = m.screen {
                ProgressScreen.replayLoaded(source, &progress)
                m.screen = .progress(progress)
            }
        case .unfinishedLoaded(let unfinished):
            offerResume(unfinished, &m)
        case .bestScoresLoaded(let scores):
            // What this session finished meanwhile stays, whichever is better.
            m.bestScores.merge(scores, uniquingKeysWith: max)
        case .profileLoaded(let profile, let unfinished):
            // Only fills an untouched form: what the trainee already typed wins.
            if let profile, case .welcome(var form) = m.screen, form.name.isEmpty {
                form.name = profile.name
                m.traineeName = profile.name
                WelcomeScreen.setLanguage(profile.language, &m.context)
                m.screen = .welcome(form)
            }
            // Time limits stay off when the preference or --no-timers says so.
            if profile?.timersOff == true { m.timersOff = true }
            offerResume(unfinished, &m)
        case .saveStatus(let reason):
            m.saveDelayed = reason
        case .progressNotSaved:
            m.progressNotSaved = true
        case .classCourse(let id):
            ClassCourse.start(id, &m, &commands)
        case .live(let message):
            LiveScreen.receive(message, &m, &commands)
        case .liveAnswerNotSaved(let decision):
            LiveScreen.notSaved(decision, &m)
        case .libraryLoaded(let library):
            m.library = library
            if let unfinished = m.unfinished, library.scenario(id: unfinished.scenarioID) == nil { m.unfinished = nil }
            m.lastBrowser?.resetSelection()
            if case .browser(var browser) = m.screen {
                browser.resetSelection()
                m.screen = .browser(browser)
            }
        case .input(.resize(let columns, let rows)):
            m.size = TerminalSize(columns: columns, rows: rows)
        case .input(.terminate):
            commands.append(.quit)
        case .input(.tick):
            break
        case .input(.key(let key)):
            let typing = m.screen.welcome?.focus == .name && !m.showHelp
            let answering = m.screen.play?.confirmingLeave == true && !m.showHelp
            handle(KeyMap.intent(for: key, textEntry: typing, answering: answering), &m, &commands)
        case .input(.click(let column, let row)):
            if let intent = Layout.intent(at: Point(x: column, y: row), in: m) {
                handle(intent, &m, &commands)
            }
        case .input(.scroll(let direction, let column, let row)):
            if case .welcome = m.screen { break }  // the arrows switch fields there: a wheel turned while typing must not
            if !m.showHelp, case .play(var session) = m.screen,
               PlayScreen.scrollCustomer(direction, at: Point(x: column, y: row), &session, m.context) {
                m.screen = .play(session)
                break
            }
            handle(KeyMap.intent(for: direction), &m, &commands)
        }
        checkTimeout(&m, &commands)
        if model.needsClock != m.needsClock {
            commands.append(m.needsClock ? .startTimer(interval: tickInterval) : .stopTimer)
        }
        return (m, commands)
    }

    /// Applies one intent: the overlay and the too-small message first, then the screen showing.
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
        if intent == .help, m.screen.play?.confirmingLeave != true {
            m.showHelp = true
            return
        }
        m.screen = m.screen.mounted.update(intent, &m.context, &commands)
    }

    /// Offers `unfinished`, just read, for resuming; the menu selects it when the trainee has not moved yet.
    static func offerResume(_ unfinished: UnfinishedAttempt?, _ m: inout AppModel) {
        m.context.takeUnfinished(unfinished)
        if case .menu(var menu) = m.screen {
            menu.selectResume(m.context)
            m.screen = .menu(menu)
        }
    }

    /// Runs out a timed step whose deadline has passed.
    static func checkTimeout(_ m: inout AppModel, _ commands: inout [Command]) {
        guard !m.isPaused, case .play(var session) = m.screen,
              let deadline = session.deadline, m.now >= deadline else { return }
        PlayScreen.decide(.timeOut, chosen: m.t(Strings.timeUp), &session, m.context, &commands)
        m.screen = .play(session)
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

extension String {
    /// The text without leading and trailing spaces (no Foundation needed).
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
