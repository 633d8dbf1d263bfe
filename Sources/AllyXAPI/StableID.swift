import Crypto

/// The two digests Ally needs, from swift-crypto (BoringSSL on Linux, CryptoKit on Apple platforms).
enum Digest {
    /// SHA-1 of `bytes`; used only for name-based UUIDs (RFC 4122 version 5), never for security.
    static func sha1(_ bytes: [UInt8]) -> [UInt8] { Array(Insecure.SHA1.hash(data: bytes)) }

    /// SHA-256 of `bytes`; identifies a scenario text (its content hash).
    static func sha256(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    /// Lower-case hex of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}

/// Stable identifiers derived from names.
public enum StableID {
    /// Ally's own namespace for statement ids (a fixed random UUID; never change it, or retries duplicate).
    public static let statementNamespace = "6f0c1d2e-8a47-4b9e-9c3d-5e7a2b1f4c60"

    /// A name-based UUID (RFC 4122 version 5, SHA-1) of `name` in `namespace`.
    public static func uuid5(namespace: String, name: String) -> String {
        let hexDigits = namespace.filter(\.isHexDigit)
        var bytes: [UInt8] = stride(from: 0, to: 32, by: 2).map { offset in
            let start = hexDigits.index(hexDigits.startIndex, offsetBy: offset)
            return UInt8(hexDigits[start...hexDigits.index(after: start)], radix: 16)!
        }
        bytes += Array(name.utf8)
        var hash = Array(Digest.sha1(bytes).prefix(16))
        hash[6] = hash[6] & 0x0F | 0x50
        hash[8] = hash[8] & 0x3F | 0x80
        let hex = Digest.hex(hash)
        let cuts = [8, 12, 16, 20]
        var out = ""
        for (index, character) in hex.enumerated() {
            if cuts.contains(index) { out.append("-") }
            out.append(character)
        }
        return out
    }

    /// The content hash of a scenario text: `sha256:` and the hex digest of its UTF-8 bytes.
    public static func contentHash(of source: String) -> String {
        "sha256:" + Digest.hex(Digest.sha256(Array(source.utf8)))
    }
}
