import AllyProcess
import AllyContent
import AllyCore
import AllyLRSHTTP
import AllyStore
import AllyTestSupport
import AllyXAPI
import Foundation
import Testing

/// The store-backed commands as a user runs them, and `ally sync` against a real LRS (Ralph) on loopback.
///
/// Attempts are recorded through AllyStore exactly as the trainer's play loop records them (start,
/// one append per decision, finish), with the real scenario text from `Content/`.
@Suite("progress, replay, report, drill and sync against a real LRS", .serialized)
struct StoreEndToEndTests {
    /// A store in a fresh temporary folder.
    static func freshStorePath() -> String {
        try! temporaryFolder("e2e-store").path + "/ally.sqlite"
    }

    /// The bundled scenario `id` with its YAML text.
    static func bundled(_ id: String) throws -> (scenario: Scenario, source: String) {
        let file = repositoryRoot.appendingPathComponent("Content/\(id.hasSuffix("-nl") ? "nl" : "en")/\(id).yaml")
        let source = try String(contentsOf: file, encoding: .utf8)
        let scenario = try #require(ContentLoader.load(texts: [(name: "\(id).yaml", text: source)]).scenarios.first)
        return (scenario, source)
    }

    /// Plays a path through `id` decision by decision into the store, as the play loop does; returns the attempt.
    @discardableResult
    static func play(_ id: String, trainee: String, store: Store, ideal: Bool = true, finish: Bool = true) throws -> AttemptID {
        let (scenario, source) = try bundled(id)
        let attempt = try store.startAttempt(
            trainee: trainee, scenario: scenario, contentHash: StableID.contentHash(of: source), source: source)
        let path = ideal ? Paths.ideal(scenario) : Paths.worst(scenario)
        var state = PlayState(scenario: scenario)
        for (index, decision) in Paths.decisions(for: path, in: scenario, answerQuestions: ideal).enumerated() {
            let timed = TimedDecision(decision, seconds: 2.5)
            state = try Engine.apply(timed, to: state, in: scenario).state
            try store.append(timed, to: attempt, at: index)
            if !finish && index == 2 { return attempt }
        }
        try store.finish(attempt, state: state, in: scenario)
        return attempt
    }

    /// The ids of the statements `ally report --format xapi` gives for the store at `path`: what a sync should send.
    static func reportedIDs(store path: String, _ extra: [String] = []) throws -> [String] {
        let report = try runAlly(["report", "--format", "xapi", "--store", path] + extra)
        let statements = try #require(JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [[String: Any]])
        return statements.compactMap { $0["id"] as? String }
    }

