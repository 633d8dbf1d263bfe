import AllyCore
import AllyTerminal

/// What the drill's update and view see of the trainer: the drill (nil while its history loads),
/// where to go next, and the shared context.
@dynamicMemberLookup
struct DrillHost {
    /// The drill showing, once loaded.
    var drill: DrillState?
    /// The screen to show after the update: the drill, or the menu once the trainee leaves it.
    var screen: ScreenID = .drill
    /// What every screen shares.
    var context: TrainerContext

    /// A shared value, read through the context.
    subscript<T>(dynamicMember keyPath: KeyPath<TrainerContext, T>) -> T { context[keyPath: keyPath] }

    /// The interface text `text` in the current language.
    func t(_ text: Localized) -> String { context.t(text) }
}

extension Layout {
    /// What the trainee notices about the customer, as the drill shows it.
    static func cues(_ cues: [String], _ host: DrillHost) -> [Span] { self.cues(cues, host.context) }
}

/// The drill as a screen component: a wrapper around ``DrillBehaviour`` and ``DrillScreen``.
enum DrillComponent: ScreenComponent {
    static func embed(_ state: DrillState?) -> Screen { .drill(state) }

    static func update(_ state: inout DrillState?, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        var host = DrillHost(drill: state, context: m)
        DrillBehaviour.handle(intent, &host, &commands)
        state = host.drill
        return host.screen == .drill ? nil : .menu(MenuState(selecting: .drill, m))
    }

    static func render(_ state: DrillState?, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        DrillScreen.draw(DrillHost(drill: state, context: m), area, &canvas)
    }

    static func hints(_ state: DrillState?, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        switch state?.stage {
        case .type, .family, .concept:
            return [KeyHint("↑↓", t(Strings.keyMove)), KeyHint("1-9", t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyChoose)),
                    KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyStop))]
        case .feedback, .conceptFeedback:
            return [KeyHint("Enter", t(Strings.keyContinue)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyStop))]
        default:
            return [KeyHint("Enter", t(Strings.toMenu)), KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyBack))]
        }
    }

    /// The drill's keys.
    static let helpSection = HelpKeys.Section(heading: Strings.helpDrill, lines: Strings.helpDrillKeys)

}
