import Crypto
import NIOCore
import NIOSSH

/// Who may join a class: the class code as the password, and the public keys of an
/// `authorized_keys` file. Shared, read-only, by every connection.
public struct ClassAccess: Sendable {
    /// The class code trainees type as their password; nil when only keys are accepted.
    public var code: String?
    /// The public keys that may log in (without the class code).
    public var keys: Set<NIOSSHPublicKey>
    /// Those of `keys` that are instructors': they open the dashboard instead of the trainer.
    public var instructors: Set<NIOSSHPublicKey>
    /// How long a failed attempt waits before it is answered: guessing the code stays slow.
    public var failureDelay: TimeAmount

    /// Creates the access rules.
    public init(code: String?, keys: Set<NIOSSHPublicKey> = [], instructors: Set<NIOSSHPublicKey> = [],
                failureDelay: TimeAmount = .seconds(1)) {
        self.code = code
        self.keys = keys.union(instructors)
        self.instructors = instructors
        self.failureDelay = failureDelay
    }

    /// The methods to advertise: only those in use.
    public var methods: NIOSSHAvailableUserAuthenticationMethods {
        var methods: NIOSSHAvailableUserAuthenticationMethods = []
        if code != nil { methods.insert(.password) }
        if !keys.isEmpty { methods.insert(.publicKey) }
        return methods
    }

    /// Whether `password` is the class code, compared in constant time: both sides are hashed
    /// first, so neither the position of the first difference nor the code's length shows in
    /// the time taken.
    public func accepts(password: String) -> Bool {
        guard let code else { return false }
        let given = SHA256.hash(data: Array(password.utf8)), expected = SHA256.hash(data: Array(code.utf8))
        var difference: UInt8 = 0
        for (a, b) in zip(given, expected) { difference |= a ^ b }
        return difference == 0
    }
}

/// One connection's authentication: a new delegate for every connection, so nothing one client
/// tried can leak into another's login. The identity is taken from the request that succeeded
/// and from nothing else (a key that was merely offered, or a user name of a failed attempt,
/// never counts). Used on the connection's event loop only.
public final class ConnectionAuthenticator: NIOSSHServerUserAuthenticationDelegate {
    /// The rules shared by the class.
    let access: ClassAccess
    /// The trainee, once a request has succeeded.
    public private(set) var handle: Handle?
    /// How the trainee logged in, once a request has succeeded.
    public private(set) var method: String?
    /// Whether the login was with an instructor's key (only a key can make one).
    public private(set) var isInstructor = false
    /// Called on the event loop when a request fails (for logs and tests).
    let onFailure: (String) -> Void
    /// Called on the event loop when a request succeeds.
    let onSuccess: () -> Void

    /// Creates the delegate of one connection.
    public init(access: ClassAccess, onFailure: @escaping (String) -> Void = { _ in }, onSuccess: @escaping () -> Void = {}) {
        self.access = access
        self.onFailure = onFailure
        self.onSuccess = onSuccess
    }

    /// The methods this server accepts.
    public var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { access.methods }

    /// Decides one request; a failure is answered only after the delay.
    public func requestReceived(
        request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        // A second success on the same connection cannot change who is logged in.
        guard self.handle == nil else { return responsePromise.succeed(.failure) }
        let handle = Handle(request.username)
        let accepted: String?
        var instructor = false
        switch request.request {
        case .password(let password) where access.accepts(password: password.password):
            accepted = "password"
        case .publicKey(let key) where access.keys.contains(key.publicKey):
            // swift-nio-ssh asks the delegate only once the signature has been checked.
            instructor = access.instructors.contains(key.publicKey)
            accepted = instructor ? "instructor key" : "publickey"
        default:
            accepted = nil
        }
        if let handle, let accepted {
            self.handle = handle
            self.method = accepted
            self.isInstructor = instructor
            onSuccess()
            responsePromise.succeed(.success)
            return
        }
        let reason: String
        switch request.request {
        case .none: reason = "none"
        case .password: reason = handle == nil ? "password for an invalid user name" : "wrong class code"
        case .publicKey: reason = handle == nil ? "public key for an invalid user name" : "unknown public key"
        default: reason = "unsupported method"
        }
        // "none" is the client asking which methods exist: no delay, it is no guess.
        if case .none = request.request {
            responsePromise.succeed(.failure)
            return
        }
        onFailure(reason)
        responsePromise.futureResult.eventLoop.scheduleTask(in: access.failureDelay) {
            responsePromise.succeed(.failure)
        }
    }
}

extension ClassAccess {
    /// The access rules for `code` and the keys of the `authorized_keys` file at `path` (if any),
    /// with the lines of the file that could not be used.
    public static func load(code: String?, authorizedKeys path: String?, failureDelay: TimeAmount) throws(AccessProblem)
        -> (access: ClassAccess, problems: [String])
    {
        guard let path else { return (ClassAccess(code: code, failureDelay: failureDelay), []) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw AccessProblem(description: "cannot read \(path)") }
        let parsed = AuthorizedKeys.parse(text, file: path)
        return (ClassAccess(code: code, keys: parsed.keys, instructors: parsed.instructors, failureDelay: failureDelay), parsed.problems)
    }
}

/// Why the access rules cannot be read.
public struct AccessProblem: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String
}
