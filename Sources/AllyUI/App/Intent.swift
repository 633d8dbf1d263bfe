import AllyCore
import AllyTerminal

/// What a key means to the trainer, independent of which key it was.
public enum Intent: Sendable, Equatable {
    /// Move the selection up.
    case up
    /// Move the selection down.
    case down
    /// Move left (change a value in a row).
    case left
    /// Move right (change a value in a row).
    case right
    /// Scroll a page up.
    case pageUp
    /// Scroll a page down.
    case pageDown
    /// Go to the top of long text (Home).
    case first
    /// Go to the end of long text (End).
    case last
    /// Step back to the previous item of a sequence (a replay's previous decision).
    case previous
    /// Pick option `n` (0-based) directly.
    case pick(Int)
    /// Choose the selection, continue.
    case confirm
    /// Go back (or leave, asking first).
    case back
    /// Show or hide help.
    case help
    /// Switch to the next field.
    case nextField
    /// Toggle the one-line reminders.
    case toggleReminders
    /// Cycle the browser's language filter.
    case filterLanguage
    /// Cycle the browser's setting filter.
    case filterSetting
    /// Cycle the browser's difficulty filter.
    case filterDifficulty
    /// Play the same scenario again (from the debrief).
    case again
    /// Answer yes.
    case yes
    /// Answer no.
    case no
    /// Type a character into a text field.
    case type(Character)
    /// Delete the last character of a text field.
    case deleteBackward
    /// Quit at once (Ctrl-C).
    case interrupt
    /// Nothing this screen handles.
    case ignore
}

/// Maps keys to intents. No function keys are needed for anything.
public enum KeyMap {
    /// The intent of `key`; `textEntry` is true while a text field has the focus, so letters
    /// and digits are typed rather than taken as commands; `answering` while a yes-or-no question
    /// shows, where `j` (ja) is yes, as a Dutch trainee types it, rather than down.
    public static func intent(for key: Key, textEntry: Bool = false, answering: Bool = false) -> Intent {
        switch key {
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home: return .first
        case .end: return .last
        case .delete, .function: return .ignore
        case .enter: return .confirm
        case .escape: return .back
        case .tab, .backTab: return .nextField
        case .backspace: return textEntry ? .deleteBackward : .back
        case .ctrlC: return .interrupt
        case .control("n"): return .down
        case .control("p"): return .up
        case .control: return .ignore
        case .char(let character):
            if character == "?" { return .help }
            if textEntry { return .type(character) }
            if answering, character == "j" || character == "J" { return .yes }
            return intent(for: character)
        }
    }

    /// The intent of one notch of the mouse wheel: one step of what the arrows do, so it moves
    /// a selection in lists and scrolls text that scrolls.
    public static func intent(for direction: ScrollDirection) -> Intent {
        direction == .up ? .up : .down
    }

    /// The intent of a printable character outside text fields.
    static func intent(for character: Character) -> Intent {
        if let digit = character.wholeNumberValue, character.isASCII, (1...Step.maximumChoices).contains(digit) {
            return .pick(digit - 1)
        }
        switch character {
        case "k": return .up
        case "a": return .again
        // p and n step through a replay: p must not be an arrow, since the arrows scroll there.
        case "p": return .previous
        case "j": return .down
        case "h": return .left
        case "l": return .filterLanguage
        case "q": return .back
        case " ": return .confirm
        case "r": return .toggleReminders
        case "s": return .filterSetting
        case "d": return .filterDifficulty
        case "y", "Y": return .yes
        case "n", "N": return .no
        default: return .ignore
        }
    }
}
