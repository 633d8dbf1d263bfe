/// A key the user pressed.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, accented and wide characters).
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Enter or Return.
    case enter
    /// Escape on its own (not the start of a key sequence).
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Ctrl-C, delivered as a key because the terminal is in raw mode.
    case ctrlC
    /// Another Ctrl-letter combination, e.g. `control("l")` for Ctrl-L.
    case control(Character)
    /// Function key F`n`.
    case function(Int)

    /// The key for a character code read from a terminal in raw mode, or nil when the code is
    /// neither printable nor a known control key.
    ///
    /// Raw mode turns Enter into CR and leaves Ctrl-C as byte 3, so both are mapped here.
    public init?(codePoint: UInt32) {
        switch codePoint {
        case 0x03: self = .ctrlC
        case 0x0D, 0x0A: self = .enter
        case 0x1B: self = .escape
        case 0x7F, 0x08: self = .backspace
        case 0x09: self = .tab
        case 0x01...0x1A:
            self = .control(Character(Unicode.Scalar(UInt8(codePoint) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(codePoint), scalar.displayWidth > 0 else { return nil }
            self = .char(Character(scalar))
        }
    }
}

/// Which way a mouse wheel turned.
public enum ScrollDirection: Hashable, Sendable {
    /// Away from the user: towards the top.
    case up
    /// Towards the user: towards the bottom.
    case down
}

/// Something that happened at the terminal.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size; the next frame should be rendered at this size.
    case resize(columns: Int, rows: Int)
    /// A mouse click (button 1) at a cell.
    case click(column: Int, row: Int)
    /// One notch of the mouse wheel, with the pointer over a cell.
    case scroll(ScrollDirection, column: Int, row: Int)
    /// The timeout passed without input (drives clocks and time limits).
    case tick
    /// The process was asked to stop (SIGTERM, SIGHUP, SIGINT, SIGQUIT, or the input ended):
    /// save, restore the terminal and exit.
    case terminate(signal: Int32)
}
