import AllyTerminal
import CNcurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the full-screen interface could not start; every message points to `--plain`.
public enum NcursesBackendError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a CI log).
    case notATerminal
    /// `TERM` is not set.
    case terminalTypeUnset
    /// `TERM` is `dumb`: no cursor movement, no full screen.
    case dumbTerminal
    /// terminfo does not know this `TERM`.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor to an arbitrary cell.
    case cannotAddressCursor(String)

    /// A one-line explanation with the way out.
    public var description: String {
        let reason: String
        switch self {
        case .notATerminal:
            reason = "standard input and output must be a terminal"
        case .terminalTypeUnset:
            reason = "TERM is not set"
        case .dumbTerminal:
            reason = "TERM=dumb cannot show a full-screen interface"
        case .unknownTerminal(let name):
            reason = "the terminal type '\(name)' is unknown to terminfo"
        case .cannotAddressCursor(let name):
            reason = "the terminal type '\(name)' cannot move the cursor"
        }
        return "cannot start the full-screen interface: \(reason). Use --plain for line-by-line mode."
    }
}

/// How the backend uses colour.
public enum ColorMode: Sendable {
    /// Colour when the terminal has it and `NO_COLOR` is unset or empty; otherwise monochrome.
    case automatic
    /// Never colour: roles are told apart by bold, reverse, underline and dim.
    case monochrome
}

/// A ``TerminalBackend`` on ncurses: the real, full-screen terminal.
///
/// Not thread-safe, and deliberately not `Sendable`: curses is process-global state, so create
/// one backend and use it only from the thread that created it (the main thread). Always
/// call ``restore()`` before exiting; an `atexit` hook and crash-signal handlers are only
/// safety nets. SIGINT, SIGTERM, SIGHUP and SIGQUIT are turned into a
/// ``InputEvent/terminate(signal:)`` event so the caller can save, restore and exit.
public final class NcursesBackend: TerminalBackend {
    /// The theme in effect (``Theme/monochrome`` when colour is unavailable or unwanted).
    public let theme: Theme
    /// The SCREEN that newterm returned.
    private let screen: OpaquePointer
    /// Read end of the signal self-pipe.
    private let signalDescriptor: Int32
    /// Colour pair per role (0, the terminal default, when a role has no colours).
    private let pairs: RoleMap<Int16>
    /// Whether curses still owns the terminal.
    private var active = true
    /// What stdscr holds now, so unchanged cells are not even handed to curses.
    private var lastDrawn: ScreenBuffer?
    /// Set after a resize: the next draw repaints the whole screen.
    private var needsFullRepaint = false

