import AllyClassLink
import AllyClassroom
import AllyCore
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

/// The class link at the protocol level: a "trainer" that writes good and hostile lines on its
/// descriptor 3, and a server that listens on IPv4 and IPv6 at once.
@Suite("The class link and IPv6", .serialized, .enabled(if: loopbackIPv6, "this host has no IPv6 loopback"))
final class ClassLinkProtocolTests {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let log = NIOLockedValueBox<[String]>([])

    deinit {
        try? group.syncShutdownGracefully()
    }

    @Test("a trainer's reports reach the class's state; broken and overlong lines are dropped; IPv6 works beside IPv4")
    func reportsAndIPv6() throws {
        let decision = #"{"v":1,"t":"decision","scenario":"s1","index":0,"kind":"identify","guess":"ally","truth":"tolerant","correct":false,"score":0}"#
        let script = """
            printf '%s\\n' '{"v":1,"t":"hello"}' 'garbage' '\(decision)' >&3
            head -c 5000 /dev/zero | tr '\\0' x >&3; printf '\\n' >&3
            printf '%s\\n' '{"v":1,"t":"finished","scenario":"s1","total":55}' >&3
            echo reported; exec cat
            """
        let launch = TrainerLaunch(executable: "/bin/sh", arguments: ["-c", script], home: NSTemporaryDirectory())
        let hub = ClassHub(ClassState(className: "t", fingerprint: "f", joinCommand: "j"), folder: nil, log: { _ in })
        let server = try ClassroomServer.start(
            ClassroomConfiguration(
                addresses: ["127.0.0.1", "::1"], port: 0, access: ClassAccess(code: "sesame", failureDelay: .milliseconds(10)),
                hostKey: HostKey(key: .init()), launch: launch, hub: hub),
            log: { [log] line in log.withLockedValue { $0.append(line) } })
        defer { try? server.stop() }
        #expect(server.listening.contains("::1") && server.listening.contains("127.0.0.1"))
        // Over IPv6, on the same port.
        let client = try Client(port: server.port, group: group, host: "::1")
        let session = try client.session()
        #expect(try session.request(SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: "xterm", terminalCharacterWidth: 80, terminalRowHeight: 24, terminalPixelWidth: 0,
            terminalPixelHeight: 0, terminalModes: .init([:]))) == true)
        #expect(try session.request(SSHChannelRequestEvent.ShellRequest(wantReply: true)) == true)
        _ = try session.waitForOutput(containing: "reported")
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while hub.current.trainees["anna"]?.finished != 1, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let anna = try #require(hub.current.trainees["anna"])
        #expect(anna.finished == 1 && anna.judged == 1 && anna.right == 0)
        let tolerant = CustomerType.allCases.firstIndex(of: .tolerant)!, ally = CustomerType.allCases.firstIndex(of: .ally)!
        #expect(hub.current.confusion[tolerant][ally] == 1)
        #expect(hub.current.scenarios["s1"]?.average == 55)
        // One line in the log for a link that misbehaves, however often.
        #expect(log.withLockedValue { $0.filter { $0.contains("dropped a report") }.count } == 1)
        client.close()
    }

    @Test("the link carries the server's messages to a trainer too")
    func serverToTrainer() throws {
        let launch = TrainerLaunch(executable: "/bin/sh", arguments: ["-c", "echo ready; read line <&3; echo \"got:$line\"; exec cat"],
                                   home: NSTemporaryDirectory())
        let hub = ClassHub(ClassState(className: "t", fingerprint: "f", joinCommand: "j"), folder: nil, log: { _ in })
        let server = try ClassroomServer.start(
            ClassroomConfiguration(
                addresses: ["127.0.0.1"], port: 0, access: ClassAccess(code: "sesame", failureDelay: .milliseconds(10)),
                hostKey: HostKey(key: .init()), launch: launch, hub: hub),
            log: { _ in })
        defer { try? server.stop() }
        let client = try Client(port: server.port, group: group)
        defer { client.close() }
        let session = try client.session()
        #expect(try session.request(SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: "xterm", terminalCharacterWidth: 80, terminalRowHeight: 24, terminalPixelWidth: 0,
            terminalPixelHeight: 0, terminalModes: .init([:]))) == true)
        #expect(try session.request(SSHChannelRequestEvent.ShellRequest(wantReply: true)) == true)
        _ = try session.waitForOutput(containing: "ready")
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while hub.send(.notice("Pauze tot 10:30"), to: "anna") == 0, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let output = try session.waitForOutput(containing: "got:")
        #expect(output.contains(#"got:{"t":"notice","text":"Pauze tot 10:30","v":1}"#))
        #expect(hub.send(.notice("x"), to: "nobody") == 0)
    }
}

/// Whether ::1 is configured (a container may run without IPv6).
let loopbackIPv6 = ((try? String(contentsOfFile: "/proc/net/if_inet6", encoding: .utf8)) ?? "")
    .contains("00000000000000000000000000000001")

/// A logged-in swift-nio-ssh client connection.
private final class Client {
    let channel: Channel

    init(port: Int, group: EventLoopGroup, user: String = "anna", host: String = "127.0.0.1") throws {
        channel = try ClientBootstrap(group: group).channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let configuration = SSHClientConfiguration(
                    userAuthDelegate: SimplePasswordDelegate(username: user, password: "sesame"),
                    serverAuthDelegate: AcceptAnyHostKey())
                try channel.pipeline.syncOperations.addHandler(
                    NIOSSHHandler(role: .client(configuration), allocator: channel.allocator, inboundChildChannelInitializer: nil))
            }
        }.connect(host: host, port: port).wait()
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
