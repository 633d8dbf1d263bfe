import AllyCore
import Foundation
import Testing
@testable import AllyStore
@testable import AllyXAPI

@Suite struct XAPITests {
    @Test func digestsMatchKnownVectors() {
        #expect(Digest.hex(Digest.sha1(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(Digest.hex(Digest.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.hex(Digest.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // RFC 4122 version 5 of "python.org" in the DNS namespace, as Python's uuid.uuid5 gives it.
        #expect(StableID.uuid5(namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8", name: "python.org")
                == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test func aStatementCarriesEverythingTheSpecAsksFor() throws {
        let attempt = AttemptSummary(
            id: 7, trainee: "anna", scenarioID: "garage-lease-brakes-nl", title: "Weer naar de garage", customerType: .hostage,
            startedAt: 1_700_000_000, finishedAt: 1_700_000_062.5, total: 72, outcome: .satisfied, seconds: 62.5)
        let settings = XAPISettings(homePage: "https://school.example/", passMark: 60)
        let statement = try #require(XAPIStatement(attempt: attempt, uuid: "u-1", language: .nl, settings: settings))
        #expect(statement.id == StableID.uuid5(namespace: StableID.statementNamespace, name: "attempt:u-1"))
        #expect(statement.actor.account == .init(homePage: "https://school.example", name: "anna"))
        #expect(statement.verb.id == "http://adlnet.gov/expapi/verbs/passed")
        #expect(statement.object.id == "https://school.example/scenarios/garage-lease-brakes-nl")
        #expect(statement.object.definition.name == ["nl": "Weer naar de garage"])
        #expect(statement.result.score == .init(scaled: 0.72, raw: 72, min: 0, max: 100))
        #expect(statement.result.success == true)
        #expect(statement.result.completion)
        #expect(statement.result.duration == "PT1M2.5S")
        #expect(statement.timestamp == "2023-11-14T22:14:22.500Z")
        #expect(statement.context.language == "nl")
        #expect(statement.context.extensions == ["https://school.example/xapi/extensions/customer-type": "hostage"])
        let json = String(decoding: statement.json(), as: UTF8.self)
        #expect(json.contains("\"version\":\"1.0.3\""))

        var failed = attempt
        failed.total = 40
        #expect(XAPIStatement(attempt: failed, uuid: "u-1", language: .nl, settings: settings)?.verb.id.hasSuffix("failed") == true)
        let completed = XAPIStatement(attempt: failed, uuid: "u-1", language: .nl, settings: XAPISettings(passMark: nil))
        #expect(completed?.verb.id.hasSuffix("completed") == true)
        #expect(completed?.result.success == nil)
        var unfinished = attempt
        unfinished.finishedAt = nil
        #expect(XAPIStatement(attempt: unfinished, uuid: "u-1", language: .nl, settings: settings) == nil)
    }

    @Test func endpointsAreFoundFromTheBaseURL() {
        #expect(LRSEndpoint(url: "http://127.0.0.1:8100", user: "u", password: "p")?.statements.absoluteString
                == "http://127.0.0.1:8100/xAPI/statements")
        #expect(LRSEndpoint(url: "https://lrs.example/data/xAPI/", user: "u", password: "p")?.statements.absoluteString
                == "https://lrs.example/data/xAPI/statements")
        #expect(LRSEndpoint(url: "https://lrs.example/x/statements", user: "u", password: "p")?.statements.absoluteString
                == "https://lrs.example/x/statements")
        #expect(LRSEndpoint(url: "lrs.example", user: "u", password: "p") == nil)
    }

    @Test func theHelperWireCarriesRequestsAndAnswersIntact() throws {
        let endpoint = try #require(LRSEndpoint(url: "http://127.0.0.1:8100", user: "ana:b\nc", password: "pä ss\n"))
        let url = try #require(URL(string: "http://127.0.0.1:8100/xAPI/statements?statementId=x"))
        for body in [nil, Data(), Data("[{\"a\":1}]\n\n".utf8)] {
            let request = LRSRequest(method: "PUT", url: url, body: body)
            let decoded = try #require(LRSWire.decodeRequest(LRSWire.encode(request, to: endpoint, timeout: 2.5)))
            #expect(decoded == LRSWire.Envelope(request: request, endpoint: endpoint, timeout: 2.5))
        }
        #expect(LRSWire.decodeRequest(Data("GET\nhttp://x\n".utf8)) == nil)
        let answer = LRSResponse(status: 409, body: Data("{\"detail\":\"no\"}\nmore".utf8))
        #expect(try LRSWire.decodeResponse(LRSWire.encode(.success(answer)))?.get() == answer)
        let down = LRSWire.decodeResponse(LRSWire.encode(.failure(LRSUnreachable(reason: "connection refused"))))
        #expect(down.map { (try? $0.get()) == nil } == true)
        #expect(LRSWire.decodeResponse(Data()) == nil)
    }

    @Test func aMissingHelperIsALocalFaultNotAnUnreachableLRS() throws {
        let endpoint = try #require(LRSEndpoint(url: "http://127.0.0.1:8100", user: "u", password: "p"))
        let transport = ChildProcessTransport(executable: "/nonexistent/ally-lrs")
        #expect(throws: LRSHelperFault.self) {
            try transport.send(LRSRequest(method: "GET", url: endpoint.statements, body: nil), to: endpoint)
        }
    }

    /// A fake LRS: accepts, refuses or is down, and remembers what it stored.
    final class FakeLRS: LRSTransport, @unchecked Sendable {
        private let lock = NSLock()
        var down = false
        var badScenario: String?
        private(set) var stored: [String: Data] = [:]
        private(set) var requests: [String] = []

        func send(_ request: LRSRequest, to endpoint: LRSEndpoint) throws -> LRSResponse {
            try lock.withLock {
                requests.append(request.method)
                if down { throw LRSUnreachable(reason: "connection refused") }
                let body = request.body ?? Data()
                let items: [[String: Any]]
                if request.method == "POST" {
                    items = try JSONSerialization.jsonObject(with: body) as! [[String: Any]]
                } else {
                    items = [try JSONSerialization.jsonObject(with: body) as! [String: Any]]
                }
                if let bad = badScenario, items.contains(where: { (($0["object"] as? [String: Any])?["id"] as? String)?.hasSuffix(bad) == true }) {
                    return LRSResponse(status: 400, body: Data(#"{"message":"object.definition.name must not be empty"}"#.utf8))
                }
                for item in items { stored[item["id"] as! String] = try JSONSerialization.data(withJSONObject: item) }
                return LRSResponse(status: request.method == "POST" ? 200 : 204, body: Data("[]".utf8))
            }
        }
    }

    func finishedAttempts(_ store: Store, count: Int, scenario: String = "desk-en") throws {
        for _ in 0..<count {
            let id = try store.startAttempt(trainee: "anna", scenarioID: scenario, contentHash: "h", source: deskSource,
                                            title: "At the desk", language: .en, customerType: .hostage)
            try store.finish(id, result: AttemptResult(total: 80, outcome: .satisfied, seconds: 12))
        }
    }

    @Test func syncSendsEachStatementOnceAndQueuesWhenTheLRSIsDown() throws {
        let store = try freshStore()
        let lrs = FakeLRS()
        let endpoint = LRSEndpoint(url: "http://127.0.0.1:1", user: "u", password: "p")!
        try finishedAttempts(store, count: 3)
        var report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings(), batchSize: 2)
        #expect(report.accepted == 3 && report.queued == 0 && report.stopped == nil)
        #expect(lrs.stored.count == 3)
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 0 && report.alreadyAccepted == 3)
        #expect(lrs.requests.count == 2)   // nothing sent the second time

        lrs.down = true
        try finishedAttempts(store, count: 2)
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.queued == 2)
        #expect(report.stopped?.contains("cannot be reached") == true)
        #expect(report.summary.contains("Nothing is lost"))
        lrs.down = false
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 2 && report.queued == 0)
        #expect(lrs.stored.count == 5)
    }

    @Test func aRejectedStatementKeepsTheLRSReasonAndTheOthersGetThrough() throws {
        let store = try freshStore()
        let lrs = FakeLRS()
        lrs.badScenario = "broken-en"
        let endpoint = LRSEndpoint(url: "http://127.0.0.1:1", user: "u", password: "p")!
        try finishedAttempts(store, count: 2)
        try finishedAttempts(store, count: 1, scenario: "broken-en")
        let report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 2)
        #expect(report.rejected.count == 1)
        #expect(report.rejected.first?.reason == "HTTP 400: object.definition.name must not be empty")
        #expect(report.queued == 1)
        #expect(report.summary.contains("Rejected: attempt 3"))
    }

    @Test func reasonsAreReadFromCommonLRSBodies() {
        #expect(LRSResponse(status: 400, body: Data(#"{"detail":"bad"}"#.utf8)).reason == "bad")
        let fastAPI = #"{"detail":[{"loc":["body",0,"actor"],"msg":"Field required"}]}"#
        #expect(LRSResponse(status: 422, body: Data(fastAPI.utf8)).reason == "body.0.actor: Field required")
        #expect(LRSResponse(status: 500, body: Data("oops\nmore".utf8)).reason == "oops more")
        #expect(LRSResponse(status: 502, body: Data()).reason == "HTTP 502")
    }
}

