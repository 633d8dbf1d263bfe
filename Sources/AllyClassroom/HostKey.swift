import Crypto
import Foundation
import NIOCore
import NIOSSH

/// The server's Ed25519 host key, kept in OpenSSH's own private key format (unencrypted, mode
/// 0600), so that `ssh-keygen -lf FILE` prints the same fingerprint as `ally serve` does and a key
/// made by `ssh-keygen -t ed25519 -N ''` can be used instead.
public struct HostKey: Sendable {
    /// The private key's 32-byte seed (Crypto's key type is not Sendable; its bytes are).
    private let seed: Data

    /// The private key.
    public var key: Curve25519.Signing.PrivateKey {
        // The seed came from a valid key, so it makes one again.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// Why a host key file cannot be used.
    public struct Problem: Error, CustomStringConvertible {
        /// What is wrong, naming the file.
        public var description: String
    }

    /// The key for swift-nio-ssh.
    public var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: key) }

    /// The public key as an `authorized_keys`/`known_hosts` line: `ssh-ed25519 AAAA…`.
    public var publicKeyLine: String { String(openSSHPublicKey: sshKey.publicKey) }

    /// The fingerprint OpenSSH shows: `SHA256:` and the unpadded base64 of the public key blob's digest.
    public var fingerprint: String {
        let digest = SHA256.hash(data: Self.publicBlob(key.publicKey.rawRepresentation))
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// Creates a value around an existing key.
    public init(key: Curve25519.Signing.PrivateKey) {
        seed = key.rawRepresentation
    }

    /// Reads the key at `path`, or creates it there (mode 0600) when there is no file.
    /// A file that is readable by others is refused, as sshd refuses it.
    public static func loadOrCreate(at path: String) throws(Problem) -> (key: HostKey, created: Bool) {
        if FileManager.default.fileExists(atPath: path) {
            return (try load(at: path), false)
        }
        let key = HostKey(key: Curve25519.Signing.PrivateKey())
        let text = key.openSSHPrivateKey()
        // O_EXCL: two servers starting at once must not both write a key.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Problem(description: "\(path): cannot create the host key: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            throw Problem(description: "\(path): cannot write the host key: \(String(cString: strerror(errno)))")
        }
        return (key, true)
    }

    /// Reads an unencrypted OpenSSH Ed25519 private key.
    public static func load(at path: String) throws(Problem) -> HostKey {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Problem(description: "\(path): \(String(cString: strerror(errno)))") }
        guard info.st_mode & 0o077 == 0 else {
            throw Problem(description: "\(path): the host key is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); chmod 600 it")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Problem(description: "\(path): cannot read the host key")
        }
        guard let key = parse(openSSHPrivateKey: text) else {
            throw Problem(description: "\(path): not an unencrypted OpenSSH Ed25519 private key (ssh-keygen -t ed25519 -N '' makes one)")
        }
        return HostKey(key: key)
    }

    // MARK: The openssh-key-v1 format (PROTOCOL.key in OpenSSH's sources)

    private static let magic = Array("openssh-key-v1".utf8) + [0]
    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"

    private static func publicBlob(_ raw: Data) -> [UInt8] {
        var blob: [UInt8] = []
        appendString(Array("ssh-ed25519".utf8), to: &blob)
        appendString(Array(raw), to: &blob)
        return blob
    }

    private static func appendString(_ bytes: [UInt8], to buffer: inout [UInt8]) {
        let count = UInt32(bytes.count)
        buffer += [UInt8(count >> 24), UInt8(count >> 16 & 0xff), UInt8(count >> 8 & 0xff), UInt8(count & 0xff)]
        buffer += bytes
    }

    /// The key in the PEM-like text OpenSSH writes.
    func openSSHPrivateKey() -> String {
        let key = self.key
        let publicRaw = Array(key.publicKey.rawRepresentation)
        let blob = Self.publicBlob(key.publicKey.rawRepresentation)
        var secret: [UInt8] = []
        let check = UInt32.random(in: 0...UInt32.max)
        for _ in 0..<2 { secret += [UInt8(check >> 24), UInt8(check >> 16 & 0xff), UInt8(check >> 8 & 0xff), UInt8(check & 0xff)] }
        Self.appendString(Array("ssh-ed25519".utf8), to: &secret)
        Self.appendString(publicRaw, to: &secret)
        Self.appendString(Array(key.rawRepresentation) + publicRaw, to: &secret)
        Self.appendString(Array("ally-classroom".utf8), to: &secret)
        var pad: UInt8 = 1
        while secret.count % 8 != 0 {
            secret.append(pad)
            pad += 1
        }
        var body = Self.magic
        for field in ["none", "none", ""] { Self.appendString(Array(field.utf8), to: &body) }
        body += [0, 0, 0, 1]
        Self.appendString(blob, to: &body)
        Self.appendString(secret, to: &body)
        let encoded = Data(body).base64EncodedString()
        var lines = [Self.begin]
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(70)))
            rest = rest.dropFirst(70)
        }
        lines.append(Self.end)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Ed25519 key in OpenSSH's private key text, or nil when it is not one (or is encrypted).
    static func parse(openSSHPrivateKey text: String) -> Curve25519.Signing.PrivateKey? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.firstIndex(of: begin), let last = lines.firstIndex(of: end), first < last,
              let data = Data(base64Encoded: lines[(first + 1)..<last].joined()) else { return nil }
        var reader = Reader(bytes: Array(data))
        guard reader.take(magic.count) == magic,
              reader.string() == Array("none".utf8), reader.string() == Array("none".utf8), reader.string() == [],
              reader.uint32() == 1, reader.string() != nil, let secret = reader.string() else { return nil }
        var inner = Reader(bytes: secret)
        guard let a = inner.uint32(), let b = inner.uint32(), a == b,
              inner.string() == Array("ssh-ed25519".utf8), let publicRaw = inner.string(), publicRaw.count == 32,
              let privateRaw = inner.string(), privateRaw.count == 64, Array(privateRaw[32...]) == publicRaw,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: privateRaw[0..<32]),
              Array(key.publicKey.rawRepresentation) == publicRaw else { return nil }
        return key
    }

    /// Reads SSH wire fields from bytes; nil past the end.
    private struct Reader {
        var bytes: [UInt8]
        var offset = 0

        mutating func take(_ count: Int) -> [UInt8]? {
            guard count >= 0, offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }

        mutating func uint32() -> UInt32? {
            take(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
        }

        mutating func string() -> [UInt8]? {
            uint32().flatMap { take(Int($0)) }
        }
    }
}

