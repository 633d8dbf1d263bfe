@testable import AllyClassroom
import NIOCore
import Testing

@Suite("Unknown channel requests are trimmed after decryption")
struct RequestTrimmingTests {
    /// An SSH_MSG_CHANNEL_REQUEST payload: 98, recipient, name, want-reply, then `data`.
    func request(_ name: String, wantReply: Bool = true, data: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt8(98))
        buffer.writeInteger(UInt32(7))
        buffer.writeInteger(UInt32(name.utf8.count))
        buffer.writeString(name)
        buffer.writeInteger(UInt8(wantReply ? 1 : 0))
        buffer.writeBytes(data)
        return buffer
    }

    @Test("x11-req and break lose their data; known requests and other messages are untouched")
    func trimming() {
        let x11 = request("x11-req", data: [0, 0, 0, 0, 18] + Array("MIT-MAGIC-COOKIE-1".utf8) + [0, 0, 0, 0])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(x11) == request("x11-req", data: []))
        let brk = request("break", wantReply: false, data: [0, 0, 1, 244])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(brk) == request("break", wantReply: false, data: []))
        let pty = request("pty-req", data: [1, 2, 3, 4])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(pty) == pty)
        let agent = request("auth-agent-req@openssh.com", wantReply: false, data: [])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(agent) == agent)
        var data = ByteBuffer()
        data.writeBytes([94, 0, 0, 0, 7, 0, 0, 0, 1, 65])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(data) == data)
        var truncated = ByteBuffer()
        truncated.writeBytes([98, 0, 0])
        #expect(RequestTrimmingProtection.trimmingUnknownRequest(truncated) == truncated)
    }
}
