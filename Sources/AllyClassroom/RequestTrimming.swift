import NIOCore
import NIOSSH

/// swift-nio-ssh's own AES-GCM transport protection, with one repair after decryption: a channel
/// request that swift-nio-ssh does not know (x11-req, break) loses the data after its want-reply
/// flag, so that swift-nio-ssh parses it and answers "failure".
///
/// swift-nio-ssh 0.15.1 reads an unknown request's name and flag but not its data, then takes the
/// leftover bytes for a malformed packet and drops the connection: `ssh -X`, or `ForwardX11 yes`
/// in a client's configuration, could not join. The cryptography is the library's, untouched;
/// only the decrypted payload of those requests is shortened.
class RequestTrimmingProtection: NIOSSHTransportProtection {
    /// The scheme wrapped; each subclass names one of the library's.
    class var inner: (NIOSSHTransportProtection & _NIOSSHSendableMetatype).Type {
        Constants.bundledTransportProtectionSchemes[0]
    }

    /// The schemes the server offers, in the library's order of preference.
    static let schemes: [(NIOSSHTransportProtection & _NIOSSHSendableMetatype).Type] = [
        TrimmingFirst.self, TrimmingSecond.self,
    ]

    static var cipherName: String { inner.cipherName }
    static var macName: String? { inner.macName }
    static var cipherBlockSize: Int { inner.cipherBlockSize }
    static var keySizes: ExpectedKeySizes { inner.keySizes }

    private let wrapped: NIOSSHTransportProtection

    required init(initialKeys: NIOSSHSessionKeys) throws {
        wrapped = try Self.inner.init(initialKeys: initialKeys)
    }

    var macBytes: Int { wrapped.macBytes }
    var lengthEncrypted: Bool { wrapped.lengthEncrypted }

    func updateKeys(_ newKeys: NIOSSHSessionKeys) throws {
        try wrapped.updateKeys(newKeys)
    }

    func decryptFirstBlock(_ source: inout ByteBuffer) throws {
        try wrapped.decryptFirstBlock(&source)
    }

    func decryptAndVerifyRemainingPacket(_ source: inout ByteBuffer, sequenceNumber: UInt32) throws -> ByteBuffer {
        Self.trimmingUnknownRequest(try wrapped.decryptAndVerifyRemainingPacket(&source, sequenceNumber: sequenceNumber))
    }

    func encryptPacket(_ destination: inout ByteBuffer, sequenceNumber: UInt32) throws {
        try wrapped.encryptPacket(&destination, sequenceNumber: sequenceNumber)
    }

    /// The channel requests swift-nio-ssh parses whole.
    static let known: Set<String> = [
        "exec", "exit-status", "env", "exit-signal", "pty-req", "shell", "subsystem", "window-change", "xon-xoff", "signal",
    ]

    /// `payload`, or, for an SSH_MSG_CHANNEL_REQUEST (98) of an unknown type, its first part:
    /// message number, recipient channel, request name and want-reply flag.
    static func trimmingUnknownRequest(_ payload: ByteBuffer) -> ByteBuffer {
        var reader = payload
        guard reader.readInteger(as: UInt8.self) == 98, reader.readInteger(as: UInt32.self) != nil,
              let nameLength = reader.readInteger(as: UInt32.self), nameLength <= 256,
              let name = reader.readString(length: Int(nameLength)), !known.contains(name),
              reader.readInteger(as: UInt8.self) != nil, reader.readableBytes > 0 else { return payload }
        return payload.getSlice(at: payload.readerIndex, length: reader.readerIndex - payload.readerIndex) ?? payload
    }
}

/// The library's first (preferred) scheme, repaired.
final class TrimmingFirst: RequestTrimmingProtection {
    override class var inner: (NIOSSHTransportProtection & _NIOSSHSendableMetatype).Type {
        Constants.bundledTransportProtectionSchemes[0]
    }
}

/// The library's second scheme, repaired.
final class TrimmingSecond: RequestTrimmingProtection {
    override class var inner: (NIOSSHTransportProtection & _NIOSSHSendableMetatype).Type {
        Constants.bundledTransportProtectionSchemes[1]
    }
}
