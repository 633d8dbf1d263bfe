import AllyClassLink
import AllyCore
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// The class's single source of truth in the server: who is connected, where each trainee is,
/// what they answered. Sessions and trainers' reports change it from any event loop; each change
/// is published to the class folder's ``ClassStateFile`` at most 25 ms after the last write (a burst is written once).
public final class ClassHub: Sendable {
    private let state: NIOLockedValueBox<(class: ClassState, writeScheduled: Bool, lastWrite: NIODeadline)>
    /// The class folder the state is written to (nil: kept in memory only, for tests).
    private let folder: String?
    private let writer = DispatchQueue(label: "ally.class-state")
    /// Every open link, by handle (a trainee may have two sessions), for messages to trainers.
    private let links = NIOLockedValueBox([String: [ObjectIdentifier: Channel]]())
    private let log: @Sendable (String) -> Void
    /// The live run's holder, when the server can find scenarios (live class mode).
    let live: LiveHub?

    /// A hub for `state`, publishing into `folder`; `scenarios` finds a scenario for a live run
    /// (nil: no live runs), whose options the dashboard shows in `language`.
    public init(_ state: ClassState, folder: String?, scenarios: (@Sendable (String) -> Scenario?)? = nil,
                language: Language = .en, log: @escaping @Sendable (String) -> Void) {
        var state = state
        state.live = nil
        self.state = NIOLockedValueBox((state, false, .distantPast))
        self.folder = folder
        self.log = log
        live = scenarios.map { LiveHub(scenarios: $0, language: language) }
        publish()
    }

    /// The class as it stands.
    public var current: ClassState { state.withLockedValue { $0.class } }

    /// Sets what a trainee types to join (known once the server listens).
    public func setJoinCommand(_ command: String) {
        change { $0.joinCommand = command }
    }

    /// `handle`'s session started its trainer.
    func joined(_ handle: Handle) {
        change { $0.joined(handle.value, at: Date().timeIntervalSince1970) }
    }

    /// `handle`'s trainer ended.
    func left(_ handle: Handle) {
        change { $0.left(handle.value, at: Date().timeIntervalSince1970) }
    }

    /// What `handle`'s trainer reported (already checked by the decoder).
    func report(_ message: ChildMessage, from handle: Handle) {
        change { $0.apply(message, from: handle.value, at: Date().timeIntervalSince1970) }
        switch message {
        case .decision(let report):
            let judged = report.correct.map { $0 ? " right" : " wrong" } ?? ""
            let guess = report.guess.map { " \($0.rawValue)" } ?? ""
            log("\(handle) decision \(report.index + 1) in \(report.scenario): \(report.kind.rawValue)\(guess)\(judged)")
        case .finished(let scenario, let total, _):
            log("\(handle) finished \(scenario)\(total.map { " with \($0)" } ?? " (given up)")")
        case .scenario(let id, _, let index, let count):
            log("\(handle) started \(id)\(index.flatMap { i in count.map { " (course \(i) of \($0))" } } ?? "")")
        case .hello:
            log("\(handle) trainer reports to the class")
        }
    }

    /// The least time between two writes of the state: a burst of changes (a class answering
    /// together) is written once, a lone change at once.
    static let writeInterval = TimeAmount.milliseconds(25)

    /// Sends `message` to every trainer of `handle`; returns how many links it went to. (Nothing
    /// sends yet: live class mode will, with an open question or a reveal.)
    @discardableResult
    public func send(_ message: ServerMessage, to handle: String) -> Int {
        write(ClassLink.encode(message), to: handle)
    }

    private func write(_ line: String, to handle: String) -> Int {
        let channels = links.withLockedValue { Array(($0[handle] ?? [:]).values) }
        for channel in channels {
            var buffer = channel.allocator.buffer(capacity: line.utf8.count)
            buffer.writeString(line)
            channel.writeAndFlush(buffer, promise: nil)
        }
        return channels.count
    }

    /// A link of `handle`'s opened or closed.
    fileprivate func link(_ channel: Channel, of handle: Handle, open: Bool) {
        let last = links.withLockedValue { links -> Bool in
            if open {
                links[handle.value, default: [:]][ObjectIdentifier(channel)] = channel
                return false
            } else {
                links[handle.value]?[ObjectIdentifier(channel)] = nil
                guard links[handle.value]?.isEmpty == true else { return false }
                links[handle.value] = nil
                return true
            }
        }
        guard let live else { return }
        if open {
            apply(live.joined(handle.value))
        } else if last, let status = live.dropped(handle.value) {
            change { $0.live = status }
        }
    }

    // MARK: Live class mode

