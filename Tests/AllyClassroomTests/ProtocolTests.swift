import AllyClassroom
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH
import Testing

/// The server at the protocol level, through swift-nio-ssh's own client: what OpenSSH's `ssh`
/// never sends (0×0 and 65535×65535 windows, a subsystem or env request that wants a reply, a
/// second session) and a client that sends a bare newline before the banner.
///
/// The "trainer" is a shell that prints what it sees, so the tests read the terminal's size and
/// environment back through the channel.
@Suite("The server at the protocol level", .serialized)
final class ProtocolTests {
    let server: ClassroomServer
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    /// The server's log lines.
    let log = NIOLockedValueBox<[String]>([])

    init() throws {
        let script = "stty size; echo \"TERM=$TERM\"; exec cat"
        let launch = TrainerLaunch(executable: "/bin/sh", arguments: ["-c", script], home: NSTemporaryDirectory())
        server = try ClassroomServer.start(
            ClassroomConfiguration(
                addresses: ["127.0.0.1"], port: 0, access: ClassAccess(code: "sesame", failureDelay: .milliseconds(10)),
                hostKey: HostKey(key: .init()), launch: launch),
            log: { [log] line in log.withLockedValue { $0.append(line) } })
    }

    deinit {
        try? server.stop()
        try? group.syncShutdownGracefully()
    }

    @Test("a 0×0 window is 80×24, a 65535×65535 one is cut to 1000×1000, a hostile TERM is mapped")
    func windowsAreClamped() throws {
        for (asked, seen) in [((0, 0), "24 80"), ((65535, 65535), "1000 1000"), ((100, 30), "30 100")] {
            let client = try Client(port: server.port, group: group)
            let session = try client.session()
            #expect(try session.request(pty(asked.0, asked.1, term: "evil\u{1b}[2J")) == true)
            #expect(try session.request(SSHChannelRequestEvent.ShellRequest(wantReply: true)) == true)
            let output = try session.waitForOutput(containing: "TERM=")
            #expect(output.contains(seen), "asked \(asked), saw \(output.debugDescription)")
            #expect(output.contains("TERM=xterm-256color"))
            client.close()
        }
    }

    @Test("subsystem, exec and env requests get a failure reply; a second session is refused")
    func refusals() throws {
        let client = try Client(port: server.port, group: group)
        let session = try client.session()
        #expect(try session.request(SSHChannelRequestEvent.SubsystemRequest(subsystem: "sftp", wantReply: true)) == false)
        #expect(try session.request(SSHChannelRequestEvent.ExecRequest(command: "id", wantReply: true)) == false)
        #expect(try session.request(SSHChannelRequestEvent.EnvironmentRequest(wantReply: true, name: "LD_PRELOAD", value: "/x.so")) == false)
        #expect(throws: (any Error).self) { try client.session() }
        // The first session still works after all that.
        #expect(try session.request(pty(80, 24, term: "xterm")) == true)
        #expect(try session.request(SSHChannelRequestEvent.ShellRequest(wantReply: true)) == true)
        #expect(try session.waitForOutput(containing: "TERM=").contains("24 80"))
        // Window changes to 0×0 and 65535×65535 later on are clamped too, and the session goes on.
        for size in [0, 65535] {
            try session.channel.triggerUserOutboundEvent(SSHChannelRequestEvent.WindowChangeRequest(
                terminalCharacterWidth: size, terminalRowHeight: size, terminalPixelWidth: 0, terminalPixelHeight: 0)).wait()
        }
        var ping = session.channel.allocator.buffer(capacity: 8)
        ping.writeString("ping\r")
        try session.channel.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(ping))).wait()
        _ = try session.waitForOutput(containing: "ping")
        client.close()
    }

    @Test("a user name with an escape sequence is refused even with the code, and stays out of the log")
    func escapeInTheUserName() throws {
        // The client logs in as soon as it is connected; its one attempt is answered in the log.
        let client = try Client(port: server.port, group: group, user: "bob\u{1b}]0;owned\u{7}\u{9b}2J")
        defer { client.close() }
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while !log.withLockedValue({ $0.contains { $0.contains("invalid user name") } }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let lines = log.withLockedValue { $0 }
        #expect(lines.contains { $0.contains("password for an invalid user name") })
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) })
        #expect(!lines.contains { $0.contains("joined") })
    }

    @Test("a bare newline before the banner does not take the server down")
    func bareNewline() throws {
        let socket = try ClientBootstrap(group: group).connect(host: "127.0.0.1", port: server.port).wait()
        var buffer = socket.allocator.buffer(capacity: 8)
        buffer.writeString("\r\n\n\n")
        // The server may close the connection at once; either way it must stay up for the next one.
        try? socket.writeAndFlush(buffer).wait()
        try? socket.close().wait()
        let client = try Client(port: server.port, group: group)
        _ = try client.session()
        client.close()
    }

    private func pty(_ columns: Int, _ rows: Int, term: String) -> SSHChannelRequestEvent.PseudoTerminalRequest {
        .init(wantReply: true, term: term, terminalCharacterWidth: columns, terminalRowHeight: rows,
              terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: .init([:]))
    }
}

