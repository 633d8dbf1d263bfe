import AllyCore
import AllyTerminal

/// The main menu's items.
public enum MenuItem: Sendable, Equatable, CaseIterable {
    /// Resume the unfinished attempt.
    case resume
    /// Open the scenario browser.
    case playScenario
    /// Open the course list.
    case playCourse
    /// Open the progress screen.
    case progress
    /// Start a drill.
    case drill
    /// Turn time limits off or on (remembered, like the name).
    case timeLimits
    /// Open the help page.
    case help
    /// Quit.
    case quit
}

/// The main menu's state: the selected item.
public struct MenuState: Sendable, Equatable {
    /// The selected item.
    public var selected = 0

    /// The menu on `item`: coming back from a screen selects the item that opened it.
    public init(selecting item: MenuItem = .playScenario, _ context: TrainerContext) {
        selected = context.menuItems.firstIndex(of: item) ?? 0
    }

    /// The menu as it opens after the welcome screen or a play stopped for later: on resume when there is one.
    static func opening(_ context: TrainerContext) -> MenuState {
        var state = MenuState(context)
        state.selectResume(context)
        return state
    }

    /// Selects the resume item, when there is one and the trainee has not moved in the menu yet:
    /// it is last (so no other item's digit moves) and Enter should still resume.
    mutating func selectResume(_ context: TrainerContext) {
        if context.unfinished != nil, selected == 0 { selected = context.menuItems.count - 1 }
    }
}

/// The main menu.
enum MenuScreen: ScreenComponent {
    static func embed(_ state: MenuState) -> Screen { .menu(state) }

    static func update(_ state: inout MenuState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        let items = m.menuItems
        if let index = App.listChoice(intent, selected: &state.selected, count: items.count) {
            return activate(items[index], &state, &m, &commands)
        }
        if intent == .back { commands.append(.quit) }
        return nil
    }

    /// Opens what `item` names; nil when it changes something here instead.
    static func activate(_ item: MenuItem, _ state: inout MenuState, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        switch item {
        case .resume:
            guard let unfinished = m.unfinished, let scenario = m.library.scenario(id: unfinished.scenarioID) else { return nil }
            m.unfinished = nil
            state.selected = 0
            // Its step's clock ran on from when it was read, on the menu too.
            let away = unfinished.secondsOnStep + max(0, m.now - m.unfinishedReadAt)
            let session = PlayScreen.start(scenario, decisions: unfinished.decisions, secondsOnStep: away, play: unfinished.play, &m)
            guard session.state.isOver else { return .play(session) }
            // Killed after its last decision was saved and before its result was: the result is
            // written now, once, and the debrief the trainee never saw shows.
            commands.append(.finishAttempt(scenarioID: scenario.id, state: session.state))
            return .debrief(DebriefScreen.enter(session, &m))
        case .playScenario:
            return .browser(m.lastBrowser ?? BrowserState(language: m.language, in: m.library))
        case .playCourse:
            return .courses(CoursesState())
        case .progress:
            commands.append(.loadProgress)
            return .progress(ProgressState())
        case .drill:
            commands.append(.loadDrill)
            return .drill(nil)
        case .timeLimits:
            m.timersOff.toggle()
            commands.append(.saveProfile(TraineeProfile(name: m.traineeName, language: m.language, timersOff: m.timersOff)))
            return nil
        case .help:
            return .help(HelpPageState())
        case .quit:
            commands.append(.quit)
            return nil
        }
    }

    static func hints(_ state: MenuState, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        return [
            KeyHint("↑↓", t(Strings.keyMove)), KeyHint(Layout.digits(m.menuItems.count), t(Strings.keyPick)),
            KeyHint("Enter", t(Strings.keyChoose)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyQuit)),
        ]
    }

    /// The menu's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpMenu, lines: Strings.helpMenuKeys)


    static func label(_ item: MenuItem, _ m: TrainerContext) -> String {
        switch item {
        case .resume:
            let title = m.unfinished.flatMap { m.library.scenario(id: $0.scenarioID)?.title } ?? ""
            return m.t(Strings.resume(title))
        case .playScenario: return m.t(Strings.playScenario)
        case .playCourse: return m.t(Strings.playCourse)
        case .progress: return m.t(Strings.progress)
        case .drill: return m.t(Strings.drill)
        case .timeLimits: return m.t(m.timersOff ? Strings.timeLimitsOff : Strings.timeLimitsOn)
        case .help: return m.t(Strings.help)
        case .quit: return m.t(Strings.quit)
        }
    }

    static func note(_ item: MenuItem) -> Localized {
        switch item {
        case .resume: Strings.resumeNote
        case .playScenario: Strings.playScenarioNote
        case .playCourse: Strings.playCourseNote
        case .progress: Strings.progressNote
        case .drill: Strings.drillNote
        case .timeLimits: Strings.timeLimitsNote
        case .help: Strings.helpNote
        case .quit: Strings.quitNote
        }
    }

    static func render(_ state: MenuState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.menuTitle), area, &canvas)
        let items = m.menuItems
        let width = min(60, area.width - 4)
        let block = area.inset(top: 1).centered(width: width, height: min(items.count + 8, area.height - 1))
        canvas.write(m.t(Strings.hello(m.traineeName)), x: block.x, y: block.y, style: Style(.title, .bold), clip: block)
        canvas.write(TextLayout.truncate(m.t(Strings.tagline), width: block.width), x: block.x, y: block.y + 1, style: Style(.muted), clip: block)
        let listArea = Rect(x: block.x, y: block.y + 3, width: block.width, height: items.count)
        let layout = SelectList(items.map { label($0, m) }, selected: state.selected).render(into: &canvas.buffer, area: listArea)
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width, height: rect.height), .pick(index))
        }
        let selected = items[min(state.selected, items.count - 1)]
        let noteArea = Rect(x: block.x, y: listArea.maxY + 1, width: block.width, height: max(0, block.maxY - listArea.maxY - 1))
        Paragraph(m.t(note(selected)), style: Style(.muted)).render(into: &canvas.buffer, area: noteArea)
    }
}
