import AllyClassroom
import AllyProcess
import AllyTestSupport
import Crypto
import Foundation
import NIOCore
import NIOEmbedded
import NIOSSH
import Testing

@Suite("Host key, authorized keys, one delegate per connection")
struct HostKeyTests {
    let folder: String

    init() throws {
        folder = try temporaryFolder("hostkey").path
    }

    @Test("the key is created once, mode 0600, and OpenSSH reads it with the same fingerprint")
    func createdOnceAndReadableByOpenSSH() throws {
        let path = folder + "/host_ed25519_key"
        let (first, created) = try HostKey.loadOrCreate(at: path)
        #expect(created)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let (second, createdAgain) = try HostKey.loadOrCreate(at: path)
        #expect(!createdAgain)
        #expect(second.fingerprint == first.fingerprint)
        #expect(first.fingerprint.hasPrefix("SHA256:") && !first.fingerprint.hasSuffix("="))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") {
            let listed = try Subprocess.run("/usr/bin/ssh-keygen", ["-l", "-f", path])
            #expect(listed.status == 0)
            #expect(listed.stdout.contains(first.fingerprint))
            let publicKey = try Subprocess.run("/usr/bin/ssh-keygen", ["-y", "-f", path])
            #expect(publicKey.stdout.hasPrefix(first.publicKeyLine + " "))
        }
    }

    @Test("a key made by ssh-keygen is used as it is; a key others can read is refused")
    func keysFromSSHKeygen() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else { return }
        let path = folder + "/made"
        try makeSSHKey(at: path)
        let listed = try Subprocess.run("/usr/bin/ssh-keygen", ["-l", "-f", path])
        #expect(listed.stdout.contains(try HostKey.load(at: path).fingerprint))
        chmod(path, 0o644)
        #expect(throws: HostKey.Problem.self) { try HostKey.load(at: path) }
    }

    @Test("authorized_keys: comments, options and bad lines")
    func authorizedKeys() throws {
        let one = NIOSSHPrivateKey(ed25519Key: .init()).publicKey
        let two = NIOSSHPrivateKey(p256Key: .init()).publicKey
        let text = """
            # the instructor
            \(String(openSSHPublicKey: one)) anna@laptop

            no-pty,command="x" \(String(openSSHPublicKey: two)) bob
            ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== old
            garbage
            """
        let parsed = AuthorizedKeys.parse(text, file: "keys")
        #expect(parsed.keys == [one, two])
        #expect(parsed.instructors.isEmpty)
        // A word in the comment marks an instructor's key; the same key without it does not.
        let marked = AuthorizedKeys.parse("\(String(openSSHPublicKey: one)) anna@laptop ally-instructor\n\(String(openSSHPublicKey: two)) ally-instructors",
                                          file: "keys")
        #expect(marked.instructors == [one] && marked.keys == [one, two])
        #expect(parsed.problems.count == 2)
        #expect(parsed.problems.first?.hasPrefix("keys:5:") == true)
    }

    @Test("the identity is the user name of the request that succeeded, and only that")
    func identityFromTheSucceededRequestOnly() throws {
        let loop = EmbeddedEventLoop()
        let key = NIOSSHPrivateKey(ed25519Key: .init()).publicKey
        let access = ClassAccess(code: "sesame", keys: [key], failureDelay: .milliseconds(10))
        let authenticator = ConnectionAuthenticator(access: access)
        #expect(authenticator.supportedAuthenticationMethods == [.password, .publicKey])

        func ask(_ user: String, _ request: NIOSSHUserAuthenticationRequest.Request) throws -> NIOSSHUserAuthenticationOutcome? {
            let promise = loop.makePromise(of: NIOSSHUserAuthenticationOutcome.self)
            authenticator.requestReceived(request: .init(username: user, serviceName: "ssh-connection", request: request), responsePromise: promise)
            loop.advanceTime(by: .milliseconds(20))
            return try promise.futureResult.wait()
        }
        let other = NIOSSHPrivateKey(ed25519Key: .init()).publicKey
        #expect(try isFailure(ask("mallory", .publicKey(.init(publicKey: other)))))
        #expect(try isFailure(ask("anna", .password(.init(password: "sesame2")))))
        #expect(try isFailure(ask("bad name", .password(.init(password: "sesame")))))
        #expect(authenticator.handle == nil)
        #expect(try !isFailure(ask("anna", .password(.init(password: "sesame")))))
        #expect(authenticator.handle?.value == "anna")
        #expect(authenticator.method == "password")
        // Nothing after the first success changes who is logged in.
        #expect(try isFailure(ask("root", .publicKey(.init(publicKey: key)))))
        #expect(authenticator.handle?.value == "anna")

        let byKey = ConnectionAuthenticator(access: ClassAccess(code: nil, keys: [key]))
        #expect(byKey.supportedAuthenticationMethods == .publicKey)
        let promise = loop.makePromise(of: NIOSSHUserAuthenticationOutcome.self)
        byKey.requestReceived(request: .init(username: "bert", serviceName: "ssh-connection", request: .publicKey(.init(publicKey: key))), responsePromise: promise)
        #expect(try !isFailure(promise.futureResult.wait()))
        #expect(byKey.handle?.value == "bert" && byKey.method == "publickey")
    }

    private func isFailure(_ outcome: NIOSSHUserAuthenticationOutcome?) -> Bool {
        if case .failure = outcome { return true }
        return false
    }
}
