import AllyCore
import AllyTerminal

/// The help page's state: how far it is scrolled.
public struct HelpPageState: Sendable, Equatable {
    /// Rows scrolled away.
    public var scroll = 0
}

/// The help page: keys, how play works, the types and families, the words, every screen's keys.
enum HelpScreen: ScreenComponent {
    static func embed(_ state: HelpPageState) -> Screen { .help(state) }

    static func update(_ state: inout HelpPageState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        if let scroll = DocumentScreen.scrolled(state.scroll, intent, lineCount: HelpPage.lines(m, width: DocumentScreen.textWidth(m.size.columns)).count, m) {
            state.scroll = scroll
            return nil
        }
        return intent == .confirm || intent == .back ? .menu(MenuState(selecting: .help, m)) : nil
    }

    static func render(_ state: HelpPageState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        Layout.standardTitle(m, m.t(Strings.helpTitle), area, &canvas)
        DocumentScreen.draw(HelpPage.lines(m, width: DocumentScreen.textWidth(m.size.columns)), scroll: state.scroll, area, &canvas)
    }

    static func hints(_ state: HelpPageState, _ m: TrainerContext) -> [KeyHint] {
        [KeyHint("↑↓", m.t(Strings.keyScroll)), KeyHint("?", m.t(Strings.keyHelp)), KeyHint("q", m.t(Strings.keyBack))]
    }

    /// The keys of the scrolling pages (the debrief and this one).
    static let pagesSection = HelpKeys.Section(heading: Strings.helpPages, lines: Strings.helpPagesKeys)

    /// The help page's own keys: those of the scrolling pages.
    static var helpSection: HelpKeys.Section { pagesSection }
}

/// The keys of each screen, as the help page and the `?` overlay list them.
enum HelpKeys {
    /// One group of key lines under a heading.
    struct Section {
        /// The heading.
        var heading: Localized
        /// The lines, key column first.
        var lines: [Localized]
    }

    /// The width of the key column every key line starts with: wrapped lines go on under the description.
    static let indent = 16

    /// Every screen's section, in the order the screens are met; the help page lists them all.
    static var all: [Section] {
        [WelcomeScreen.helpSection, MenuScreen.helpSection, BrowserScreen.helpSection, CoursesScreen.helpSection,
         PlayScreen.helpSection, HelpScreen.pagesSection, ProgressScreen.helpSection, ProgressScreen.replaySection,
         DrillComponent.helpSection]
    }

    /// The keys that work everywhere in the trainer.
    static let general: [Localized] = Strings.helpKeyLines
}

/// The help page: keys, how play works, the nine types and the five families.
enum HelpPage {
    static func lines(_ m: TrainerContext, width: Int) -> [[Span]] {
        let t = m.t
        var out: [[Span]] = [DocumentScreen.heading(t(Strings.helpKeys))]
        for line in HelpKeys.general { out += DocumentScreen.wrap([Span("  " + t(line))], width, indent: HelpKeys.indent + 2) }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpPlay)))
        for line in Strings.helpPlayLines { out += DocumentScreen.wrap([Span("• ", style: Style(.accent)), Span(t(line))], width, indent: 2) }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpTypes)))
        let nameWidth = CustomerType.allCases.map { $0.name(in: m.language).displayWidth }.max()! + 2
        for type in CustomerType.allCases {
            out += DocumentScreen.wrap([
                Span("  " + TextLayout.pad(type.name(in: m.language), width: nameWidth), style: Style(.accent, .bold)),
                Span(type.reminder(in: m.language)),
                Span(" → " + type.family.name(in: m.language), style: Style(.muted)),
            ], width, indent: nameWidth + 2)
        }
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpFamilies)))
        for family in StrategyFamily.allCases {
            out += DocumentScreen.wrap([
                Span("  " + family.name(in: m.language) + ": ", style: Style(.accent, .bold)), Span(family.summary(in: m.language)),
            ], width, indent: 4)
        }
        // The words the debrief and progress use without explaining them there.
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpWords)))
        for line in Strings.helpWordLines { out += DocumentScreen.wrap([Span("• ", style: Style(.accent)), Span(t(line))], width, indent: 2) }
        // Every screen's own keys last: the overlay (`?`) shows those of the screen it is over.
        out.append([])
        out.append(DocumentScreen.heading(t(Strings.helpKeysPerScreen)))
        for section in HelpKeys.all {
            out.append([Span("  " + t(section.heading), style: Style(.accent, .bold))])
            for line in section.lines { out += DocumentScreen.wrap([Span("  " + t(line))], width, indent: HelpKeys.indent + 2) }
        }
        return out
    }
}

/// The `?` overlay: the keys, over whatever shows.
enum HelpOverlay {
    /// Draws the overlay with the `general` keys and the `sections` of the screen under it.
    static func draw(_ m: TrainerContext, general: [Localized], sections: [HelpKeys.Section], _ area: Rect, _ canvas: inout Canvas) {
        let width = min(area.width - 4, 72)
        var lines: [[Span]] = []
        if let reason = m.saveDelayed {
            // The hint row only has room for "not saved yet"; here is what it means.
            lines += TextLayout.wrap([Span(m.t(Strings.saveDelayedHelp(reason)), style: Style(.wrong, .bold))], width: width - 4)
            lines.append([])
        }
        for line in general { lines += TextLayout.wrap([Span(m.t(line))], width: width - 4, hangingIndent: HelpKeys.indent) }
        for section in sections {
            lines.append([])
            lines.append([Span(m.t(section.heading), style: Style(.accent, .bold))])
            for line in section.lines { lines += TextLayout.wrap([Span(m.t(line))], width: width - 4, hangingIndent: HelpKeys.indent) }
        }
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 2))
        canvas.buffer.fill(box)
        let inner = Box(title: m.t(Strings.helpTitle)).render(into: &canvas.buffer, area: box).inset(left: 1, right: 1)
        canvas.lines(lines, in: inner)
        // A click anywhere closes the overlay.
        canvas.hits = [(area, .help)]
    }
}
