import AllyTerminal

/// A full-screen program as the run loop drives it: a pure update and render over its model
/// (the Elm architecture), and the effects its update asks for, run by the driver.
///
/// The trainer and `ally preview` are two drivers of the one ``RunLoop``; the preview's model
/// wraps the trainer's.
public protocol RunLoopDriver: AnyObject {
    /// Everything the program shows.
    associatedtype Model
    /// What its update reacts to.
    associatedtype Event
    /// What its update asks the driver to do.
    associatedtype Effect
    /// What running an effect can throw (`Never` for a program whose effects cannot fail).
    associatedtype Failure: Error

    /// The next model and the effects to run, for `event` arriving at `now`. Pure.
    static func update(_ model: Model, _ event: Event, now: Double) -> (Model, [Effect])
    /// Draws the model into `buffer`. Pure.
    static func render(_ model: Model, into buffer: inout ScreenBuffer)
    /// The terminal size the model is drawn for.
    static func size(of model: Model) -> TerminalSize
    /// The model at start, sized for the terminal and set to the clock.
    static func starting(_ model: Model, size: TerminalSize, now: Double) -> Model
    /// A backend's event as the program's event.
    static func input(_ event: InputEvent) -> Event

    /// Events to apply before the first frame (the preview's first reading of its file).
    func beforeFirstFrame() -> [Event]
    /// Slow start-up work, done in order right after the first frame, with a frame after each step.
    func afterFirstFrame() -> [() -> [Event]]
    /// Runs `effect` for `model`: what it answers, or that the program ends.
    func perform(_ effect: Effect, for model: Model) throws(Failure) -> LoopAction<Event>
    /// How long to wait for input with `model` showing before ``idle(_:)`` runs anyway; nil waits for input.
    func timeout(for model: Model) -> Duration?
    /// A descriptor waited on together with the terminal (the class link): data on it wakes the
    /// loop at once, as a ``InputEvent/tick``, and ``idle(_:)`` reads it; nil: the terminal only.
    func watchedDescriptor() -> Int32?
    /// Work between events (a save to retry, a file to look at); its events are applied next.
    func idle(_ model: Model) throws(Failure) -> [Event]
    /// The last work when the program ends (changes still to save).
    func finish(_ model: Model) throws(Failure)
    /// Whether `new` draws the same frame as `old`: a quiet wake-up (a look at the class link)
    /// then draws nothing.
    static func sameFrame(_ old: Model, _ new: Model) -> Bool
}

/// What running an effect asks of the run loop.
public enum LoopAction<Event> {
    /// Nothing more.
    case none
    /// End the program.
    case quit
    /// Apply these events next (the answers of a load).
    case events([Event])
}

extension RunLoopDriver {
    /// Nothing before the first frame.
    public func beforeFirstFrame() -> [Event] { [] }
    /// No slow start-up work.
    public func afterFirstFrame() -> [() -> [Event]] { [] }
    /// Nothing between events.
    public func idle(_ model: Model) throws(Failure) -> [Event] { [] }
    /// The terminal only.
    public func watchedDescriptor() -> Int32? { nil }
    /// Nothing to finish.
    public func finish(_ model: Model) throws(Failure) {}
    /// Every event draws.
    public static func sameFrame(_ old: Model, _ new: Model) -> Bool { false }
}

/// The run loop: backend events → update → effects run → render → draw.
///
/// Generic over the backend so tests drive it with ``InMemoryBackend``. Restoring the terminal
/// is the caller's job (it must happen on every exit path, including a thrown error), so this
/// type never calls `restore()`.
public final class RunLoop<Driver: RunLoopDriver> {
    /// Where frames go and events come from.
    let backend: any TerminalBackend
    /// Runs the effects.
    public let driver: Driver
    /// Seconds on a monotonic clock.
    let clock: () -> Double
    /// The model as it stands.
    public private(set) var model: Driver.Model
    /// The signal that ended the loop (SIGTERM, SIGHUP, ...), if one did; the exit status tells it.
    public private(set) var terminatingSignal: Int32?

    /// Creates a loop; the model's size is taken from the backend.
    public init(backend: any TerminalBackend, driver: Driver, model: Driver.Model, clock: @escaping () -> Double) {
        self.backend = backend
        self.driver = driver
        self.clock = clock
        self.model = Driver.starting(model, size: backend.size, now: clock())
    }

    /// Runs until the program quits or the process is told to stop.
    public func run() throws(Driver.Failure) {
        for event in driver.beforeFirstFrame() { model = Driver.update(model, event, now: clock()).0 }
        var buffer = ScreenBuffer(size: Driver.size(of: model))
        draw(&buffer)
        for step in driver.afterFirstFrame() {
            for event in step() { model = Driver.update(model, event, now: clock()).0 }
            draw(&buffer)
        }
        var skipped = 0
        while true {
            let before = model
            let event = backend.nextEvent(timeout: driver.timeout(for: model), watching: driver.watchedDescriptor())
            if case .terminate(let signal) = event { terminatingSignal = signal }
            if try apply([Driver.input(event)]) { return try driver.finish(model) }
            try apply(driver.idle(model))
            if case .tick = event, Driver.sameFrame(before, model) { continue }
            // A paste is one key per character: drawing each made 100,000 characters take 19 s.
            // Frames in between are left out while input waits, but never more than 500 in a row,
            // so a flood of input still shows its progress.
            if backend.hasPendingInput && skipped < 500 {
                skipped += 1
            } else {
                draw(&buffer)
                skipped = 0
            }
        }
    }

    /// Applies `events` and every event their effects answer with, in order; true when the program should end.
    @discardableResult
    private func apply(_ events: [Driver.Event]) throws(Driver.Failure) -> Bool {
        var pending = events
        var quit = false
        while !pending.isEmpty {
            let (next, effects) = Driver.update(model, pending.removeFirst(), now: clock())
            model = next
            for effect in effects {
                switch try driver.perform(effect, for: model) {
                case .none: break
                case .quit: quit = true
                case .events(let events): pending += events
                }
            }
        }
        return quit
    }

    /// Renders the model and hands the frame to the backend; the buffer is reused while the size holds.
    private func draw(_ buffer: inout ScreenBuffer) {
        let size = Driver.size(of: model)
        if buffer.size != size { buffer = ScreenBuffer(size: size) }
        Driver.render(model, into: &buffer)
        backend.draw(buffer)
    }
}
