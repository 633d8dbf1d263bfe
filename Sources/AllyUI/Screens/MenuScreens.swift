import AllyCore
import AllyTerminal

/// The welcome screen: the trainee's name and the interface language.
enum WelcomeScreen {
    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.welcomeTitle), area, &canvas)
        let width = min(72, area.width - 4)
        let block = area.inset(top: 1).centered(width: width, height: min(14, area.height - 1))
        var y = block.y
        canvas.write(m.t(Strings.welcomeTitle), x: block.x, y: y, style: Style(.title, .bold), clip: block)
        y += 1
        for line in TextLayout.wrap(m.t(Strings.tagline), width: block.width) {
            canvas.write(line, x: block.x, y: y, style: Style(.muted), clip: block)
            y += 1
        }
        y += 1
        let labelWidth = max(m.t(Strings.yourName).displayWidth, m.t(Strings.interfaceLanguage).displayWidth) + 4
        let nameFocused = m.welcome.focus == .name
        canvas.write((nameFocused ? "› " : "  ") + m.t(Strings.yourName), x: block.x, y: y,
                     style: nameFocused ? Style(.accent, .bold) : .normal, clip: block)
        let field = Rect(x: block.x + labelWidth, y: y, width: max(1, block.width - labelWidth), height: 1)
        let shown = m.welcome.name.isEmpty && !nameFocused ? m.t(Strings.typeYourName) : m.welcome.name + (nameFocused ? "▏" : "")
        canvas.buffer.fill(field, style: Style(.normal, .underline))
        canvas.write(TextLayout.truncate(shown, width: field.width), x: field.x, y: y,
                     style: Style(m.welcome.name.isEmpty && !nameFocused ? .muted : .normal, .underline), clip: field)
        canvas.hit(Rect(x: block.x, y: y, width: block.width, height: 1), .nextField)
        y += 2
        let languageFocused = m.welcome.focus == .language
        canvas.write((languageFocused ? "› " : "  ") + m.t(Strings.interfaceLanguage), x: block.x, y: y,
                     style: languageFocused ? Style(.accent, .bold) : .normal, clip: block)
        var x = block.x + labelWidth
        for (index, language) in Language.choices(including: m.language).enumerated() {
            let isCurrent = language == m.language
            let label = " \(index + 1) \(language.nativeName) "
            let end = canvas.write(label, x: x, y: y, style: isCurrent ? Style(.selected) : Style(.muted), clip: block)
            canvas.hit(Rect(x: x, y: y, width: end - x, height: 1), .pick(index))
            x = end + 2
        }
        y += 2
        if m.welcome.nameMissing {
            canvas.write(m.t(Strings.nameNeeded), x: block.x, y: y, style: Style(.warning, .bold), clip: block)
        } else {
            canvas.write(m.t(Strings.welcomeStart), x: block.x, y: y, style: Style(.muted), clip: block)
        }
        y += 2
        // The families at a glance, for the first-time trainee.
        let familyWidth = StrategyFamily.allCases.map { $0.name(in: m.language).displayWidth }.max()! + 2
        for family in StrategyFamily.allCases where y < block.maxY {
            let types = family.types.map { $0.name(in: m.language) }.joined(separator: ", ")
            let spans = [Span("• " + TextLayout.pad(family.name(in: m.language), width: familyWidth), style: Style(.accent)),
                         Span(types, style: Style(.muted))]
            canvas.write(spans, x: block.x, y: y, clip: block)
            y += 1
        }
    }
}

/// The main menu.
enum MenuScreen {
    static func label(_ item: MenuItem, _ m: AppModel) -> String {
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

    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.menuTitle), area, &canvas)
        let items = m.menuItems
        let width = min(60, area.width - 4)
        let block = area.inset(top: 1).centered(width: width, height: min(items.count + 8, area.height - 1))
        canvas.write(m.t(Strings.hello(m.traineeName)), x: block.x, y: block.y, style: Style(.title, .bold), clip: block)
        canvas.write(TextLayout.truncate(m.t(Strings.tagline), width: block.width), x: block.x, y: block.y + 1, style: Style(.muted), clip: block)
        let listArea = Rect(x: block.x, y: block.y + 3, width: block.width, height: items.count)
        let layout = SelectList(items.map { label($0, m) }, selected: m.menuSelected).render(into: &canvas.buffer, area: listArea)
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width, height: rect.height), .pick(index))
        }
        let selected = items[min(m.menuSelected, items.count - 1)]
        let noteArea = Rect(x: block.x, y: listArea.maxY + 1, width: block.width, height: max(0, block.maxY - listArea.maxY - 1))
        Paragraph(m.t(note(selected)), style: Style(.muted)).render(into: &canvas.buffer, area: noteArea)
    }
}

/// The scenario browser: filters (language, setting, difficulty — never the customer's type),
/// the list, and the selected scenario's details.
enum BrowserScreen {
    /// The mark of a scenario with a time limit: one cell wide, unlike an hourglass emoji.
    static let timedMark = "◷"

    /// "  ✓ 85" after a scenario finished before, with its best total; nothing before the first time.
    static func played(_ id: String, _ m: AppModel) -> String {
        m.bestScores[id].map { "  ✓ \($0)" } ?? ""
    }

    static func stars(_ level: Int) -> String {
        String(repeating: "★", count: max(1, min(3, level))) + String(repeating: "☆", count: 3 - max(1, min(3, level)))
    }

    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.chooseScenario), area, &canvas)
        let body = area.inset(top: 1, left: 1, right: 1)
        // Filters, each clickable.
        let filterRow = body.row(0)
        var x = filterRow.x
        let filters: [(String, String, String, Intent)] = [
            ("l", m.t(Strings.language), m.browser.language?.nativeName ?? m.t(Strings.all), .filterLanguage),
            ("s", m.t(Strings.setting), m.browser.setting ?? m.t(Strings.all), .filterSetting),
            ("d", m.t(Strings.difficulty), m.browser.difficulty.map { m.t(Strings.difficultyName($0)) } ?? m.t(Strings.all), .filterDifficulty),
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
        let list = m.filteredScenarios
        guard !list.isEmpty else {
            let message = m.library.scenarios.isEmpty ? Strings.emptyLibrary : Strings.noScenarios
            canvas.write(m.t(message), x: main.x, y: main.y + 1, style: Style(.warning), clip: main)
            return
        }
        let listWidth = main.width >= 110 ? main.width / 2 : main.width * 11 / 20
        let (listArea, detailArea) = main.splitLeft(listWidth)
        let items = list.map {
            "\(stars($0.difficulty)) \($0.title)" + ($0.isTimed ? " " + timedMark : "") + (m.browser.language == nil ? " [\($0.language.rawValue)]" : "")
                + played($0.id, m)
        }
        let layout = SelectList(items, selected: m.browser.selected, offset: m.browser.offset)
            .render(into: &canvas.buffer, area: listArea.inset(right: 1))
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width - 1, height: rect.height), .pick(index))
        }
        let scenario = list[min(m.browser.selected, list.count - 1)]
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

/// The course list.
enum CoursesScreen {
    static func draw(_ m: AppModel, _ area: Rect, _ canvas: inout Canvas) {
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
        let layout = SelectList(items, selected: m.courseSelected).render(into: &canvas.buffer, area: listArea.inset(right: 1))
        for (index, rect) in zip(layout.visibleItems, layout.itemRects) {
            canvas.hit(Rect(x: listArea.x, y: rect.y, width: listArea.width - 1, height: rect.height), .pick(index))
        }
        let course = courses[min(m.courseSelected, courses.count - 1)]
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