/// A logged-in swift-nio-ssh client connection.
private final class Client {
    let channel: Channel

    init(port: Int, group: EventLoopGroup, user: String = "anna") throws {
        channel = try ClientBootstrap(group: group).channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let configuration = SSHClientConfiguration(
                    userAuthDelegate: SimplePasswordDelegate(username: user, password: "sesame"),
                    serverAuthDelegate: AcceptAnyHostKey())
                try channel.pipeline.syncOperations.addHandler(
                    NIOSSHHandler(role: .client(configuration), allocator: channel.allocator, inboundChildChannelInitializer: nil))
            }
        }.connect(host: "127.0.0.1", port: port).wait()
    }

    /// Opens a session channel.
    func session() throws -> Session {
        let recorder = Recorder()
        let promise = channel.eventLoop.makePromise(of: Channel.self)
        channel.pipeline.handler(type: NIOSSHHandler.self).whenSuccess { handler in
            handler.createChannel(promise) { child, _ in
                child.eventLoop.makeCompletedFuture { try child.pipeline.syncOperations.addHandler(RecordingHandler(recorder)) }
            }
        }
        return Session(channel: try promise.futureResult.wait(), recorder: recorder)
    }

    func close() {
        try? channel.close().wait()
    }
}

/// A session channel and what came back on it.
private struct Session {
    let channel: Channel
    let recorder: Recorder

    /// Sends a request and waits for its reply: true for success, false for failure.
    func request(_ event: any Sendable) throws -> Bool {
        let before = recorder.replies.withLockedValue { $0.count }
        try channel.triggerUserOutboundEvent(event).wait()
        let replies = try poll { recorder.replies.withLockedValue { $0.count > before ? $0 : nil } }
        return replies[before]
    }

    /// Waits until the output contains `text`, and returns it.
    func waitForOutput(containing text: String) throws -> String {
        try poll { recorder.output.withLockedValue { $0.contains(text) ? $0 : nil } }
    }

    private func poll<T>(_ check: () -> T?) throws -> T {
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while ContinuousClock.now < deadline {
            if let value = check() { return value }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw TimedOut()
    }

    struct TimedOut: Error {}
}

/// What a session channel received, shared between its event loop and the test.
private final class Recorder: Sendable {
    let replies = NIOLockedValueBox<[Bool]>([])
    let output = NIOLockedValueBox("")
}

private final class RecordingHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    let recorder: Recorder

    init(_ recorder: Recorder) {
        self.recorder = recorder
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .byteBuffer(let bytes) = unwrapInboundIn(data).data else { return }
        recorder.output.withLockedValue { $0 += String(buffer: bytes) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is ChannelSuccessEvent: recorder.replies.withLockedValue { $0.append(true) }
        case is ChannelFailureEvent: recorder.replies.withLockedValue { $0.append(false) }
        default: context.fireUserInboundEventTriggered(event)
        }
    }
}

private final class AcceptAnyHostKey: NIOSSHClientServerAuthenticationDelegate {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}
