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

/// The preview's run loop: events → update → effects → render → draw, and on every tick a look
/// at the file's stamp, reading it again when it changed. No threads: the backend's timeout
/// gives the ticks.
///
/// Generic over the backend so tests drive it with ``InMemoryBackend``. Restoring the terminal
/// is the caller's job (on every exit path), so this type never calls `restore()`.
public final class PreviewLoop {
    /// Where frames go and events come from.
    let backend: any TerminalBackend
    /// Reads the file (with the content folder around it).
    let load: () -> PreviewLoad
    /// The file's stamp as it is now.
    let stamp: () -> FileStamp
    /// Seconds on a monotonic clock.
    let clock: () -> Double
    /// The model as it stands.
    public private(set) var model: PreviewModel
    /// The stamp of the file as last read.
    private var lastStamp: FileStamp?
    /// When the stamp was last looked at.
    private var lastPoll = -Double.infinity
    /// The signal that ended the loop, if one did.
    public private(set) var terminatingSignal: Int32?

    /// Creates a loop; the model's size is taken from the backend.
    public init(
        backend: any TerminalBackend, model: PreviewModel, load: @escaping () -> PreviewLoad,
        stamp: @escaping () -> FileStamp, clock: @escaping () -> Double
    ) {
        self.backend = backend
        self.load = load
        self.stamp = stamp
        self.clock = clock
        var model = model
        model.app.size = backend.size
        model.app.now = clock()
        self.model = model
    }

    /// Runs until the author leaves or the process is told to stop.
    public func run() {
        var buffer = ScreenBuffer(size: model.app.size)
        reload()
        draw(&buffer)
        while true {
            let event = backend.nextEvent(timeout: .milliseconds(Int(Preview.pollInterval * 1000)))
            if case .terminate(let signal) = event { terminatingSignal = signal }
            if step(.input(event)) { return }
            if clock() - lastPoll >= Preview.pollInterval { pollFile() }
            draw(&buffer)
        }
    }

    /// Applies one event and runs its effects; true when the loop should end.
    private func step(_ event: PreviewEvent) -> Bool {
        let (next, effects) = Preview.update(model, event, now: clock())
        model = next
        for effect in effects {
            switch effect {
            case .quit: return true
            case .reload: reload()
            }
        }
        return false
    }

    /// Reads the file again when its stamp changed since the last reading.
    private func pollFile() {
        lastPoll = clock()
        if stamp() != lastStamp { reload() }
    }

    /// Reads the file now and hands the result to the model.
    private func reload() {
        lastPoll = clock()
        lastStamp = stamp()
        model = Preview.update(model, .loaded(load()), now: clock()).0
    }

    /// Renders the model and hands the frame to the backend.
    private func draw(_ buffer: inout ScreenBuffer) {
        if buffer.size != model.app.size { buffer = ScreenBuffer(size: model.app.size) }
        Preview.render(model, into: &buffer)
        backend.draw(buffer)
    }
}