/// The helper `ally sync` hands each request to: what a user sees when it cannot run.
@Suite struct ChildProcessTransportTests {
    let endpoint = LRSEndpoint(url: "http://127.0.0.1:9", user: "u", password: "p")!

    @Test func aMissingHelperSaysHowToGetIt() throws {
        let transport = ChildProcessTransport(executable: "/nonexistent/ally-lrs")
        let request = LRSRequest(method: "GET", url: endpoint.statements, body: nil)
        #expect {
            try transport.send(request, to: endpoint)
        } throws: { error in
            let reason = (error as? LRSHelperFault)?.reason ?? ""
            return reason.contains("cannot start /nonexistent/ally-lrs") && reason.contains("swift build")
        }
    }

    @Test func aHelperThatAnswersNothingIsAFailureWithItsStatus() throws {
        // /bin/false reads nothing and exits 1: the request is refused with that status, and
        // the unread input does not kill us with SIGPIPE.
        let transport = ChildProcessTransport(executable: "/bin/false")
        let request = LRSRequest(method: "POST", url: endpoint.statements, body: Data(repeating: 0x7B, count: 1 << 20))
        #expect {
            try transport.send(request, to: endpoint)
        } throws: { error in
            (error as? LRSHelperFault)?.reason == "the HTTP helper /bin/false gave no answer (exit status 1)"
        }
    }

    @Test func aHelperThatCannotLoadItsLibrariesStopsTheSyncAsALocalFault() throws {
        // What an ally-lrs linked to a missing Swift runtime does: the loader exits 127 at once.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ally-helper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let helper = folder.appendingPathComponent("ally-lrs")
        try Data("#!/bin/sh\nexit 127\n".utf8).write(to: helper)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helper.path)
        let store = try freshStore()
        let attempt = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource,
                                             title: "At the desk", language: .en, customerType: .hostage)
        try store.finish(attempt, result: AttemptResult(total: 80, outcome: .satisfied, seconds: 12))
        let report = try store.sync(to: endpoint, transport: ChildProcessTransport(executable: helper.path), settings: XAPISettings())
        let stopped = try #require(report.stopped)
        #expect(stopped.contains("a local fault, not the LRS") && stopped.contains("exit status 127"))
        #expect(!stopped.contains("cannot be reached"))
        #expect(report.queued == 1)
    }
}
