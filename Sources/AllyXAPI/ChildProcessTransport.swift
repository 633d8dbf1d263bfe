import AllyCore
import AllyProcess
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `ally` and its HTTP helper `ally-lrs` talk: one request on the helper's standard input,
/// one answer on its standard output.
///
/// Request: the lines `ally-lrs/1`, method, URL, the endpoint's statements URL, base64 user, base64 password, timeout seconds,
/// body length (or `-` for none), then the body bytes. The credentials travel on the pipe, never
/// on the command line. Answer: a line with the HTTP status then the body bytes, or the line
/// `unreachable` then the networking layer's reason.
public enum LRSWire {
    /// The first line of every request.
    public static let version = "ally-lrs/1"

    /// A request as the helper reads it.
    public struct Envelope: Sendable, Equatable {
        /// The exchange to perform.
        public var request: LRSRequest
        /// The endpoint, for its credentials.
        public var endpoint: LRSEndpoint
        /// Seconds before the request gives up.
        public var timeout: Double
    }

    /// Encodes a request for the helper's standard input.
    public static func encode(_ request: LRSRequest, to endpoint: LRSEndpoint, timeout: Double) -> Data {
        let lines = [
            version, request.method, request.url.absoluteString, endpoint.statements.absoluteString,
            Data(endpoint.user.utf8).base64EncodedString(), Data(endpoint.password.utf8).base64EncodedString(),
            String(timeout), request.body.map { String($0.count) } ?? "-",
        ]
        return Data((lines.joined(separator: "\n") + "\n").utf8) + (request.body ?? Data())
    }

    /// Decodes what `encode` produced; nil when it is malformed.
    public static func decodeRequest(_ data: Data) -> Envelope? {
        var rest = data[...]
        var lines: [String] = []
        while lines.count < 8, let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: rest[..<newline], as: UTF8.self))
            rest = rest[rest.index(after: newline)...]
        }
        guard lines.count == 8, lines[0] == version, let url = URL(string: lines[2]),
              let user = Data(base64Encoded: lines[4]), let password = Data(base64Encoded: lines[5]),
              let timeout = Double(lines[6]),
              let endpoint = LRSEndpoint(
                  url: lines[3], user: String(decoding: user, as: UTF8.self), password: String(decoding: password, as: UTF8.self))
        else { return nil }
        let body: Data?
        if lines[7] == "-" {
            body = nil
        } else {
            guard let count = Int(lines[7]), count == rest.count else { return nil }
            body = Data(rest)
        }
        return Envelope(request: LRSRequest(method: lines[1], url: url, body: body), endpoint: endpoint, timeout: timeout)
    }

    /// Encodes the helper's answer for its standard output.
    public static func encode(_ result: Result<LRSResponse, LRSUnreachable>) -> Data {
        switch result {
        case .success(let response): Data("\(response.status)\n".utf8) + response.body
        case .failure(let unreachable): Data("unreachable\n\(unreachable.reason)".utf8)
        }
    }

    /// Decodes the helper's answer; nil when it is malformed.
    public static func decodeResponse(_ data: Data) -> Result<LRSResponse, LRSUnreachable>? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let head = String(decoding: data[..<newline], as: UTF8.self)
        let body = Data(data[data.index(after: newline)...])
        if head == "unreachable" { return .failure(LRSUnreachable(reason: String(decoding: body, as: UTF8.self))) }
        guard let status = Int(head) else { return nil }
        return .success(LRSResponse(status: status, body: body))
    }
}

/// The transport `ally sync` uses: each request is handed to the `ally-lrs` helper program, so that
/// the `ally` binary does not link FoundationNetworking (libcurl) and starts faster.
public struct ChildProcessTransport: LRSTransport {
    /// The helper program's path.
    public var executable: String
    /// Seconds before a request gives up.
    public var timeout: Double

    /// Creates a transport running `executable`.
    public init(executable: String, timeout: Double = 15) {
        self.executable = executable
        self.timeout = timeout
    }

    /// `ally-lrs` in the same folder as the running executable (symbolic links resolved).
    public static func besideExecutable(timeout: Double = 15) -> ChildProcessTransport {
        let running = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "ally"
        let folder = URL(fileURLWithPath: running).resolvingSymlinksInPath().deletingLastPathComponent()
        return ChildProcessTransport(executable: folder.appendingPathComponent("ally-lrs").path, timeout: timeout)
    }

    /// Runs the helper for one request and waits for its answer.
    public func send(_ request: LRSRequest, to endpoint: LRSEndpoint) throws -> LRSResponse {
        let output = try run(input: LRSWire.encode(request, to: endpoint, timeout: timeout))
        guard let result = LRSWire.decodeResponse(output.stdout) else {
            throw LRSHelperFault.noAnswer(executable: executable, status: output.status)
        }
        return try result.get()
    }

    /// Spawns the helper, writes `input` to it, reads its whole output and reaps it; the helper's
    /// standard error is the caller's.
    private func run(input: Data) throws(LRSHelperFault) -> (status: Int32, stdout: Data) {
        do {
            let result = try Subprocess.run(executable, [], input: Array(input), capturingStandardError: false)
            return (result.status, Data(result.output))
        } catch {
            throw .cannotStart(executable: executable, reason: error.reason, missing: error.code == ENOENT)
        }
    }
}

/// The HTTP helper `ally-lrs` could not be started or did not answer: a fault of this machine's
/// installation, not of the network or the LRS, so it is never reported as an unreachable LRS.
public enum LRSHelperFault: Error, Sendable, Equatable, CustomStringConvertible {
    /// The helper could not be started, for the system's `reason`; `missing`: there is no such file.
    case cannotStart(executable: String, reason: String, missing: Bool)
    /// The helper ran but wrote no answer, and exited with `status`.
    case noAnswer(executable: String, status: Int32)

    /// What went wrong, naming the helper, by catalogue key.
    public var text: Localized {
        switch self {
        case .cannotStart(let executable, let reason, let missing):
            Localized(missing ? "sync.helper.missing" : "sync.helper.cannotStart", ["executable": executable, "reason": reason])
        // 126 and 127 are the loader's and the shell's "cannot run"; above 128, a signal.
        case .noAnswer(let executable, 127): Localized("sync.helper.libraryMissing", ["executable": executable])
        case .noAnswer(let executable, 126): Localized("sync.helper.notExecutable", ["executable": executable])
        case .noAnswer(let executable, let status) where status > 128:
            Localized("sync.helper.killed", ["executable": executable, "signal": status - 128])
        case .noAnswer(let executable, let status): Localized("sync.helper.noAnswer", ["executable": executable, "status": status])
        }
    }

    /// The text in English.
    public var description: String { text.description }
}
