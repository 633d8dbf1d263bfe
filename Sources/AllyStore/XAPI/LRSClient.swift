import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A Learning Record Store's statements resource and the credentials to use it.
public struct LRSEndpoint: Sendable, Equatable {
    /// The statements resource, e.g. `http://127.0.0.1:8100/xAPI/statements`.
    public var statements: URL
    /// HTTP Basic user.
    public var user: String
    /// HTTP Basic password.
    public var password: String

    /// The endpoint for a base URL: `…/statements` is used as given, `…/xAPI` gets `/statements`,
    /// anything else gets `/xAPI/statements`. Nil when `url` is not an http(s) URL.
    public init?(url: String, user: String, password: String) {
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        let path: String
        if base.hasSuffix("/statements") {
            path = base
        } else if base.lowercased().hasSuffix("/xapi") {
            path = base + "/statements"
        } else {
            path = base + "/xAPI/statements"
        }
        guard let parsed = URL(string: path), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil
        else { return nil }
        statements = parsed
        self.user = user
        self.password = password
    }
}

/// One HTTP exchange with the LRS.
public struct LRSRequest: Sendable, Equatable {
    /// GET, POST or PUT.
    public var method: String
    /// The full URL (with `statementId` for a PUT).
    public var url: URL
    /// The JSON body.
    public var body: Data?

    /// Creates a request.
    public init(method: String, url: URL, body: Data?) {
        self.method = method
        self.url = url
        self.body = body
    }
}

/// What the LRS answered.
public struct LRSResponse: Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }

    /// The LRS's reason, from a JSON `detail`/`message`/`error` field or the raw text, in one line.
    public var reason: String {
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for key in ["detail", "message", "error"] {
                if let text = object[key] as? String { return text }
                if let list = object[key] as? [[String: Any]] {
                    // FastAPI-style validation errors: "body.0.actor: Field required".
                    let items = list.prefix(3).map { item -> String in
                        let location = (item["loc"] as? [Any])?.map { "\($0)" }.joined(separator: ".") ?? ""
                        return "\(location): \(item["msg"] as? String ?? "invalid")"
                    }
                    return items.joined(separator: "; ") + (list.count > 3 ? "; …" : "")
                }
            }
        }
        let text = String(decoding: body, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.isEmpty ? "HTTP \(status)" : String(text.prefix(300))
    }
}

/// Sends requests to an LRS; tests swap in a fake.
public protocol LRSTransport: Sendable {
    /// Sends `request` with the endpoint's credentials; throws when the LRS cannot be reached.
    func send(_ request: LRSRequest, to endpoint: LRSEndpoint) throws -> LRSResponse
}

/// The LRS could not be reached (connection refused, timeout, DNS).
public struct LRSUnreachable: Error, Sendable, CustomStringConvertible {
    /// What the networking layer said.
    public var reason: String
    /// The reason.
    public var description: String { reason }
}

/// The real transport: URLSession, HTTP Basic, `X-Experience-API-Version: 1.0.3`.
public struct URLSessionTransport: LRSTransport {
    /// Seconds before a request gives up.
    public var timeout: Double

    /// Creates a transport.
    public init(timeout: Double = 15) {
        self.timeout = timeout
    }

    /// Sends the request and waits for the answer.
    public func send(_ request: LRSRequest, to endpoint: LRSEndpoint) throws -> LRSResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        let credentials = Data("\(endpoint.user):\(endpoint.password)".utf8).base64EncodedString()
        urlRequest.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        urlRequest.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: urlRequest) { data, response, error in
            if let response = response as? HTTPURLResponse {
                outcome.set(.success(LRSResponse(status: response.statusCode, body: data ?? Data())))
            } else {
                outcome.set(.failure(LRSUnreachable(reason: error.map { $0.localizedDescription } ?? "no answer")))
            }
            done.signal()
        }.resume()
        done.wait()
        return try outcome.get()
    }

    /// The answer, handed from URLSession's queue to the waiting caller.
    private final class Outcome: @unchecked Sendable {
        // Written once before the semaphore is signalled, read after waiting on it.
        private var result: Result<LRSResponse, LRSUnreachable> = .failure(LRSUnreachable(reason: "no answer"))
        func set(_ value: Result<LRSResponse, LRSUnreachable>) { result = value }
        func get() throws -> LRSResponse { try result.get() }
    }
}
