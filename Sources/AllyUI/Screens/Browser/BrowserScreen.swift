import AllyCore
import AllyTerminal

/// The scenario browser's filters and selection. There is deliberately no filter on the
/// customer's type: that would give the answer away.
public struct BrowserState: Sendable, Equatable {

    /// Only scenarios in this language (nil: all).
    public var language: Language?
    /// Only scenarios in this setting (nil: all).
    public var setting: String?
    /// Only scenarios of this difficulty (nil: all).
    public var difficulty: Int?
    /// The selected row of the filtered list.
    public var selected = 0
    /// The first visible row (kept so the list scrolls only when it must).
    public var offset = 0

    /// The scenarios of `library` the browser lists with its filters, sorted easy first, then by title.
    public func scenarios(in library: TrainingLibrary) -> [Scenario] {
        library.scenarios.filter { scenario in
            (language == nil || scenario.language == language)
                && (setting == nil || scenario.setting == setting)
                && (difficulty == nil || scenario.difficulty == difficulty)
        }
        .sorted { ($0.difficulty, $0.title, $0.id) < ($1.difficulty, $1.title, $1.id) }
    }

    /// The settings the setting filter cycles through (those of the language filtered for).
    public func availableSettings(in library: TrainingLibrary) -> [String] {
        let pool = library.scenarios.filter { language == nil || $0.language == language }
        return Array(Set(pool.map(\.setting))).sorted()
    }

    /// Back to the top of the list (the filters changed it).
    mutating func resetSelection() {
        selected = 0
        offset = 0
    }
}

/// The scenario browser: filters (language, setting, difficulty — never the customer's type),
/// the list, and the selected scenario's details.
enum BrowserScreen: ScreenComponent {
    /// The mark of a scenario with a time limit: one cell wide, unlike an hourglass emoji.
    static let timedMark = "◷"

    /// "  ✓ 85" after a scenario finished before, with its best total; nothing before the first time.
    static func played(_ id: String, _ m: TrainerContext) -> String {
        m.bestScores[id].map { "  ✓ \($0)" } ?? ""
    }

    static func stars(_ level: Int) -> String {
        String(repeating: "★", count: max(1, min(3, level))) + String(repeating: "☆", count: 3 - max(1, min(3, level)))
    }

    static func embed(_ state: BrowserState) -> Screen { .browser(state) }

    static func update(_ browser: inout BrowserState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        let list = browser.scenarios(in: m.library)
        if let index = App.listChoice(intent, selected: &browser.selected, count: list.count) {
            m.lastBrowser = browser
            return .play(PlayScreen.start(list[index], &m))
        }
        switch intent {
        case .pageUp: browser.selected = App.move(browser.selected, by: -10, count: list.count)
        case .pageDown: browser.selected = App.move(browser.selected, by: 10, count: list.count)
        case .filterLanguage:
            let present = Set(m.library.scenarios.map(\.language))
            let order: [Language?] = ([m.language] + Language.allCases.filter { $0 != m.language }).filter(present.contains) + [nil]
            let index = order.firstIndex(of: browser.language) ?? 0
            browser.language = order[(index + 1) % order.count]
            browser.setting = nil
            browser.resetSelection()
        case .filterSetting:
            let order: [String?] = [nil] + browser.availableSettings(in: m.library).map { Optional($0) }
            let index = order.firstIndex(of: browser.setting) ?? 0
            browser.setting = order[(index + 1) % order.count]
            browser.resetSelection()
        case .filterDifficulty:
            let order: [Int?] = [nil, 1, 2, 3]
            let index = order.firstIndex(of: browser.difficulty) ?? 0
            browser.difficulty = order[(index + 1) % order.count]
            browser.resetSelection()
        case .back:
            m.lastBrowser = browser
            return .menu(MenuState(selecting: .playScenario, m))
        default:
            break
        }
        return nil
    }

