import Foundation

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

    /// Creates the error with the networking layer's reason.
    public init(reason: String) {
        self.reason = reason
    }
}
