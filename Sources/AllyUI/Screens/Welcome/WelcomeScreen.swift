import AllyCore
import AllyTerminal

/// The welcome screen's form.
public struct WelcomeForm: Sendable, Equatable {
    /// The fields of the form.
    public enum Field: Sendable, Equatable {
        /// The trainee's name.
        case name
        /// The interface language.
        case language
    }

    /// The name typed so far.
    public var name: String
    /// The field with the focus.
    public var focus: Field = .name
    /// Whether to point out that a name is needed.
    public var nameMissing = false
}

/// The welcome screen: the trainee's name and the interface language.
enum WelcomeScreen: ScreenComponent {
    static func embed(_ state: WelcomeForm) -> Screen { .welcome(state) }

    static func update(_ form: inout WelcomeForm, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        switch intent {
        case .type(let character):
            if form.name.count < 40, !character.isNewline { form.name.append(character) }
            form.nameMissing = false
        case .deleteBackward:
            if !form.name.isEmpty { form.name.removeLast() }
        case .up, .down, .nextField:
            form.focus = form.focus == .name ? .language : .name
        case .left, .right, .filterLanguage:
            if form.focus == .language {
                let choices = Language.choices(including: m.language), index = choices.firstIndex(of: m.language)!
                setLanguage(choices[(index + (intent == .left ? choices.count - 1 : 1)) % choices.count], &m)
            }
        case .pick(let index) where index < Language.choices(including: m.language).count:
            form.focus = .language
            setLanguage(Language.choices(including: m.language)[index], &m)
        case .confirm:
            let name = form.name.trimmingSpaces
            guard !name.isEmpty else {
                form.nameMissing = true
                form.focus = .name
                return nil
            }
            m.traineeName = name
            form.name = name
            commands.append(.saveProfile(TraineeProfile(name: name, language: m.language, timersOff: m.timersOff)))
            commands.append(.loadUnfinished)
            commands.append(.loadBestScores)
            return .menu(.opening(m))
        case .back:
            commands.append(.quit)
        default:
            break
        }
        return nil
    }

    /// Switches the interface language; the scenario list follows it.
    static func setLanguage(_ language: Language, _ m: inout TrainerContext) {
        m.language = language
        m.lastBrowser = nil
    }

    static func hints(_ form: WelcomeForm, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        return [
            KeyHint("Enter", t(Strings.keyContinue)), KeyHint("↑↓", t(Strings.keyField)),
            KeyHint("←→", t(Strings.keyLanguage)), KeyHint("?", t(Strings.keyHelp)), KeyHint("Esc", t(Strings.keyQuit)),
        ]
    }

    /// The welcome screen's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpWelcome, lines: Strings.helpWelcomeKeys)


    static func render(_ form: WelcomeForm, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
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
        let nameFocused = form.focus == .name
        canvas.write((nameFocused ? "› " : "  ") + m.t(Strings.yourName), x: block.x, y: y,
                     style: nameFocused ? Style(.accent, .bold) : .normal, clip: block)
        let field = Rect(x: block.x + labelWidth, y: y, width: max(1, block.width - labelWidth), height: 1)
        let shown = form.name.isEmpty && !nameFocused ? m.t(Strings.typeYourName) : form.name + (nameFocused ? "▏" : "")
        canvas.buffer.fill(field, style: Style(.normal, .underline))
        canvas.write(TextLayout.truncate(shown, width: field.width), x: field.x, y: y,
                     style: Style(form.name.isEmpty && !nameFocused ? .muted : .normal, .underline), clip: field)
        canvas.hit(Rect(x: block.x, y: y, width: block.width, height: 1), .nextField)
        y += 2
        let languageFocused = form.focus == .language
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
        if form.nameMissing {
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