    @Test("progress --plain shows mastery bars, the confusion matrix, the trend and recent attempts")
    func progressPlain() throws {
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        try Self.play("garage-lease-brakes-en", trainee: "anna", store: store)
        try Self.play("hotel-late-arrival-en", trainee: "anna", store: store, ideal: false)
        try Self.play("hotel-course-week-en", trainee: "anna", store: store, finish: false)
        let result = try runAlly(["progress", "--plain", "--store", path, "--trainee", "anna", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Progress of anna"))
        #expect(result.stdout.contains("hostage      ████████████████████  100%  box 2"))
        #expect(result.stdout.contains("victim       ██████████░░░░░░░░░░   50%  box 1, due now"))   // named incompetent: same family
        #expect(result.stdout.contains("Confusion matrix"))
        #expect(result.stdout.contains("Score trend: "))
        #expect(result.stdout.contains("unfinished (can be resumed)"))
    }

    @Test("replay shows every step with the choice, the ideal and the feedback, from the stored text")
    func replay() throws {
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        let attempt = try Self.play("garage-lease-brakes-en", trainee: "anna", store: store, ideal: false)
        let result = try runAlly(["replay", String(attempt), "--store", path])
        #expect(result.status == 0, "\(result.stderr)")
        let title = try Self.bundled("garage-lease-brakes-en").scenario.title
        #expect(result.stdout.contains("Attempt #\(attempt) · anna · \(title) (garage-lease-brakes-en)"))
        // The trainer's replay as text: its step headings and its labels.
        #expect(result.stdout.contains("Step 1 · greet and welcome"))
        #expect(result.stdout.contains("✗ You:   named the type patient"))
        #expect(result.stdout.contains("Ideal: hostage"))
        #expect(result.stdout.contains("Score "))

        let missing = try runAlly(["replay", "999", "--store", path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("There is no attempt 999"))
    }

    @Test("report writes a Moodle gradebook, a table, the gradebook in JSON, the attempts and xAPI")
    func report() throws {
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        try Self.play("garage-lease-brakes-en", trainee: "anna", store: store)
        try Self.play("garage-lease-brakes-en", trainee: "anna", store: store, ideal: false)
        try Self.play("hotel-late-arrival-en", trainee: "bram, jr", store: store)
        let csv = try runAlly(["report", "--format", "csv", "--store", path])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        // One column per scenario of the library, named by its Dutch original; '-' for no grade.
        let headings = lines[0].components(separatedBy: ",")
        #expect(headings.first == "username" && headings.contains("garage-lease-brakes-nl") && !headings.contains("garage-lease-brakes-en"))
        let garage = try #require(headings.firstIndex(of: "garage-lease-brakes-nl"))
        let anna = lines[1].components(separatedBy: ",")
        #expect(anna.first == "anna" && anna.count == headings.count && Int(anna[garage]) != nil)
        #expect(anna.enumerated().allSatisfy { $0.offset == 0 || $0.offset == garage || $0.element == "-" })
        #expect(lines[2].hasPrefix("\"bram, jr\",-,"))

        // A roster gives Moodle's identifiers and leaves out (naming them) trainees it does not list.
        let roster = NSTemporaryDirectory() + "ally-roster-\(UUID().uuidString.prefix(8)).csv"
        try "handle;moodle;name\r\nanna;anna@school.example;Anna de Vries\r\nzoe;zoe@school.example;Zoë Bakker\r\n"
            .write(toFile: roster, atomically: true, encoding: .utf8)
        let course = try runAlly(["report", "--format", "csv", "--store", path, "--roster", roster, "--course", "complaints", "--excel"])
        #expect(course.status == 0, "\(course.stderr)")
        #expect(course.stdout.hasPrefix("\u{FEFF}email;"))
        #expect(course.stdout.contains("\r\nzoe@school.example;-"))
        #expect(course.stderr.contains("bram, jr") && !course.stdout.contains("bram"))
        let badCourse = try runAlly(["report", "--format", "csv", "--store", path, "--course", "no-such-course"])
        #expect(badCourse.status == 2 && badCourse.stderr.contains("no-such-course"))
        let table = try runAlly(["report", "--store", path, "--trainee", "anna"])
        #expect(table.stdout.contains("trainee  scenario"))
        #expect(table.stdout.contains("anna     garage-lease-brakes-nl         2"))
        // json is the gradebook, as table and csv are; attempts lists the attempts one by one.
        let json = try runAlly(["report", "--format", "json", "--store", path])
        let gradebook = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(gradebook.map { $0["handle"] as? String } == ["anna", "bram, jr"], "\(json.stdout)")
        let listed = try runAlly(["report", "--format", "attempts", "--store", path])
        let attempts = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(attempts.count == 3)
        #expect(Set(attempts.compactMap { $0["trainee"] as? String }) == ["anna", "bram, jr"])
        let xapi = try runAlly(["report", "--format", "xapi", "--store", path, "--site", "https://school.example"])
        let statements = try #require(JSONSerialization.jsonObject(with: Data(xapi.stdout.utf8)) as? [[String: Any]])
        // Per attempt: initialized, one answered per question, the verdict, terminated.
        let registrations = statements.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }
        #expect(registrations.count == statements.count && Set(registrations).count == 3)
        #expect(statements.filter { (($0["verb"] as? [String: Any])?["id"] as? String)?.hasSuffix("/answered") == true }.count > 3)
        #expect((statements[0]["actor"] as? [String: Any])?["account"] as? [String: String]
                == ["homePage": "https://school.example", "name": "anna"])
    }

    @Test("drill asks type then strategy, saves each round and says what improved")
    func drill() throws {
        let path = Self.freshStorePath()
        // Answer every round with the first type and family: only an ally would be right.
        let input = String(repeating: "1\n1\n", count: 3)
        let result = try runAlly(["drill", "--rounds", "3", "--seed", "7", "--lang", "en", "--trainee", "anna", "--store", path],
                                 input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Round 3 of 3"))
        #expect(result.stdout.contains("What type of customer is this?"))
        #expect(result.stdout.contains("Which strategy makes this customer an ally?"))
        #expect(result.stdout.contains("3 round(s)"))
        let answers = try Store.open(path: path).answers(trainee: "anna")
        #expect(answers.count == 6)
        // Input ending mid-round keeps what was answered.
        let cut = try runAlly(["drill", "--rounds", "2", "--seed", "7", "--lang", "en", "--trainee", "bo", "--store", path], input: "1\n")
        #expect(cut.stdout.contains("End of input"))
        #expect(try Store.open(path: path).answers(trainee: "bo").count == 1)
    }

    @Test("a damaged or too-new store gets a clear message and exit status 1, and is left alone")
    func badStores() throws {
        let path = Self.freshStorePath()
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: path))
        let result = try runAlly(["progress", "--plain", "--store", path, "--trainee", "anna"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is damaged"))
        #expect(result.stderr.contains(".broken"))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database at all, just text")
    }

    @Test("sync pushes to a real LRS, never duplicates, and loses nothing while the LRS is down")
    func syncWithRalph() throws {
        let lrs = try Ralph.start()
        defer { lrs.stop() }
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        try Self.play("garage-lease-brakes-en", trainee: "anna", store: store)
        try Self.play("hotel-late-arrival-nl", trainee: "anna", store: store, ideal: false)
        try Self.play("hotel-course-week-en", trainee: "bram", store: store)
        try Self.play("supermarket-kettle-return-en", trainee: "bram", store: store, finish: false)   // not sent
        let sync = ["sync", "--lrs", lrs.url, "--user", Ralph.user, "--password", Ralph.password, "--store", path]

        var result = try runAlly(sync)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let first = try Self.reportedIDs(store: path)
        #expect(result.stdout.contains("\(first.count) statement(s) accepted, 0 already in the LRS, 0 rejected, 0 still queued."))
        var stored = try lrs.statements()
        #expect(stored.count == first.count)
        #expect(Set(stored.compactMap { $0["id"] as? String }) == Set(first))
        func verb(_ statement: [String: Any]) -> String { ((statement["verb"] as? [String: Any])?["id"] as? String ?? "").components(separatedBy: "/").last! }
        func object(_ statement: [String: Any]) -> String { (statement["object"] as? [String: Any])?["id"] as? String ?? "" }
        let dutch = try #require(stored.first { object($0).hasSuffix("/scenarios/hotel-late-arrival-nl") && verb($0) == "failed" })
        #expect(((dutch["object"] as? [String: Any])?["definition"] as? [String: Any])?["name"] as? [String: String] != nil)
        #expect((dutch["context"] as? [String: Any])?["language"] as? String == "nl")
        #expect(((dutch["result"] as? [String: Any])?["score"] as? [String: Any])?["max"] as? Double == 100)
        #expect((((dutch["result"] as? [String: Any])?["extensions"] as? [String: Any])?.count ?? 0) >= 3)   // the score's parts
        // The unfinished attempt is initialized and suspended; every finished one terminated.
        #expect(stored.contains { object($0).hasSuffix("supermarket-kettle-return-en") && verb($0) == "suspended" })
        #expect(stored.filter { verb($0) == "terminated" }.count == 3)

        // Again: nothing sent twice.
        result = try runAlly(sync)
        #expect(result.stdout.contains("0 statement(s) accepted, \(first.count) already in the LRS"))
        // Even when the store forgot what was accepted (a crash between send and record), the stable
        // ids keep the LRS free of duplicates.
        result = try runAlly(sync + ["--resend"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\(first.count) statement(s) accepted, 0 already in the LRS"))
        #expect(try lrs.statements().count == first.count)

        // The LRS goes down; the trainees play on; nothing is lost.
        lrs.stop()
        try Self.play("campus-room-booking-en", trainee: "anna", store: store)
        try Self.play("restaurant-business-dinner-en", trainee: "bram", store: store, ideal: false)
        let second = try Self.reportedIDs(store: path)
        let added = second.count - first.count
        result = try runAlly(sync)
        #expect(result.status == 1)
        // A failed sync reports on standard error, nothing on standard output.
        #expect(result.stderr.contains("cannot be reached") && result.stdout.isEmpty)
        #expect(result.stderr.contains("\(added) still queued"))
        try lrs.restart()
        result = try runAlly(sync)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\(added) statement(s) accepted, \(first.count) already in the LRS"))
        stored = try lrs.statements()
        let ids = stored.compactMap { $0["id"] as? String }
        #expect(ids.count == second.count && Set(ids).count == second.count)

        // Other settings make other statements, with other ids: the LRS takes them, and nothing stays
        // queued with a conflict (a changed pass mark, then another site after a crash lost the
        // record of what was accepted).
        // (Ralph's file backend writes once per run: a restart before each sync that writes.)
        lrs.stop()
        try lrs.restart()
        result = try runAlly(sync + ["--pass-mark", "none"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 rejected, 0 still queued."))
        #expect(result.stdout.hasPrefix("5 statement(s) accepted"))   // the five verdicts, now 'completed'
        lrs.stop()
        try lrs.restart()
        result = try runAlly(sync + ["--resend", "--site", "https://other-school.example"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(second.count) statement(s) accepted, 0 already in the LRS, 0 rejected, 0 still queued."))

        // A site that is no web address is refused before anything is queued or sent.
        result = try runAlly(sync + ["--site", "not a url"])
        #expect(result.status != 0 && result.stderr.contains("not a url") && result.stderr.contains("https://"))
    }

    @Test("sync sends a class's settled live answers to a real LRS once, and one settled later with the next sync")
    func syncLiveAnswersWithRalph() throws {
        let lrs = try Ralph.start()
        defer { lrs.stop() }
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        try Self.play("garage-lease-brakes-en", trainee: "anna", store: store)
        // A live run of the same scenario, its answers stored as the trainers store them: anna's and
        // bram's settled at the reveal; cees's trainer was gone then, and settles it later.
        let (scenario, _) = try Self.bundled("garage-lease-brakes-en")
        let run = "live-20261130T090000000"
        var live = LiveRun(scenario: scenario)
        for handle in ["anna", "bram", "cees"] { try live.join(handle) }
        try live.start(at: 0)
        let answers = try [("anna", CustomerType.hostage), ("bram", .victim), ("cees", .ally)].map { handle, type in
            let answer = try live.answer(.identify(type), from: handle, at: 3)
            try store.recordLiveAnswer(answer, run: run, scenarioID: scenario.id, time: Date().timeIntervalSince1970)
            return answer
        }
        try live.reveal()
        let round = try #require(live.currentRound)
        func settle(_ answer: LiveAnswer) throws {
            let progress = live.progress(of: answer.decision, in: round, time: Date().timeIntervalSince1970)
            try store.settleLiveAnswer(trainee: answer.handle, run: run, round: answer.round, answers: progress.answers,
                                       concepts: progress.concepts, credit: live.credit(of: answer.decision, in: round),
                                       correct: live.rightAnswers(of: round))
        }
        try settle(answers[0])
        try settle(answers[1])
        let sync = ["sync", "--lrs", lrs.url, "--user", Ralph.user, "--password", Ralph.password, "--store", path, "--class", "monday-a"]
        var result = try runAlly(sync)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let ids = try Self.reportedIDs(store: path, ["--class", "monday-a"])
        #expect(result.stdout.contains("\(ids.count) statement(s) accepted, 0 already in the LRS, 0 rejected, 0 still queued."))
        var stored = try lrs.statements()
        #expect(Set(stored.compactMap { $0["id"] as? String }) == Set(ids))
        func object(_ statement: [String: Any]) -> [String: Any] { statement["object"] as? [String: Any] ?? [:] }
        let answered = stored.filter { (object($0)["id"] as? String)?.hasSuffix("/steps/\(round.stepID)/live") == true }
        #expect(answered.count == 2)
        #expect(Set(answered.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }) == [XAPIStatement.liveRegistration(run)])
        #expect(Set(answered.compactMap { ($0["result"] as? [String: Any])?["response"] as? String }) == ["identify:hostage", "identify:victim"])
        #expect(answered.allSatisfy { (object($0)["definition"] as? [String: Any])?["correctResponsesPattern"] as? [String]
            == live.rightAnswers(of: round).map(\.token) })
        #expect(answered.allSatisfy { statement in
            let grouping = ((statement["context"] as? [String: Any])?["contextActivities"] as? [String: Any])?["grouping"] as? [[String: Any]] ?? []
            return grouping.contains { ($0["id"] as? String)?.hasSuffix("/classes/monday-a") == true }
        })

        // Again: nothing sent twice.
        result = try runAlly(sync)
        #expect(result.stdout.contains("0 statement(s) accepted, \(ids.count) already in the LRS"), "\(result.stdout)")
        // Cees's answer settles: the next sync sends it, and only it.
        try settle(answers[2])
        lrs.stop()
        try lrs.restart()
        result = try runAlly(sync)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 statement(s) accepted, \(ids.count) already in the LRS, 0 rejected, 0 still queued."))
        // A store that forgot what was accepted sends everything again; the stable ids keep the LRS free of duplicates.
        result = try runAlly(sync + ["--resend"])
        #expect(result.status == 0, "\(result.stderr)")
        stored = try lrs.statements()
        #expect(stored.count == ids.count + 1 && Set(stored.compactMap { $0["id"] as? String }).count == ids.count + 1)
    }

    @Test("the confusion matrix rebuilt from the LRS's answered statements equals Ally's own")
    func confusionMatrixRoundTrip() throws {
        let lrs = try Ralph.start()
        defer { lrs.stop() }
        let path = Self.freshStorePath()
        let store = try Store.open(path: path)
        for (id, ideal) in [("garage-lease-brakes-en", false), ("hotel-late-arrival-nl", false), ("hotel-course-week-en", true),
                            ("campus-room-booking-en", false), ("restaurant-business-dinner-en", false), ("supermarket-kettle-return-en", true)] {
            try Self.play(id, trainee: "anna", store: store, ideal: ideal)
        }
        let result = try runAlly(["sync", "--lrs", lrs.url, "--user", Ralph.user, "--password", Ralph.password, "--store", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let own = try store.progress(trainee: "anna", now: Date().timeIntervalSince1970).matrix

        // What any LRS client can do: the answered statements of type-identification questions,
        // the right answer from correctResponsesPattern, the trainee's from the response.
        var rebuilt = ConfusionMatrix()
        for statement in try lrs.statements() {
            guard ((statement["verb"] as? [String: Any])?["id"] as? String) == "http://adlnet.gov/expapi/verbs/answered",
                  let object = statement["object"] as? [String: Any], (object["id"] as? String)?.hasSuffix("/identify") == true,
                  let definition = object["definition"] as? [String: Any],
                  let truth = (definition["correctResponsesPattern"] as? [String])?.first.flatMap(CustomerType.init(rawValue:)),
                  let response = (statement["result"] as? [String: Any])?["response"] as? String
            else { continue }
            rebuilt.add(truth: truth, named: CustomerType(rawValue: response))
        }
        #expect(CustomerType.allCases.map(own.total).reduce(0, +) > 5)
        #expect(rebuilt == own)
    }
}

/// Ralph, a real xAPI LRS, on a free loopback port with a file-system backend in a temporary folder.
final class Ralph {
    static let user = "ally-e2e"
    static let password = "e2e-secret-7"
    static let lrsFile = "statements*.jsonl"

    let folder: String
    let port: Int
    private var process: Process?

    /// The base URL.
    var url: String { "http://127.0.0.1:\(port)" }

    private init(folder: String, port: Int) {
        self.folder = folder
        self.port = port
    }

    /// Creates credentials and starts the server; fails with the install line when Ralph is missing.
    static func start() throws -> Ralph {
        guard let ralph = executable() else {
            Issue.record("Ralph is not installed: pip install \"ralph-malph[cli,lrs]\" requests")
            throw CancellationError()
        }
        let folder = try temporaryFolder("ralph").path
        try FileManager.default.createDirectory(atPath: folder + "/app", withIntermediateDirectories: true)
        let lrs = Ralph(folder: folder, port: freePort())
        let auth = try Subprocess.run(
            ralph, ["auth", "-u", user, "-p", password, "-s", "all", "-A", user, "https://ally.example.org", "-w"],
            environment: lrs.environment)
        #expect(auth.status == 0, "\(auth.stderr)")
        try lrs.restart()
        return lrs
    }

    private var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["RALPH_APP_DIR"] = folder + "/app"
        env["RALPH_RUNSERVER_BACKEND"] = "fs"
        env["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder + "/data"
        // Ralph 5's fs backend creates its statements file on a write and refuses to write to an existing
        // one, but reads every file matching this glob: each run writes a literal `statements*.jsonl`,
        // which `restart()` renames so that the next run can write again and still read it all.
        env["RALPH_BACKENDS__LRS__FS__DEFAULT_LRS_FILE"] = Self.lrsFile
        return env
    }

    /// Starts the server (again, on the same data) and waits until it answers.
    func restart() throws {
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        let written = folder + "/data/" + Self.lrsFile
        if FileManager.default.fileExists(atPath: written) {
            try FileManager.default.moveItem(atPath: written, toPath: folder + "/data/statements-\(UUID().uuidString).jsonl")
        }
        let process = Process()
        // Foundation starts the child as a process group leader: stopping the group ends uvicorn's
        // reloader and its worker together.
        process.executableURL = URL(fileURLWithPath: Self.executable()!)
        process.arguments = ["runserver", "-b", "fs", "-h", "127.0.0.1", "-p", String(port)]
        process.currentDirectoryURL = URL(fileURLWithPath: folder + "/data")
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        self.process = process
        for _ in 0..<300 {
            if (try? get("/xAPI/statements?limit=1").status) == 200 { return }
            usleep(100_000)
        }
        stop()
        Issue.record("Ralph did not answer on \(url) within 30 s")
        throw CancellationError()
    }

    /// Stops the server and waits for it to be gone.
    func stop() {
        guard let process else { return }
        kill(-process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        // The worker may linger a moment after the reloader: wait until the port is closed.
        for _ in 0..<100 where (try? get("/xAPI/statements?limit=1")) != nil { usleep(100_000) }
        if (try? get("/xAPI/statements?limit=1")) != nil {
            kill(-process.processIdentifier, SIGKILL)
            Issue.record("Ralph on \(url) did not stop")
        }
        self.process = nil
    }

    /// Every statement the LRS holds, page after page (the LRS caps a page's size).
    func statements() throws -> [[String: Any]] {
        var all: [[String: Any]] = []
        var next: String? = "/xAPI/statements?limit=500"
        while let path = next, all.count < 100_000 {
            let response = try get(path)
            let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            let page = object?["statements"] as? [[String: Any]] ?? []
            all += page
            let more = object?["more"] as? String ?? ""
            next = page.isEmpty || more.isEmpty ? nil : (more.hasPrefix("http") ? String(more.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }) : more)
        }
        return all
    }

    private func get(_ path: String) throws -> LRSResponse {
        let endpoint = LRSEndpoint(url: url + "/xAPI/statements", user: Self.user, password: Self.password)!
        return try URLSessionTransport(timeout: 2).send(LRSRequest(method: "GET", url: URL(string: url + path)!, body: nil), to: endpoint)
    }

    /// The `ralph` program on PATH, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/ralph" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A loopback port nobody listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
