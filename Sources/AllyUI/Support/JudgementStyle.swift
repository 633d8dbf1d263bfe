import AllyCore
import AllyTerminal

extension Feedback.Judgement {
    /// The role its mark and verdict are drawn in, on every screen.
    public var role: Role {
        switch self {
        case .right: .correct
        case .partlyRight: .warning
        case .wrong: .wrong
        case .neutral: .muted
        }
    }

    /// Its mark and word ("✓ Right"), as the trainer, the drill and plain mode say it.
    public var verdict: Localized {
        switch self {
        case .right: Strings.right
        case .partlyRight: Strings.partlyRight
        case .wrong: Strings.wrong
        case .neutral: Strings.noted
        }
    }
}
