import AllyTerminal

/// What tells that a file changed: its modification time, size and inode (nil fields: it is
/// missing). The inode catches editors that save by renaming a new file over the old one.
public struct FileStamp: Sendable, Equatable {
    /// The modification time, in seconds since 1970 (to the nanosecond where the file system keeps it).
    public var modified: Double?
    /// The size in bytes.
    public var size: Int?
    /// The file's inode number.
    public var inode: UInt64?

    /// Creates a stamp.
    public init(modified: Double?, size: Int?, inode: UInt64? = nil) {
        self.modified = modified
        self.size = size
        self.inode = inode
    }
}

/// The preview's run loop: the trainer's ``RunLoop``, driven by the preview's effects.
public typealias PreviewLoop = RunLoop<PreviewEffects>

extension RunLoop where Driver == PreviewEffects {
    /// Creates the preview's loop; the model's size is taken from the backend.
    public convenience init(
        backend: any TerminalBackend, model: PreviewModel, load: @escaping () -> PreviewLoad,
        stamp: @escaping () -> FileStamp, clock: @escaping () -> Double
    ) {
        self.init(backend: backend, driver: PreviewEffects(load: load, stamp: stamp, clock: clock), model: model, clock: clock)
    }
}

/// Runs the preview's effects: reading the file, and on every tick a look at its stamp,
/// reading it again when it changed. No threads: the backend's timeout gives the ticks.
public final class PreviewEffects: RunLoopDriver {
    /// Reading a file cannot fail: what does not read shows as diagnostics.
    public typealias Failure = Never
    /// Reads the file (with the content folder around it).
    let load: () -> PreviewLoad
    /// The file's stamp as it is now.
    let stamp: () -> FileStamp
    /// Seconds on a monotonic clock.
    let clock: () -> Double
    /// The stamp of the file as last read.
    private var lastStamp: FileStamp?
    /// When the stamp was last looked at.
    private var lastPoll = -Double.infinity

    /// Creates the preview's effects over the file that `load` reads and `stamp` looks at.
    init(load: @escaping () -> PreviewLoad, stamp: @escaping () -> FileStamp, clock: @escaping () -> Double) {
        self.load = load
        self.stamp = stamp
        self.clock = clock
    }

    /// The preview's update.
    public static func update(_ model: PreviewModel, _ event: PreviewEvent, now: Double) -> (PreviewModel, [PreviewEffect]) {
        Preview.update(model, event, now: now)
    }

    /// The preview's render.
    public static func render(_ model: PreviewModel, into buffer: inout ScreenBuffer) { Preview.render(model, into: &buffer) }

    /// The size the preview draws for.
    public static func size(of model: PreviewModel) -> TerminalSize { model.app.size }

    /// The model sized for the terminal and set to the clock.
    public static func starting(_ model: PreviewModel, size: TerminalSize, now: Double) -> PreviewModel {
        var model = model
        model.app.size = size
        model.app.now = now
        return model
    }

    /// A backend event as the preview's event.
    public static func input(_ event: InputEvent) -> PreviewEvent { .input(event) }

    /// The file is read before the first frame.
    public func beforeFirstFrame() -> [PreviewEvent] { [reload()] }

    /// Leaves, or reads the file again.
    public func perform(_ effect: PreviewEffect, for model: PreviewModel) -> LoopAction<PreviewEvent> {
        switch effect {
        case .quit: .quit
        case .reload: .events([reload()])
        }
    }

    /// The file is looked at every poll interval.
    public func timeout(for model: PreviewModel) -> Duration? { .milliseconds(Int(Preview.pollInterval * 1000)) }

    /// Reads the file again when its stamp changed since the last reading.
    public func idle(_ model: PreviewModel) -> [PreviewEvent] {
        guard clock() - lastPoll >= Preview.pollInterval else { return [] }
        lastPoll = clock()
        return stamp() != lastStamp ? [reload()] : []
    }

    /// Reads the file now.
    private func reload() -> PreviewEvent {
        lastPoll = clock()
        lastStamp = stamp()
        return .loaded(load())
    }
}