    static func hints(_ browser: BrowserState, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        return [
            KeyHint("↑↓", t(Strings.keyMove)), KeyHint("Enter", t(Strings.keyChoose)),
            KeyHint("l s d", t(Strings.keyFilters)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack)),
        ]
    }

    /// The browser's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpBrowser, lines: Strings.helpBrowserKeys)


    static func render(_ browser: BrowserState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.chooseScenario), area, &canvas)
        let body = area.inset(top: 1, left: 1, right: 1)
        // Filters, each clickable.
        let filterRow = body.row(0)
        var x = filterRow.x
        let filters: [(String, String, String, Intent)] = [
            ("l", m.t(Strings.language), browser.language?.nativeName ?? m.t(Strings.all), .filterLanguage),
            ("s", m.t(Strings.setting), browser.setting ?? m.t(Strings.all), .filterSetting),
            ("d", m.t(Strings.difficulty), browser.difficulty.map { m.t(Strings.difficultyName($0)) } ?? m.t(Strings.all), .filterDifficulty),
        ]
        // The values matter more than the labels: when all do not fit, the labels go (the keys stay).
        let full = filters.map { " \($0.0)   \($0.1): \($0.2)" }.joined(separator: "   ").displayWidth
        let labelled = full <= filterRow.width
        for (key, label, value, intent) in filters {
            let start = x
            x = canvas.write([Span(" \(key) ", style: Style(.keyHint)), Span(labelled ? " \(label): " : " "), Span(value, style: Style(.accent, .bold))],
                             x: x, y: filterRow.y, clip: filterRow)
            canvas.hit(Rect(x: start, y: filterRow.y, width: x - start, height: 1), intent)
            x += 3
        }
        Layout.rule(body.row(1), &canvas)
        let main = body.inset(top: 2)
        let list = browser.scenarios(in: m.library)
        guard !list.isEmpty else {
            let message = m.library.scenarios.isEmpty ? Strings.emptyLibrary : Strings.noScenarios
            canvas.write(m.t(message), x: main.x, y: main.y + 1, style: Style(.warning), clip: main)
            return
        }
        let listWidth = main.width >= 110 ? main.width / 2 : main.width * 11 / 20
        let (listArea, detailArea) = main.splitLeft(listWidth)
        let items = list.map {
            "\(stars($0.difficulty)) \($0.title)" + ($0.isTimed ? " " + timedMark : "") + (browser.language == nil ? " [\($0.language.rawValue)]" : "")
                + played($0.id, m)
        }
        let layout = SelectList(items, selected: browser.selected, offset: browser.offset)
            .render(into: &canvas.buffer, area: listArea.inset(right: 1))
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width - 1, height: rect.height), .pick(index))
        }
        let scenario = list[min(browser.selected, list.count - 1)]
        let inner = Box(title: scenario.title).render(into: &canvas.buffer, area: detailArea).inset(left: 1, right: 1)
        let t = m.t
        var spans: [Span] = [
            Span(t(Strings.setting) + ": ", style: Style(.muted)), Span(scenario.setting + "\n"),
            Span(t(Strings.difficulty) + ": ", style: Style(.muted)),
            Span("\(stars(scenario.difficulty)) \(t(Strings.difficultyName(scenario.difficulty)))\n"),
            Span(t(Strings.language) + ": ", style: Style(.muted)), Span(scenario.language.nativeName + "\n"),
            Span(t(Strings.timeLimit) + ": ", style: Style(.muted)),
            Span((scenario.isTimed ? timedMark + " " + t(m.timersOff ? Strings.timedButOff : Strings.timed) : t(Strings.untimed)) + "\n"),
            Span(t(Strings.customer) + ": ", style: Style(.muted)), Span(scenario.customer.name + "\n", style: Style(.accent)),
            Span(t(Strings.yourBest) + ": ", style: Style(.muted)),
            Span(m.bestScores[scenario.id].map { "✓ \($0)/100" } ?? t(Strings.notPlayed), style: Style(.normal)),
            Span("\n"),
        ]
        if let summary = scenario.summary { spans.append(Span("\n" + summary + "\n")) }
        if !scenario.tags.isEmpty { spans.append(Span("\n" + scenario.tags.map { "#" + $0 }.joined(separator: " "), style: Style(.muted))) }
        Paragraph(spans).render(into: &canvas.buffer, area: inner)
    }
}

extension BrowserState {
    /// The browser for an interface in `language`: its scenarios, or all when it has none (a catalogue-only language).
    init(language: Language, in library: TrainingLibrary) {
        self.init(language: library.scenarios.contains { $0.language == language } ? language : nil)
    }
}
