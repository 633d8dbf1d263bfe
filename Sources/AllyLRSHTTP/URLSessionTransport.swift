import AllyXAPI
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// The only importer of FoundationNetworking (libcurl and its dependencies). It lives apart from
// AllyStore so that `ally` itself never loads it: `ally sync` reaches it through `ally-lrs`.

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