/// Reads the public keys of an OpenSSH `authorized_keys` file.
///
/// A key whose comment has the word `ally-instructor` is an instructor's: it opens the dashboard
/// instead of the trainer. The mark is in the comment, not in the options, so the same file still
/// works for OpenSSH's sshd (which refuses options it does not know).
public enum AuthorizedKeys {
    /// The word in a key's comment that marks an instructor.
    public static let instructorMark = "ally-instructor"

    /// The keys in `text`: blank lines and `#` comments skipped, options before the key type
    /// ignored (the server grants the same thing to every key), and a line that is not a key
    /// reported as `file:line: problem`. `instructors` are the keys marked ``instructorMark``.
    public static func parse(_ text: String, file: String)
        -> (keys: Set<NIOSSHPublicKey>, instructors: Set<NIOSSHPublicKey>, problems: [String])
    {
        var keys: Set<NIOSSHPublicKey> = []
        var instructors: Set<NIOSSHPublicKey> = []
        var problems: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let typeIndex = fields.firstIndex(where: { $0.hasPrefix("ssh-") || $0.hasPrefix("ecdsa-sha2-") }),
                  typeIndex + 1 < fields.count,
                  let key = try? NIOSSHPublicKey(openSSHPublicKey: fields[typeIndex] + " " + fields[typeIndex + 1]) else {
                problems.append("\(file):\(index + 1): not a public key this server can use (ssh-ed25519 or ecdsa-sha2-nistp256/384/521)")
                continue
            }
            keys.insert(key)
            if fields[(typeIndex + 2)...].contains(instructorMark) { instructors.insert(key) }
        }
        return (keys, instructors, problems)
    }
}
