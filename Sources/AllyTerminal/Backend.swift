/// Where frames go and where input comes from: a real terminal or an in-memory fake.
///
/// Backends are used from one thread (curses is process-global), so the protocol is
/// deliberately not `Sendable`.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: TerminalSize { get }
    /// Shows `buffer` as the new frame.
    func draw(_ buffer: ScreenBuffer)
    /// Waits for the next event; `nil` waits indefinitely, otherwise `.tick` after `timeout`. Data
    /// on `descriptor` (a socket the program reads itself) ends the wait at once with a `.tick`.
    func nextEvent(timeout: Duration?, watching descriptor: Int32?) -> InputEvent
    /// Gives the terminal back in the state it was found in; safe to call more than once.
    func restore()
    /// Whether more input is already waiting: a loop can leave out the frames in between (a
    /// paste arrives as one key per character).
    var hasPendingInput: Bool { get }
}

extension TerminalBackend {
    /// Nothing is known to wait: every event gets its frame.
    public var hasPendingInput: Bool { false }

    /// Waits for the next event from the terminal alone.
    public func nextEvent(timeout: Duration?) -> InputEvent { nextEvent(timeout: timeout, watching: nil) }
}

/// A backend for tests: plays scripted events and records every frame drawn.
public final class InMemoryBackend: TerminalBackend {
    /// The current size; a scripted `.resize` event changes it.
    public private(set) var size: TerminalSize
    /// Every buffer drawn, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// The timeouts `nextEvent` was called with, oldest first.
    public private(set) var requestedTimeouts: [Duration?] = []
    /// The descriptors `nextEvent` was asked to watch, oldest first.
    public private(set) var watchedDescriptors: [Int32?] = []
    /// How many times `restore()` was called.
    public private(set) var restoreCount = 0
    /// Events not yet delivered.
    public private(set) var pendingEvents: [InputEvent]
    /// What `nextEvent` returns once the script is used up.
    public let whenExhausted: InputEvent
    /// Whether ``hasPendingInput`` tells of the scripted events (off: every event gets its frame,
    /// which most tests look at one by one).
    public var reportsPendingInput = false

    /// Creates a backend of `size` that will deliver `events` in order, then `whenExhausted`
    /// forever (by default the hang-up a real terminal reports when input ends, so a loop under
    /// test always finishes).
    public init(size: TerminalSize = TerminalSize(columns: 80, rows: 24), events: [InputEvent] = [],
                whenExhausted: InputEvent = .terminate(signal: 1)) {
        self.size = size
        self.pendingEvents = events
        self.whenExhausted = whenExhausted
    }

    /// The most recently drawn frame.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// Whether scripted events wait, when ``reportsPendingInput`` is on.
    public var hasPendingInput: Bool { reportsPendingInput && !pendingEvents.isEmpty }

    /// Records the frame.
    public func draw(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }

    /// Returns the next scripted event (applying resizes to `size`).
    public func nextEvent(timeout: Duration?, watching descriptor: Int32?) -> InputEvent {
        requestedTimeouts.append(timeout)
        watchedDescriptors.append(descriptor)
        guard !pendingEvents.isEmpty else { return whenExhausted }
        let event = pendingEvents.removeFirst()
        if case .resize(let columns, let rows) = event { size = TerminalSize(columns: columns, rows: rows) }
        return event
    }

    /// Appends events to the script.
    public func enqueue(_ events: InputEvent...) {
        pendingEvents.append(contentsOf: events)
    }

    /// Counts the call.
    public func restore() {
        restoreCount += 1
    }
}

extension Duration {
    /// A wait of `seconds` that ends just after a change due then, never just before it: rounded
    /// up to the millisecond, and one more (a wake-up a hair early would draw nothing and wait again).
    public static func justAfter(seconds: Double) -> Duration {
        .milliseconds(Int((max(0, seconds) * 1000).rounded(.up)) + 1)
    }
}
