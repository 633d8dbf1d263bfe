import AllyClassLink
import AllyTerminal

/// The dashboard's own small loop: refresh the model, draw, wait up to half a second for a key.
///
/// The refresh runs before each frame (the server writes the state within a few hundredths of a
/// second of a decision), so the table follows the class within about a second. Restoring the terminal is
/// the caller's job.
public final class DashboardLoop {
    private let backend: any TerminalBackend
    private let refresh: (inout DashboardModel) -> Void
    /// Sends the instructor's live-run controls to the server.
    private let send: ([LiveControl]) -> Void
    /// The model as it stands.
    public private(set) var model: DashboardModel

    /// How long the loop waits for a key before it looks at the class again.
    public static let interval = Duration.milliseconds(500)

    /// Creates a loop over `backend`; `refresh` brings the model's state and clock up to date.
    public init(backend: any TerminalBackend, model: DashboardModel, send: @escaping ([LiveControl]) -> Void = { _ in },
                refresh: @escaping (inout DashboardModel) -> Void) {
        self.backend = backend
        self.refresh = refresh
        self.send = send
        var model = model
        model.size = backend.size
        self.model = model
    }

    /// How long to wait for a key with `model` drawn: the refresh interval, or less when a live
    /// countdown shows its next second sooner (so it moves on the second, not up to half a second late).
    public static func timeout(for model: DashboardModel) -> Duration {
        guard let live = model.state?.live, let change = Dashboard.countdown(live)?.nextChange(after: model.now) else { return interval }
        return min(interval, .justAfter(seconds: change - model.now))
    }

    /// Runs until the instructor quits or a signal ends the process.
    public func run() {
        var buffer = ScreenBuffer(size: model.size)
        while true {
            refresh(&model)
            if buffer.size != model.size { buffer = ScreenBuffer(size: model.size) }
            Dashboard.render(model, into: &buffer)
            backend.draw(buffer)
            let (next, quit) = Dashboard.update(model, backend.nextEvent(timeout: Self.timeout(for: model)))
            model = next
            if !model.live.outbox.isEmpty {
                send(model.live.outbox)
                model.live.outbox.removeAll()
            }
            if quit { return }
        }
    }
}
