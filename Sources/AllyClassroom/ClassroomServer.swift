import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// Everything `ally serve` decides before it listens.
public struct ClassroomConfiguration: Sendable {
    /// The addresses to listen on, all on one port (0.0.0.0 and ::: every interface, IPv4 and IPv6).
    /// The first must bind; one of the others that cannot (a host without IPv6) is left out and logged.
    public var addresses: [String]
    /// The TCP port (0: any free port, for tests).
    public var port: Int
    /// The class code and keys.
    public var access: ClassAccess
    /// The server's host key.
    public var hostKey: HostKey
    /// How each session starts its trainer.
    public var launch: TrainerLaunch
    /// How long a connection may take to log in before it is closed.
    public var loginGrace: TimeAmount
    /// How many connections may be open at once (logged in or not).
    public var maxConnections: Int
    /// How many connections from one address may be logging in at once: enough for a whole lab
    /// behind one NAT address typing the code together, too few for one address to take every place.
    public var maxLoggingInPerAddress: Int
    /// How long a session may go without a key from the trainee before it is closed (nil: no limit).
    public var idleTimeout: TimeAmount?
    /// How long a session may last at most (nil: no limit).
    public var maxSessionLength: TimeAmount?
    /// The most authentication requests one connection may make.
    public var maxAuthAttempts: Int
    /// The class's state, which every trainer reports to (nil: trainers run without a link).
    public var hub: ClassHub?

    /// Creates a configuration with the defaults for a class.
    public init(
        addresses: [String] = ["0.0.0.0", "::"], port: Int = 2222, access: ClassAccess, hostKey: HostKey, launch: TrainerLaunch,
        loginGrace: TimeAmount = .seconds(60), maxConnections: Int = 200, maxAuthAttempts: Int = 6,
        idleTimeout: TimeAmount? = .minutes(30), maxSessionLength: TimeAmount? = .hours(4), maxLoggingInPerAddress: Int = 80,
        hub: ClassHub? = nil
    ) {
        self.hub = hub
        self.maxLoggingInPerAddress = maxLoggingInPerAddress
        self.idleTimeout = idleTimeout
        self.maxSessionLength = maxSessionLength
        self.addresses = addresses
        self.port = port
        self.access = access
        self.hostKey = hostKey
        self.launch = launch
        self.loginGrace = loginGrace
        self.maxConnections = maxConnections
        self.maxAuthAttempts = maxAuthAttempts
    }
}

/// The classroom's SSH server: every trainee who logs in gets the trainer on a terminal of their own.
public final class ClassroomServer: Sendable {
    /// The listening channels, one per address.
    private let channels: [Channel]
    /// The event loops (as many as cores: sessions spread over them).
    private let group: MultiThreadedEventLoopGroup
    /// The open connections and running trainers, for a clean stop.
    private let registry: Registry

    /// The port the server listens on.
    public var port: Int { channels.first?.localAddress?.port ?? 0 }

    /// The addresses it listens on.
    public var listening: [String] { channels.compactMap { $0.localAddress?.ipAddress } }

    private init(channels: [Channel], group: MultiThreadedEventLoopGroup, registry: Registry) {
        self.channels = channels
        self.group = group
        self.registry = registry
    }

