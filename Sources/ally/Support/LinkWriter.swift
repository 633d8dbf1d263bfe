import Foundation

/// Writes whole lines to the class link (a socket, descriptor 3 of a trainer or dashboard).
enum LinkWriter {
    /// Sends `line`; false when the link is broken (a server that is gone), so the caller stops trying.
    @discardableResult
    static func write(_ line: String, to link: Int32) -> Bool {
        let bytes = Array(line.utf8)
        // MSG_NOSIGNAL: a server that is gone must not kill the process with SIGPIPE.
        let sent = bytes.withUnsafeBytes { Foundation.send(link, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        return sent >= 0 || errno == EAGAIN || errno == EWOULDBLOCK
    }
}
