import AllyCore
import Foundation
import Testing
@testable import AllyStore
import AllyTestSupport
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

    static let finished = XAPIAttempt(
        summary: AttemptSummary(
            id: 7, trainee: "anna", scenarioID: "garage-lease-brakes-nl", title: "Weer naar de garage", customerType: .hostage,
            startedAt: 1_700_000_000, finishedAt: 1_700_000_062.5, total: 72, outcome: .satisfied, seconds: 62.5),
        uuid: "0F5C3B0A-1111-4222-8333-944455556666", language: .nl,
        parts: [.identification: 0.5, .strategy: 1, .conversation: 0.75, .outcome: 1],
        answers: [.identify(.victim, truth: .hostage, time: 1_700_000_062.5), .strategy(.informAndInvolve, truth: .hostage, time: 1_700_000_062.5),
                  .identify(nil, truth: .ally, time: 1_700_000_062.5)],
        conceptAnswers: [ConceptAnswer(kind: .gap, truth: "gap-1", chosen: "gap-2", credit: 0, time: 1_700_000_062.5)],
        lastActivity: 1_700_000_060)

    @Test func anAttemptsStatementsCarryWhatAnLRSNeeds() throws {
        let settings = XAPISettings(homePage: "https://school.example/", passMark: 60)
        let statements = XAPIStatement.statements(for: Self.finished, settings: settings)
        #expect(statements.map { $0.verb.id.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "") }
                == ["initialized", "answered", "answered", "answered", "answered", "passed", "terminated"])
        // One attempt, one registration; fixed profile IRIs whatever the site; the course as grouping.
        #expect(Set(statements.map(\.context.registration)) == ["0f5c3b0a-1111-4222-8333-944455556666"])
        #expect(statements.allSatisfy { $0.context.contextActivities?.category?.map(\.id) == [XAPIProfile.id] })
        #expect(statements.allSatisfy { $0.context.contextActivities?.grouping?.map(\.id) == ["https://school.example"] })
        #expect(statements.allSatisfy { $0.actor.account == .init(homePage: "https://school.example", name: "anna") })
        #expect(statements.allSatisfy { $0.context.extensions == [XAPIProfile.Extension.customerType: "hostage"] })
        #expect(Set(statements.map(\.id)).count == statements.count)
        for statement in statements {
            let json = String(decoding: statement.json(), as: UTF8.self)
            #expect(!json.contains("\"version\""))
            #expect(!json.contains("school.example/xapi"))   // extension and type IRIs do not come from --site
        }

        let verdict = statements[5]
        #expect(verdict.object.id == "https://school.example/scenarios/garage-lease-brakes-nl")
        #expect(verdict.object.definition?.name == ["nl": "Weer naar de garage"])
        #expect(verdict.result?.score == .init(scaled: 0.72, raw: 72, min: 0, max: 100))
        #expect(verdict.result?.success == true && verdict.result?.completion == true)
        #expect(verdict.result?.duration == "PT1M2.5S")
        #expect(verdict.result?.extensions?[XAPIProfile.Extension.part(.conversation)] == 0.75)
        #expect(verdict.timestamp == "2023-11-14T22:14:22.500Z")
        #expect(verdict.context.language == "nl")

        let identify = statements[1]
        #expect(identify.object.id == "https://school.example/scenarios/garage-lease-brakes-nl/identify")
        #expect(identify.object.definition?.type == "http://adlnet.gov/expapi/activities/cmi.interaction")
        #expect(identify.object.definition?.interactionType == "choice")
        #expect(identify.object.definition?.choices?.count == CustomerType.allCases.count)
        #expect(identify.object.definition?.correctResponsesPattern == ["hostage"])
        #expect(identify.result?.response == "victim" && identify.result?.success == false)
        #expect(identify.context.contextActivities?.parent?.map(\.id) == [verdict.object.id])
        #expect(statements[2].object.definition?.correctResponsesPattern == [CustomerType.hostage.family.rawValue])
        #expect(statements[3].result?.response == "")   // time ran out: no answer
        #expect(statements[4].object.id.hasSuffix("/concept-gap") && statements[4].result?.response == "gap-2")

        var failed = Self.finished
        failed.summary.total = 40
        #expect(XAPIStatement.statements(for: failed, settings: settings)[5].verb.id.hasSuffix("failed"))
        let completed = XAPIStatement.statements(for: failed, settings: XAPISettings(passMark: nil))[5]
        #expect(completed.verb.id.hasSuffix("completed") && completed.result?.success == nil)
    }

    @Test func unfinishedAndGivenUpAttemptsAreStatedToo() {
        var unfinished = Self.finished
        unfinished.summary.finishedAt = nil
        unfinished.summary.total = nil
        unfinished.answers = []
        unfinished.conceptAnswers = []
        let open = XAPIStatement.statements(for: unfinished, settings: XAPISettings())
        #expect(open.map(\.verb.id) == [XAPIStatement.verbID("initialized"), XAPIStatement.verbID("suspended")])
        #expect(open[1].timestamp == "2023-11-14T22:14:20.000Z" && open[1].result?.completion == false)
        var givenUp = unfinished
        givenUp.summary.finishedAt = 1_700_000_070
        let quit = XAPIStatement.statements(for: givenUp, settings: XAPISettings())
        #expect(quit.map(\.verb.id) == [XAPIStatement.verbID("initialized"), XAPIStatement.verbID("terminated")])
        #expect(quit[1].result?.completion == false)
    }

    @Test func settingsThatChangeAStatementChangeItsId() {
        func ids(_ settings: XAPISettings) -> [String] { XAPIStatement.statements(for: Self.finished, settings: settings).map(\.id) }
        let base = ids(XAPISettings(homePage: "https://school.example", passMark: 60))
        #expect(base == ids(XAPISettings(homePage: "https://school.example/", passMark: 60)))   // the same statements
        #expect(Set(base).isDisjoint(with: ids(XAPISettings(homePage: "https://other.example", passMark: 60))))
        #expect(Set(base).isDisjoint(with: ids(XAPISettings(homePage: "https://school.example", passMark: 60, classGroup: "4B"))))
        // A pass mark changes the verdict only; the other statements stay what the LRS already has.
        let passMark = ids(XAPISettings(homePage: "https://school.example", passMark: 80))
        #expect(zip(base, passMark).map { $0 == $1 } == [true, true, true, true, true, false, true])
    }

    @Test func aClassIsAGroupingActivity() {
        let statement = XAPIStatement.statements(for: Self.finished, settings: XAPISettings(homePage: "https://school.example", classGroup: "4B havo"))[0]
        let grouping = statement.context.contextActivities?.grouping ?? []
        #expect(grouping.map(\.id) == ["https://school.example", "https://school.example/classes/4B%20havo"])
        #expect(grouping.map { $0.definition?.type } == [XAPIProfile.ActivityType.course, XAPIProfile.ActivityType.classGroup])
    }

    @Test func aClassRunHasOneRegistrationAndItsInstructor() throws {
        let run = "6F1D3C2A-0B4E-4C5D-9E8F-112233445566"
        let settings = XAPISettings(homePage: "https://school.example", classGroup: "4B", registration: run, instructor: "mrs-jansen")
        let statements = XAPIStatement.statements(for: Self.finished, settings: settings)
        // Every statement names the class run (lower case, as xAPI's UUIDs are written), not the attempt.
        #expect(Set(statements.map(\.context.registration)) == [run.lowercased()])
        let instructor = try #require(statements.first?.context.instructor)
        #expect(instructor.account == .init(homePage: "https://school.example", name: "mrs-jansen") && instructor.objectType == "Agent")
        #expect(statements.allSatisfy { $0.context.instructor == instructor })
        let json = String(decoding: try #require(statements.first).json(), as: UTF8.self)
        #expect(json.contains("\"instructor\":{") && json.contains("\"registration\":\"6f1d3c2a-0b4e-4c5d-9e8f-112233445566\""))
        // Without them: the attempt's own registration and no instructor, as before.
        let solo = XAPIStatement.statements(for: Self.finished, settings: XAPISettings(homePage: "https://school.example", classGroup: "4B"))
        #expect(solo.allSatisfy { $0.context.registration == Self.finished.uuid.lowercased() && $0.context.instructor == nil })
        // A statement that names another run or instructor is another statement (a new id), never a conflict.
        #expect(Set(statements.map(\.id)).isDisjoint(with: solo.map(\.id)))
    }

    @Test func aSiteMustBeAWebAddress() {
        for good in ["https://school.example/ally", "http://127.0.0.1:8080", "https://school.example/", "HTTPS://School.example"] {
            #expect(XAPISettings.isValidSite(good), "\(good)")
        }
        for bad in ["not a url", "school.example", "ftp://school.example", "https://", "https://school example", "https:///x",
                    "https://school.example/a b", "https://school.example/?q=1", "https://school.example/\u{1B}[31m"] {
            #expect(!XAPISettings.isValidSite(bad), "\(bad)")
        }
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
        // Three statements an attempt: initialized, passed, terminated.
        #expect(report.accepted == 9 && report.queued == 0 && report.stopped == nil)
        #expect(lrs.stored.count == 9)
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 0 && report.alreadyAccepted == 9)
        #expect(lrs.requests.count == 5)   // nothing sent the second time

        lrs.down = true
        try finishedAttempts(store, count: 2)
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.queued == 6)
        #expect(report.stopped?.description.contains("cannot be reached") == true)
        #expect(report.summary.contains("Nothing is lost"))
        lrs.down = false
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 6 && report.queued == 0)
        #expect(lrs.stored.count == 15)
    }

    @Test func aRejectedStatementKeepsTheLRSReasonAndTheOthersGetThrough() throws {
        let store = try freshStore()
        let lrs = FakeLRS()
        lrs.badScenario = "broken-en"
        let endpoint = LRSEndpoint(url: "http://127.0.0.1:1", user: "u", password: "p")!
        try finishedAttempts(store, count: 2)
        try finishedAttempts(store, count: 1, scenario: "broken-en")
        let report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 6)
        #expect(report.rejected.count == 3)   // the broken attempt's three statements
        #expect(report.rejected.first?.reason == "HTTP 400: object.definition.name must not be empty")
        #expect(report.queued == 3)
        #expect(report.summary.contains("Rejected: attempt 3"))
    }

    /// Answers to the desk's first live question: anna's and bert's settled at the reveal, cees's not yet.
    func liveAnswers(_ store: Store, run: String = "live-1") throws {
        for (handle, decision) in [("anna", Decision.identify(.hostage)), ("bert", .identify(.victim)), ("cees", .identify(.ally))] {
            let answer = LiveAnswer(handle: handle, round: 0, stepID: "arrive", decision: decision, seconds: 3)
            try store.recordLiveAnswer(answer, run: run, scenarioID: "desk-en", time: 100)
            guard handle != "cees" else { continue }
            try store.settleLiveAnswer(trainee: handle, run: run, round: 0, answers: [], concepts: [],
                                       credit: handle == "anna" ? 1 : -0.5, correct: [.identify(.hostage)])
        }
    }

    @Test func syncSendsTheSettledLiveAnswersOnceAndAnUnsettledOneWhenItIsSettled() throws {
        let store = try freshStore()
        let lrs = FakeLRS()
        let endpoint = LRSEndpoint(url: "http://127.0.0.1:1", user: "u", password: "p")!
        try finishedAttempts(store, count: 1)
        try liveAnswers(store)
        var report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 3 + 2 && report.queued == 0 && report.rejected.isEmpty)
        let live = try lrs.stored.values.map { try JSONSerialization.jsonObject(with: $0) as! [String: Any] }
            .filter { (($0["object"] as? [String: Any])?["id"] as? String)?.hasSuffix("/live") == true }
        #expect(live.count == 2)
        #expect(Set(live.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }) == [XAPIStatement.liveRegistration("live-1")])
        #expect(Set(live.compactMap { ($0["result"] as? [String: Any])?["response"] as? String }) == ["identify:hostage", "identify:victim"])
        // The same statements as the report's, and none sent twice.
        let expected = try store.statements(settings: XAPISettings()).map(\.statement.id)
        #expect(Set(lrs.stored.keys) == Set(expected))
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 0 && report.alreadyAccepted == 5)
        // Cees's answer is settled at a later reveal: the next sync sends it, and only it.
        try store.settleLiveAnswer(trainee: "cees", run: "live-1", round: 0, answers: [], concepts: [], credit: -1, correct: [.identify(.hostage)])
        report = try store.sync(to: endpoint, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 1 && report.alreadyAccepted == 5)
        // One trainee's sync sends only their own.
        let other = try freshStore("otherEndpoint")
        try liveAnswers(other)
        report = try other.sync(to: endpoint, transport: FakeLRS(), trainee: "anna", settings: XAPISettings())
        #expect(report.accepted == 1)
    }

    @Test func aRejectedLiveAnswerNamesItsRun() throws {
        let store = try freshStore()
        let lrs = FakeLRS()
        lrs.badScenario = "/live"
        try finishedAttempts(store, count: 1)
        try liveAnswers(store)
        let report = try store.sync(to: LRSEndpoint(url: "http://127.0.0.1:1", user: "u", password: "p")!, transport: lrs, settings: XAPISettings())
        #expect(report.accepted == 3 && report.rejected.count == 2 && report.queued == 2)
        #expect(report.rejected.allSatisfy { $0.source == .live(run: "live-1") })
        #expect(report.summary.contains("Rejected: an answer of live run live-1"))
        #expect(report.summary(in: .nl).contains("Geweigerd: antwoord uit live-ronde live-1"))
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
            let reason = (error as? LRSHelperFault)?.description ?? ""
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
            (error as? LRSHelperFault)?.description == "the HTTP helper /bin/false gave no answer (exit status 1)"
        }
    }

    @Test func aHelperThatCannotLoadItsLibrariesStopsTheSyncAsALocalFault() throws {
        // What an ally-lrs linked to a missing Swift runtime does: the loader exits 127 at once.
        let folder = try temporaryFolder("helper")
        defer { try? FileManager.default.removeItem(at: folder) }
        let helper = folder.appendingPathComponent("ally-lrs")
        try Data("#!/bin/sh\nexit 127\n".utf8).write(to: helper)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helper.path)
        let store = try freshStore()
        let attempt = try store.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource,
                                             title: "At the desk", language: .en, customerType: .hostage)
        try store.finish(attempt, result: AttemptResult(total: 80, outcome: .satisfied, seconds: 12))
        let report = try store.sync(to: endpoint, transport: ChildProcessTransport(executable: helper.path), settings: XAPISettings())
        let stopped = try #require(report.stopped).description
        #expect(stopped.contains("a local fault, not the LRS") && stopped.contains("exit status 127"))
        #expect(!stopped.contains("cannot be reached"))
        #expect(report.queued == 3)   // initialized, the verdict and terminated: all still queued
    }
}