    /// Binds and starts serving; `log` gets one line per event (joins, refusals, exits), every
    /// client-chosen text in it made inert.
    public static func start(_ configuration: ClassroomConfiguration, log: @escaping @Sendable (String) -> Void) throws -> ClassroomServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let registry = Registry()
        let hostKey = configuration.hostKey.sshKey
        // One bootstrap per address (a bootstrap keeps the options it is given; the IPv6 one has one more).
        let bootstrap = { () -> ServerBootstrap in ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let peer = Inert.text(channel.remoteAddress?.ipAddress ?? "?")
                switch registry.admit(channel, from: peer, limit: configuration.maxConnections, loggingIn: configuration.maxLoggingInPerAddress) {
                case .admitted: break
                case .full:
                    log("refused a connection from \(peer): \(configuration.maxConnections) connections are open")
                    return channel.eventLoop.makeFailedFuture(ClassroomError.tooManyConnections)
                case .addressBusy:
                    log("refused a connection from \(peer): \(configuration.maxLoggingInPerAddress) from there are logging in")
                    return channel.eventLoop.makeFailedFuture(ClassroomError.tooManyConnections)
                }
                return channel.eventLoop.makeCompletedFuture {
                    try Self.setUp(channel, peer: peer, hostKey: hostKey, configuration: configuration, registry: registry, log: log)
                }
            }
        }
        var channels: [Channel] = []
        for (index, address) in configuration.addresses.enumerated() {
            // An IPv6 socket takes IPv6 only: IPv4 has its own, and its peers keep their plain addresses.
            let v6 = address.contains(":")
            let port = channels.first?.localAddress?.port ?? configuration.port
            do {
                let server = v6 ? bootstrap().serverChannelOption(ChannelOptions.Types.SocketOption(level: .ipv6, name: .ipv6_v6only), value: 1)
                    : bootstrap()
                channels.append(try server.bind(host: address, port: port).wait())
            } catch where index > 0 {
                log("not listening on \(address): \(error)")
            }
        }
        return ClassroomServer(channels: channels, group: group, registry: registry)
    }

    /// One connection's pipeline: its own authentication delegate, the grace timer, and the one
    /// session channel it may open.
    private static func setUp(
        _ channel: Channel, peer: String, hostKey: NIOSSHPrivateKey, configuration: ClassroomConfiguration,
        registry: Registry, log: @escaping @Sendable (String) -> Void
    ) throws {
        let authenticator = ConnectionAuthenticator(
            access: configuration.access, onFailure: { reason in log("refused a login from \(peer): \(reason)") },
            onSuccess: { registry.loggedIn(from: peer) })
        var server = SSHServerConfiguration(
            hostKeys: [hostKey], userAuthDelegate: authenticator, banner: nil,
            transportProtectionSchemes: RequestTrimmingProtection.schemes)
        server.maxAuthAttempts = configuration.maxAuthAttempts
        let loop = channel.eventLoop
        let identity = NIOLoopBound(authenticator, eventLoop: loop)
        channel.closeFuture.whenComplete { _ in registry.remove(channel, from: peer, loggingIn: identity.value.handle == nil) }
        let sessions = NIOLoopBound(Counter(), eventLoop: loop)
        let handler = NIOSSHHandler(role: .server(server), allocator: channel.allocator) { child, type in
            // Only a `session`, one per connection, and only once logged in; every forwarding
            // channel type (direct-tcpip for -L, forwarded-tcpip) is refused.
            guard case .session = type, let handle = identity.value.handle, sessions.value.value == 0 else {
                return child.eventLoop.makeFailedFuture(ClassroomError.channelRefused)
            }
            sessions.value.value += 1
            log("\(handle) joined from \(peer) (\(identity.value.method ?? "?"))")
            return child.eventLoop.makeCompletedFuture {
                try child.pipeline.syncOperations.addHandler(SessionHandler(
                    handle: handle, launch: configuration.launch, limits: (configuration.idleTimeout, configuration.maxSessionLength),
                    trainers: registry, instructor: identity.value.isInstructor, hub: configuration.hub, log: log))
            }
        }
        try channel.pipeline.syncOperations.addHandler(handler)
        try channel.pipeline.syncOperations.addHandler(ConnectionErrorHandler(peer: peer, log: log))
        // Nobody keeps a connection open without logging in.
        loop.scheduleTask(in: configuration.loginGrace) {
            if identity.value.handle == nil {
                log("closed a connection from \(peer) that did not log in within the grace time")
                channel.close(promise: nil)
            }
        }
    }

    /// Waits until the server stops.
    public func wait() throws {
        for channel in channels { try channel.closeFuture.wait() }
    }

    /// Stops listening, closes every connection (their trainers get SIGHUP, save and exit), waits
    /// up to `grace` for the trainers, and shuts the event loops down.
    public func stop(grace: Duration = .seconds(15)) throws {
        for channel in channels { try? channel.close().wait() }
        for connection in registry.connections() { try? connection.close().wait() }
        let deadline = ContinuousClock.now.advanced(by: grace)
        // Polled: trainers end in their own time, and their exits are reported on the event loops,
        // which must still run then.
        while registry.trainers > 0, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        try group.syncShutdownGracefully()
    }
}

/// The open connections and the number of running trainers, shared by every event loop.
final class Registry: Sendable {
    private let state = NIOLockedValueBox(
        (connections: [ObjectIdentifier: Channel](), loggingIn: [String: Int](), trainers: 0))

    /// Whether a new connection may go on.
    enum Admission {
        case admitted, full, addressBusy
    }

    /// Counts `channel` from `address` in, unless `limit` connections are open or `loggingIn` from
    /// that address have not logged in yet.
    func admit(_ channel: Channel, from address: String, limit: Int, loggingIn: Int) -> Admission {
        state.withLockedValue { state in
            guard state.connections.count < limit else { return .full }
            guard state.loggingIn[address, default: 0] < loggingIn else { return .addressBusy }
            state.connections[ObjectIdentifier(channel)] = channel
            state.loggingIn[address, default: 0] += 1
            return .admitted
        }
    }

    /// A connection from `address` has logged in.
    func loggedIn(from address: String) {
        state.withLockedValue { Self.countOut(address, &$0.loggingIn) }
    }

    /// Counts a closed connection out (and out of those logging in, if it never did).
    func remove(_ channel: Channel, from address: String, loggingIn: Bool) {
        state.withLockedValue { state in
            _ = state.connections.removeValue(forKey: ObjectIdentifier(channel))
            if loggingIn { Self.countOut(address, &state.loggingIn) }
        }
    }

    private static func countOut(_ address: String, _ counts: inout [String: Int]) {
        let left = counts[address, default: 0] - 1
        counts[address] = left > 0 ? left : nil
    }

    /// The open connections.
    func connections() -> [Channel] {
        state.withLockedValue { Array($0.connections.values) }
    }

    /// Trainers started and not yet reaped.
    var trainers: Int { state.withLockedValue { $0.trainers } }

    /// A trainer started (+1) or was reaped (-1).
    func trainerCount(_ change: Int) {
        state.withLockedValue { $0.trainers += change }
    }
}

/// Why the server turned something away.
enum ClassroomError: Error {
    case tooManyConnections
    case channelRefused
}

/// A count owned by one event loop.
private final class Counter {
    var value = 0
}

/// Closes a connection on a protocol error (a bad packet, too many attempts) instead of leaving it
/// half-open, and says why in the log.
private final class ConnectionErrorHandler: ChannelInboundHandler {
    typealias InboundIn = Any

    let peer: String
    let log: @Sendable (String) -> Void

    init(peer: String, log: @escaping @Sendable (String) -> Void) {
        self.peer = peer
        self.log = log
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // The error's text may quote what the client sent.
        log("closed the connection from \(peer): \(Inert.text(String(describing: error), limit: 200))")
        context.close(promise: nil)
    }
}

/// Client-chosen text made safe for a terminal or a log: every control character (C0, DEL, C1),
/// and nothing else, shown as a `\u{…}` escape.
public enum Inert {
    /// `text` with its control characters escaped, at most `limit` characters of it.
    public static func text(_ text: String, limit: Int = 64) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(limit) {
            if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) || scalar.properties.generalCategory == .format {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
