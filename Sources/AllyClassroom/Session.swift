import AllyCore
import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// How a session starts its trainer.
public struct TrainerLaunch: Sendable {
    /// The `ally` binary.
    public var executable: String
    /// Arguments before the trainee's own: `train --lang … --content … --store …`.
    public var arguments: [String]
    /// The trainer's HOME (no trainee has a home on this server).
    public var home: String
    /// The class's language, for what the server itself tells a trainee.
    public var language: Language
    /// Arguments of the instructor's dashboard (`class watch …`), for a login with an instructor's
    /// key; nil: such a login gets the trainer.
    public var dashboard: [String]?

    /// Creates a launch description.
    public init(executable: String, arguments: [String], home: String, language: Language = .en, dashboard: [String]? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.home = home
        self.language = language
        self.dashboard = dashboard
    }

    /// The whole command line for `handle`: the dashboard for an instructor, else the trainer
    /// (reporting on its class link when `linked`).
    func arguments(for handle: Handle, instructor: Bool = false, linked: Bool = false) -> [String] {
        if instructor, let dashboard { return dashboard + (linked ? ["--class-link", "3"] : []) }
        return arguments + ["--trainee", handle.value] + (linked ? ["--class-link", "3"] : [])
    }
}

/// One `session` channel: a pty, a shell, and the trainer on its own pseudoterminal between them.
///
/// Everything happens on the connection's event loop, the terminal's channel included, so no
/// state here is shared between threads.
final class SessionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    /// Why the server ended a session: it lasted too long, or no key came for too long. What the
    /// trainee is told comes from the catalogues, in the class's language.
    enum Ending {
        case tooLong, idle

        /// The sentence for the trainee, followed by ``saved``.
        var text: Localized { Localized(self == .tooLong ? "cli.session.tooLong" : "cli.session.idle") }
        /// What follows either.
        static let saved = Localized("cli.session.saved")
    }
    /// Bytes of keystrokes kept while the terminal's channel is still being set up; more is dropped.
    static let pendingLimit = 16 * 1024
    /// How long a trainer may take to save and exit after SIGHUP before it is killed.
    static let hangupGrace = TimeAmount.seconds(10)
    /// How long to wait for the terminal's last output after the trainer exited.
    static let drainGrace = TimeAmount.seconds(1)

    private let handle: Handle
    private let launch: TrainerLaunch
    /// Whether the login was with an instructor's key: the session runs the dashboard.
    private let instructor: Bool
    /// The class's state, which the trainer reports to (nil: no link).
    private let hub: ClassHub?
    private let log: @Sendable (String) -> Void
    /// Counts running trainers, so that the server can wait for them when it stops.
    private let trainers: Registry
    /// The idle timeout and the maximum session length (nil: none).
    private let limits: (idle: TimeAmount?, session: TimeAmount?)
    /// When the trainee last pressed a key.
    private var lastInput = NIODeadline.now()
    /// Why the server ended the session, told to the client after the trainer has saved.
    private var endedBecause: Ending?
    /// The idle check and the session's end, cancelled when the session ends.
    private var timers: [Scheduled<Void>] = []
    private var idleCheck: RepeatedTask?
    private var context: ChannelHandlerContext?
    /// The pty-req: the client's terminal type and size.
    private var terminal: (term: String, size: WindowSize)?
    /// Whether a shell was asked for (one per channel).
    private var started = false
    /// The running (or not yet reaped) trainer.
    private var pid: pid_t?
    /// The master side of the trainer's terminal while its channel is open (for TIOCSWINSZ).
    private var master: Int32?
    /// The terminal as a channel, once registered.
    private var terminalChannel: Channel?
    /// Keystrokes that arrived before the terminal's channel was ready.
    private var pending: [ByteBuffer] = []
    private var pendingBytes = 0
    /// The trainer's exit status, once reaped.
    private var exitStatus: Int32?
    /// Whether the exit status was sent and the channel closed.
    private var finished = false

    init(
        handle: Handle, launch: TrainerLaunch, limits: (idle: TimeAmount?, session: TimeAmount?), trainers: Registry,
        instructor: Bool = false, hub: ClassHub? = nil, log: @escaping @Sendable (String) -> Void
    ) {
        self.handle = handle
        self.instructor = instructor
        // The instructor's dashboard gets a link too: its live-run controls go to the hub on it.
        self.hub = hub
        self.launch = launch
        self.limits = limits
        self.trainers = trainers
        self.log = log
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        // A client's EOF (ssh's ~. or a closed pipe) must not tear the channel down before the
        // trainer has saved: the channel ends when the trainer does.
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The connection dropped or the client closed the channel: the trainer gets SIGHUP,
        // saves and exits; the trainee resumes on the next login.
        hangUp()
        self.context = nil
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let acceptable = terminal == nil && !started
            if acceptable {
                terminal = (request.term, WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight))
            }
            reply(acceptable, wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            if let master {
                TerminalChild.resize(master: master, to: size)
            } else if let current = terminal {
                terminal = (current.term, size)
            }
        case let request as SSHChannelRequestEvent.ShellRequest:
            shell(wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.ExecRequest:
            // `ssh host command` runs nothing: the trainer is the only program here.
            reply(false, wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            reply(false, wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Never passed on (see ``TrainerEnvironment``); refused, so the client knows.
            reply(false, wantReply: request.wantReply, context)
        case is SSHChannelRequestEvent.SignalRequest, is SSHChannelRequestEvent.LocalFlowControlRequest:
            break
        case ChannelEvent.inputClosed:
            break
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        // Only the trainee's keystrokes; extended data from a client means nothing here.
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        lastInput = .now()
        if let terminalChannel {
            terminalChannel.writeAndFlush(bytes, promise: nil)
            if !terminalChannel.isWritable { setAutoRead(context.channel, false) }
        } else if pid != nil, pendingBytes + bytes.readableBytes <= Self.pendingLimit {
            pending.append(bytes)
            pendingBytes += bytes.readableBytes
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Read the trainer's output only while the client can take it: a stalled laptop
        // must not grow the server's memory; the trainer blocks on its full terminal instead.
        if let terminalChannel { setAutoRead(terminalChannel, context.channel.isWritable) }
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    // MARK: Requests

    private func reply(_ success: Bool, wantReply: Bool, _ context: ChannelHandlerContext) {
        // A request left unanswered hangs the client, so every one that wants a reply gets one.
        guard wantReply else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    private func shell(wantReply: Bool, _ context: ChannelHandlerContext) {
        guard !started else { return reply(false, wantReply: wantReply, context) }
        started = true
        guard let terminal else {
            reply(true, wantReply: wantReply, context)
            var text = context.channel.allocator.buffer(capacity: 128)
            text.writeString(launch.language.text("cli.needsTerminal") + "\r\n")
            context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(text))), promise: nil)
            exitStatus = 1
            finish(context)
            return
        }
        // The trainer's private channel to the class (a socket pair; the trainer's end is its descriptor 3).
        let link = hub == nil ? nil : ClassHub.socketPair()
        let child: TerminalChild
        do {
            child = try TerminalChild.spawn(
                launch.executable, launch.arguments(for: handle, instructor: instructor, linked: link != nil),
                environment: TrainerEnvironment.build(term: terminal.term, home: launch.home), size: terminal.size,
                link: link?.child)
        } catch {
            if let link {
                close(link.server)
                close(link.child)
            }
            log("cannot start the trainer for \(handle): \(error)")
            return reply(false, wantReply: wantReply, context)
        }
        reply(true, wantReply: wantReply, context)
        pid = child.pid
        master = child.master
        log("\(handle) started \(instructor && launch.dashboard != nil ? "dashboard" : "trainer") pid \(child.pid)")
        if let link, let hub {
            close(link.child)
            let dashboard = instructor && launch.dashboard != nil
            if !dashboard { hub.joined(handle) }
            hub.listen(on: link.server, for: handle, instructor: dashboard, loop: context.eventLoop, log: log)
        }
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        let loop = context.eventLoop
        let trainers = self.trainers
        trainers.trainerCount(1)
        startLimits(context.eventLoop)
        TerminalChild.reap(child.pid) { status in
            // Counted out after the hop is queued: a stopping server waits for the count, so the
            // loop is still there to run it.
            loop.execute { session.value.trainerExited(status) }
            trainers.trainerCount(-1)
        }
        // Two descriptors for one terminal (SwiftNIO closes input and output separately);
        // F_DUPFD_CLOEXEC, because a plain dup would leak this terminal into the next trainer.
        let output = fcntl(child.master, F_DUPFD_CLOEXEC, 0)
        NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: false)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(TerminalHandler(session: session))
                }
            }
            .takingOwnershipOfDescriptors(input: child.master, output: output)
            .whenComplete { result in
                switch result {
                case .success(let channel): session.value.terminalReady(channel)
                case .failure(let error): session.value.terminalFailed(error)
                }
            }
    }

    // MARK: The trainer's terminal

    private func terminalReady(_ channel: Channel) {
        guard let context, !finished else {
            channel.close(promise: nil)
            return
        }
        terminalChannel = channel
        for bytes in pending { channel.write(bytes, promise: nil) }
        channel.flush()
        pending = []
        pendingBytes = 0
        setAutoRead(channel, context.channel.isWritable)
    }

    private func terminalFailed(_ error: Error) {
        log("the terminal of \(handle) failed: \(error)")
        master = nil
        hangUp()
        if let context { context.close(promise: nil) }
    }

    /// Output of the trainer, for the client.
    fileprivate func fromTerminal(_ bytes: ByteBuffer) {
        guard let context else { return }
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bytes))), promise: nil)
        if !context.channel.isWritable, let terminalChannel { setAutoRead(terminalChannel, false) }
    }

    fileprivate func terminalWritabilityChanged(_ writable: Bool) {
        if let context { setAutoRead(context.channel, writable) }
    }

    fileprivate func terminalClosed() {
        terminalChannel = nil
        master = nil
        if let context { finish(context) }
    }

    private func trainerExited(_ status: Int32) {
        pid = nil
        exitStatus = status
        if !(instructor && launch.dashboard != nil) { hub?.left(handle) }
        log("\(handle) trainer exited with status \(status)")
        guard let context else { return }
        if terminalChannel == nil {
            finish(context)
        } else {
            // The terminal ends (EIO) once its last output is read; if the client cannot take it,
            // the exit is not held up for long.
            let session = NIOLoopBound(self, eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: Self.drainGrace) { session.value.terminalChannel?.close(promise: nil) }
        }
    }

    /// Sends the exit status and closes the channel, once the trainer has exited and its output is through.
    private func finish(_ context: ChannelHandlerContext) {
        guard !finished, let exitStatus, terminalChannel == nil else { return }
        finished = true
        idleCheck?.cancel()
        timers.forEach { $0.cancel() }
        if let endedBecause {
            var text = context.channel.allocator.buffer(capacity: 128)
            text.writeString("\r\n\(endedBecause.text(launch.language)) \(Ending.saved(launch.language))\r\n")
            context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(text))), promise: nil)
        }
        let channel = context.channel
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: Int(exitStatus)))
            .whenComplete { _ in channel.close(promise: nil) }
    }

    /// Ends the session after `idle` without a key, and after `session` in any case: the trainer
    /// gets SIGHUP, saves and exits, and the client is told why.
    private func startLimits(_ loop: EventLoop) {
        let session = NIOLoopBound(self, eventLoop: loop)
        if let length = limits.session {
            timers.append(loop.scheduleTask(in: length) {
                session.value.end(because: .tooLong)
            })
        }
        // An instructor watching the dashboard presses no keys for long stretches.
        if let idle = limits.idle, !(instructor && launch.dashboard != nil) {
            // Checked a few times per timeout, so a session ends at most a quarter late.
            let every = TimeAmount.nanoseconds(max(idle.nanoseconds / 4, TimeAmount.milliseconds(100).nanoseconds))
            idleCheck = loop.scheduleRepeatedTask(initialDelay: every, delay: every) { _ in
                let handler = session.value
                if NIODeadline.now() - handler.lastInput >= idle {
                    handler.end(because: .idle)
                }
            }
        }
    }

    /// Ends the session for `reason`; the log always says it in English.
    private func end(because reason: Ending) {
        guard endedBecause == nil, pid != nil else { return }
        endedBecause = reason
        idleCheck?.cancel()
        log("\(handle): \(reason.text)")
        if let pid { kill(pid, SIGHUP) }
    }

    /// The client is gone: SIGHUP to the trainer (it saves and exits), SIGKILL if it does not.
    private func hangUp() {
        idleCheck?.cancel()
        timers.forEach { $0.cancel() }
        terminalChannel?.close(promise: nil)
        guard let pid, let loop = context?.eventLoop ?? terminalChannel?.eventLoop else {
            if let pid { kill(pid, SIGHUP) }
            return
        }
        kill(pid, SIGHUP)
        let session = NIOLoopBound(self, eventLoop: loop)
        loop.scheduleTask(in: Self.hangupGrace) {
            if let stuck = session.value.pid { kill(stuck, SIGKILL) }
        }
    }

    private func setAutoRead(_ channel: Channel, _ on: Bool) {
        _ = try? channel.syncOptions?.setOption(ChannelOptions.autoRead, value: on)
        if on { channel.read() }
    }
}

/// The trainer's terminal as a channel: what the trainer writes goes to the session.
private final class TerminalHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let session: NIOLoopBound<SessionHandler>

    init(session: NIOLoopBound<SessionHandler>) {
        self.session = session
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.value.fromTerminal(unwrapInboundIn(data))
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        session.value.terminalWritabilityChanged(context.channel.isWritable)
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.value.terminalClosed()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // EIO: the trainer's side of the terminal is closed (it exited). Nothing more will come.
        context.close(promise: nil)
    }
}