    /// Takes over the terminal, or throws a ``NcursesBackendError`` (telling the user about
    /// `--plain`) when it cannot be used full-screen.
    public init(theme: Theme = .standard, colorMode: ColorMode = .automatic) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesBackendError.notATerminal }
        guard let term = Self.environment("TERM"), !term.isEmpty else { throw NcursesBackendError.terminalTypeUnset }
        guard term != "dumb" else { throw NcursesBackendError.dumbTerminal }
        // The locale decides whether curses reads and writes UTF-8 (Dutch diacritics, wide characters).
        setlocale(LC_ALL, "")
        Self.preferUTF8Characters()

        // Our handlers go in before newterm: curses only installs its own SIGINT/SIGTERM
        // handlers (which would exit without saving) where the disposition is still the default.
        let descriptor = ally_install_termination_handlers()
        ally_install_crash_handlers(STDOUT_FILENO)
        guard let screen = ally_newterm() else {
            ally_remove_crash_handlers()
            ally_remove_termination_handlers()
            throw NcursesBackendError.unknownTerminal(term)
        }
        ally_set_curses_active(1)
        ally_register_atexit()
        guard ally_can_address_cursor() != 0 else {
            endwin()
            ally_set_curses_active(0)
            delscreen(screen)
            ally_remove_crash_handlers()
            ally_remove_termination_handlers()
            throw NcursesBackendError.cannotAddressCursor(term)
        }
        ally_capture_reset_strings()
        self.screen = screen
        self.signalDescriptor = descriptor

        raw()  // Ctrl-C and Ctrl-Z arrive as keys; nothing is line-buffered.
        noecho()
        nonl()  // Enter arrives as CR either way; nonl lets curses move the cursor with fewer bytes.
        let window = ally_stdscr()
        keypad(window, true)
        ally_define_normal_mode_keys()
        intrflush(window, false)
        leaveok(window, true)  // the cursor is hidden, so never spend bytes moving it back
        _ = curs_set(0)
        _ = set_escdelay(25)
        _ = ally_enable_mouse()

        // A fresh stdscr is all blanks, as is a new buffer: the first frame hands curses only the
        // cells that show something (most of a screen is empty).
        lastDrawn = ScreenBuffer(size: TerminalSize(columns: Int(ally_cols()), rows: Int(ally_rows())))

        let wantsColor = colorMode == .automatic && Theme.allowsColor(noColor: Self.environment("NO_COLOR"))
        if wantsColor, has_colors(), theme.usesColor, let pairs = Self.startColors(theme) {
            self.theme = theme
            self.pairs = pairs
        } else {
            self.theme = .monochrome
            self.pairs = RoleMap(0)
        }
    }

    deinit {
        restore()
    }

    /// The terminal's current size.
    public var size: TerminalSize {
        guard active else { return TerminalSize(columns: 0, rows: 0) }
        return TerminalSize(columns: Int(ally_cols()), rows: Int(ally_rows()))
    }

    /// Copies `buffer` into curses and lets curses send only what changed.
    ///
    /// Cells equal to the previous frame are skipped before curses even sees them; curses then
    /// diffs against what the terminal shows, so moving a selection costs a few dozen bytes.
    public func draw(_ buffer: ScreenBuffer) {
        guard active else { return }
        let rows = Int(ally_rows()), columns = Int(ally_cols())
        let previous = needsFullRepaint ? nil : lastDrawn.flatMap { $0.size == buffer.size ? $0 : nil }
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = buffer[x, y]
                // curses fills the right half of a wide character itself.
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        let window = ally_stdscr()
        if needsFullRepaint {
            // Only after a resize: the terminal may have reflowed or cleared what it showed.
            clearok(window, true)
            needsFullRepaint = false
        }
        wnoutrefresh(window)
        doupdate()
        lastDrawn = buffer
    }

    /// Waits for a key, a click, a resize, a termination signal, data on `descriptor` or the
    /// timeout (both `.tick`).
    ///
    /// Waits in poll(2) on the terminal, the signal self-pipe and `descriptor`, so a signal or a
    /// message is noticed at once and no time is spent spinning: without a timeout, a quiet
    /// program costs no CPU at all. Keys are decoded by curses only once the terminal has bytes
    /// (escape sequences included). A hung-up terminal (SSH dropped) reads as SIGHUP.
    public func nextEvent(timeout: Duration?, watching descriptor: Int32?) -> InputEvent {
        guard active else { return .terminate(signal: SIGHUP) }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        while true {
            let signal = ally_take_termination_signal()
            if signal != 0 { return .terminate(signal: signal) }
            // Whatever curses has already buffered (the rest of a paste, a resize) comes first.
            if let event = readEvent(waitMilliseconds: 0) { return event }
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                if left <= .zero { return .tick }
                let (seconds, attoseconds) = left.components
                wait = Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
            }
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalDescriptor, events: Int16(POLLIN), revents: 0),
                // A negative descriptor is left out by poll: no link, nothing watched.
                pollfd(fd: descriptor ?? -1, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready <= 0 { continue }  // EINTR (SIGWINCH, a signal) or the timeout: loop decides
            let terminal = Int32(descriptors[0].revents)
            if terminal & Int32(POLLIN) != 0, let event = readEvent(waitMilliseconds: 50) { return event }
            if terminal & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return .terminate(signal: SIGHUP)
            }
            // Data, or the end of the link: the program reads it (and stops watching a closed one).
            if descriptors[2].revents != 0 { return .tick }
        }
    }

    /// Ends curses and puts the terminal back as it was; later calls do nothing.
    public func restore() {
        guard active else { return }
        active = false
        ally_disable_mouse()
        _ = curs_set(1)
        endwin()
        ally_set_curses_active(0)
        delscreen(screen)
        ally_remove_crash_handlers()
        ally_remove_termination_handlers()
    }

    /// Whether bytes wait on the terminal (curses reads one at a time, so what it has not taken
    /// is still in the kernel's queue).
    public var hasPendingInput: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && (descriptor.revents & Int16(POLLIN)) != 0
    }

    /// Overflows the stack, for the end-to-end test that a crash restores the terminal even when
    /// no stack is left (the crash handler runs on an alternate signal stack). Never returns.
    public static func overflowTheStackForTest() -> Never {
        ally_overflow_the_stack()
        fatalError("the stack did not overflow")
    }

    // MARK: - Private

    /// Reads one event from curses, waiting at most `waitMilliseconds`; nil when nothing usable came.
    private func readEvent(waitMilliseconds: Int32) -> InputEvent? {
        wtimeout(ally_stdscr(), waitMilliseconds)
        var code: UInt32 = 0
        switch ally_get_wch(&code) {
        case Int32(ALLY_KEY_CODE_YES):
            return keyCodeEvent(Int32(bitPattern: code))
        case Int32(ALLY_OK):
            // An ESC that starts a sequence curses does not know is not the Escape key (which
            // leaves and quits); what follows the sequence may already be queued, so read on.
            if code == 0x1B, ally_skip_escape_sequence() != 0 { return readEvent(waitMilliseconds: 0) }
            if code == 0x1A { return suspend() }  // Ctrl-Z
            return Key(codePoint: code).map { .key($0) }
        default:
            return nil
        }
    }

    /// Ctrl-Z: hands the terminal back to the shell, exactly as ``restore()`` leaves it, and
    /// stops; on `fg` takes it over again and repaints everything. The model sees a resize
    /// (the window may have changed meanwhile), so nothing else about the play changes.
    private func suspend() -> InputEvent {
        ally_disable_mouse()
        _ = curs_set(1)
        endwin()
        ally_set_curses_active(0)
        ally_suspend()
        // Continued (or never stopped, without job control): the next doupdate re-enters
        // curses mode with the modes and keypad state it had.
        ally_set_curses_active(1)
        _ = curs_set(0)
        _ = ally_enable_mouse()
        lastDrawn = nil
        needsFullRepaint = true
        return .resize(columns: Int(ally_cols()), rows: Int(ally_rows()))
    }

    /// Maps a curses key code (KEY_*) to an event.
    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case Int32(ALLY_KEY_RESIZE):
            lastDrawn = nil
            needsFullRepaint = true
            return .resize(columns: Int(ally_cols()), rows: Int(ally_rows()))
        case Int32(ALLY_KEY_MOUSE):
            var x: Int32 = 0, y: Int32 = 0
            switch ally_get_mouse(&x, &y) {
            case Int32(ALLY_MOUSE_CLICK): return .click(column: Int(x), row: Int(y))
            case Int32(ALLY_MOUSE_WHEEL_UP): return .scroll(.up, column: Int(x), row: Int(y))
            case Int32(ALLY_MOUSE_WHEEL_DOWN): return .scroll(.down, column: Int(x), row: Int(y))
            default: return nil
            }
        case Int32(ALLY_KEY_UP): return .key(.up)
        case Int32(ALLY_KEY_DOWN): return .key(.down)
        case Int32(ALLY_KEY_LEFT): return .key(.left)
        case Int32(ALLY_KEY_RIGHT): return .key(.right)
        case Int32(ALLY_KEY_HOME): return .key(.home)
        case Int32(ALLY_KEY_END): return .key(.end)
        case Int32(ALLY_KEY_PPAGE): return .key(.pageUp)
        case Int32(ALLY_KEY_NPAGE): return .key(.pageDown)
        case Int32(ALLY_KEY_ENTER): return .key(.enter)
        case Int32(ALLY_KEY_BACKSPACE): return .key(.backspace)
        case Int32(ALLY_KEY_DC): return .key(.delete)
        case Int32(ALLY_KEY_BTAB): return .key(.backTab)
        default:
            let f0 = Int32(ALLY_KEY_F0)
            if code > f0, code <= ally_key_f(24) { return .key(.function(Int(code - f0))) }
            return nil
        }
    }

    /// Hands one cell to curses.
    private func put(_ cell: Cell, x: Int, y: Int) {
        var bits: UInt32 = 0
        let attributes = theme.attributes(for: cell.style)
        if attributes.contains(.bold) { bits |= UInt32(ALLY_ATTR_BOLD) }
        if attributes.contains(.underline) { bits |= UInt32(ALLY_ATTR_UNDERLINE) }
        if attributes.contains(.reverse) { bits |= UInt32(ALLY_ATTR_REVERSE) }
        if attributes.contains(.dim) { bits |= UInt32(ALLY_ATTR_DIM) }
        let pair = pairs[cell.style.role]
        var scalars = cell.grapheme.unicodeScalars.makeIterator()
        let first = scalars.next()
        // Nearly every cell is a single scalar: hand it over without building an array.
        if cell.grapheme.isControl || first == nil || scalars.next() == nil {
            var codepoint = cell.grapheme.isControl ? 0x20 : first.map { Int32(bitPattern: $0.value) } ?? 0x20
            _ = ally_put_cell(Int32(y), Int32(x), &codepoint, 1, bits, pair)
            return
        }
        // curses takes one spacing character and the combining marks after it. A flag (two
        // regional indicators) or a ZWJ sequence (👩‍👩‍👧) it draws in fewer columns than the screen
        // buffer gave it, or refuses, and a ZWJ sent on joins whatever the terminal prints next:
        // the grapheme's second column kept what was there before. Its first character is drawn,
        // with its combining marks only (no variation selector, no ZWJ).
        var codepoints = [Int32(bitPattern: first!.value)]
        for scalar in cell.grapheme.unicodeScalars.dropFirst() {
            let mark = scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            guard mark, !(0xFE00...0xFE0F).contains(scalar.value) else { break }
            codepoints.append(Int32(bitPattern: scalar.value))
        }
        _ = ally_put_cell(Int32(y), Int32(x), &codepoints, Int32(codepoints.count), bits, pair)
        // A grapheme the screen buffer gives two columns whose first character the terminal draws
        // in one (a regional indicator): the second column is cleared, not left as it was.
        if cell.grapheme.displayWidth == 2, ally_wcwidth(first!.value) == 1, x + 1 < Int(ally_cols()) {
            var space: Int32 = 0x20
            _ = ally_put_cell(Int32(y), Int32(x + 1), &space, 1, bits, pair)
        }
    }

    /// Starts colour and defines one pair per coloured role; nil when the terminal lacks pairs.
    private static func startColors(_ theme: Theme) -> RoleMap<Int16>? {
        guard start_color() != ALLY_ERR else { return nil }
        // With default colours, a role that does not set a background keeps the user's own.
        let hasDefaults = use_default_colors() != ALLY_ERR
        guard ally_color_pairs() > Role.allCases.count, ally_colors() >= 8 else { return nil }
        var pairs = RoleMap<Int16>(0)
        for role in Role.allCases {
            let colors = theme.colors(for: role)
            guard colors.foreground != .terminalDefault || colors.background != .terminalDefault else { continue }
            let pair = Int16(role.position + 1)
            let foreground = Int16(colors.foreground.rawValue >= 0 || hasDefaults ? colors.foreground.rawValue : Int(COLOR_WHITE))
            let background = Int16(colors.background.rawValue >= 0 || hasDefaults ? colors.background.rawValue : Int(COLOR_BLACK))
            guard init_pair(pair, foreground, background) != ALLY_ERR else { return nil }
            pairs[role] = pair
        }
        return pairs
    }

    /// Switches character handling to UTF-8 when the locale is plain C/POSIX or another codeset.
    ///
    /// Terminals are UTF-8 nearly everywhere, but an SSH login often arrives without LANG, and in
    /// the C locale curses cannot write "›", "·" or "é" at all: the selection marker vanished.
    private static func preferUTF8Characters() {
        guard let codeset = nl_langinfo(nl_item(CODESET)).map({ String(cString: $0) }), codeset != "UTF-8" else { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    /// An environment variable, or nil.
    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