    /// The instructor's control, from an instructor's session (the caller checked the login).
    func control(_ control: LiveControl, from handle: Handle) {
        guard let live else { return log("\(handle): live class mode needs the content library") }
        let connected = links.withLockedValue { $0.keys.sorted() }
        apply(live.control(control, connected: connected))
        scheduleTick()
    }

    /// A trainee's live answer (stored on their side before it was sent).
    func liveAnswer(run: String, round: Int, decision: Decision, from handle: Handle) {
        guard let live, let status = live.answer(run: run, round: round, decision: decision, from: handle.value) else { return }
        change { $0.live = status }
    }

    private func apply(_ outcome: LiveHub.Outcome) {
        for (handle, message) in outcome.sends { send(message, to: handle) }
        if let status = outcome.status { change { $0.live = status } }
        if let note = outcome.note { log(note) }
    }

    /// Ticks the live run's clock every 100 ms while an open question has a time limit.
    private func scheduleTick() {
        guard let live, live.needsTicks else { return }
        writer.asyncAfter(deadline: .now() + .milliseconds(100)) { [self] in
            apply(live.tick())
            scheduleTick()
        }
    }

    /// Sends a live message to every trainer of `handle`; returns how many links it went to.
    @discardableResult
    func send(_ message: LiveServerMessage, to handle: String) -> Int {
        write(ClassLink.encode(message), to: handle)
    }

    private func change(_ body: (inout ClassState) -> Void) {
        let delay = state.withLockedValue { value -> TimeAmount? in
            body(&value.class)
            guard !value.writeScheduled else { return nil }
            value.writeScheduled = true
            return max(.zero, value.lastWrite + Self.writeInterval - .now())
        }
        if let delay { writer.asyncAfter(deadline: .now() + .nanoseconds(Int(delay.nanoseconds))) { self.publish() } }
    }

    private func publish() {
        guard let folder else { return }
        let snapshot = state.withLockedValue { value -> ClassState in
            value.writeScheduled = false
            value.lastWrite = .now()
            return value.class
        }
        do {
            try ClassStateFile.write(snapshot, to: folder)
        } catch {
            log("cannot write the class state in \(folder): \(error)")
        }
    }
}

/// Reads a trainer's reports from its end of the class link: lines of at most
/// ``ClassLink/maximumLineLength`` bytes, each decoded and checked; anything else is dropped.
final class ClassLinkHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let handle: Handle
    private let hub: ClassHub
    /// Whether the session logged in with an instructor's key: only such a link may steer a live run.
    private let instructor: Bool
    private let log: @Sendable (String) -> Void
    private var framer = LineFramer()
    private var refused = 0

    init(handle: Handle, hub: ClassHub, instructor: Bool, log: @escaping @Sendable (String) -> Void) {
        self.handle = handle
        self.hub = hub
        self.instructor = instructor
        self.log = log
    }

    func channelActive(context: ChannelHandlerContext) {
        // The instructor's dashboard is not a trainee: it gets no trainee's messages.
        if !instructor { hub.link(context.channel, of: handle, open: true) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !instructor { hub.link(context.channel, of: handle, open: false) }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = unwrapInboundIn(data)
        for line in framer.feed(bytes.readableBytesView) {
            if instructor, let control = ClassLink.decodeControl(line) {
                hub.control(control, from: handle)
            } else if !instructor, let message = ClassLink.decodeChild(line) {
                hub.report(message, from: handle)
            } else if !instructor, let answer = ClassLink.decodeLiveAnswer(line) {
                hub.liveAnswer(run: answer.run, round: answer.round, decision: answer.decision, from: handle)
            } else {
                refused += 1
                // Said once per link, so a misbehaving trainer cannot fill the log.
                if refused == 1 { log("\(handle): dropped a report that is not version \(ClassLink.version) of the class link") }
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}

extension ClassHub {
    /// A connected socket pair for one trainer's link: the server's end (close-on-exec) and the
    /// trainer's (also close-on-exec here; the spawn gives the child its own copy as descriptor 3).
    static func socketPair() -> (server: Int32, child: Int32)? {
        var fds: [Int32] = [-1, -1]
        #if canImport(Glibc)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, type, 0, &fds) == 0 else { return nil }
        return (fds[0], fds[1])
    }

    /// Starts reading `descriptor` (the server's end of `handle`'s link) on `loop`.
    func listen(on descriptor: Int32, for handle: Handle, instructor: Bool = false, loop: EventLoop,
                log: @escaping @Sendable (String) -> Void) {
        ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ClassLinkHandler(handle: handle, hub: self, instructor: instructor, log: log))
                }
            }
            .withConnectedSocket(descriptor)
            .whenFailure { error in
                close(descriptor)
                log("the class link of \(handle) failed: \(error)")
            }
    }
}
