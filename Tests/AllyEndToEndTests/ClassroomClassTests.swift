import AllyClassLink
import AllyCore
import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// The class as the server knows it, with real OpenSSH clients: the trainers' reports, the class's
/// course, instructor keys and the dashboard, the roster, and the class report.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.version() != nil, "tmux is not installed"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh"), "openssh-client is not installed"))
final class ClassroomClassTests {
    /// `ssh` in tmux for `handle`, logged in with the class code.
    func join(_ server: ClassroomServerProcess, as handle: String, options: [String] = []) throws -> TmuxSession {
        let environment = TmuxSession.defaultEnvironment.merging(try server.askpassEnvironment(server.code)) { $1 }
        return try TmuxSession(command: try server.ssh(handle, options + ["-t"]), environment: environment)
    }

    let tolerant = CustomerType.allCases.firstIndex(of: .tolerant)!

    @Test func theCourseStartsAtOnceEachDecisionReachesTheServerAndAReconnectGoesOnInTheCourse() throws {
        let server = try ClassroomServerProcess(content: "class", extra: ["--course", "class-course"])
        let session = try join(server, as: "anna")
        // No menu: the class's course starts at its first scenario, and says where in the course it is.
        let first = try session.waitFor(text: "What type of customer is this?")
        #expect(first.contains("The quiet one at the desk"))
        #expect(first.contains("course 1 of 2"))
        try server.waitForLog("anna trainer reports to the class")
        try server.waitForState("anna connected") { $0.trainees["anna"]?.connected == true && $0.course == "class-course" }
        // The class sees where she is before she decides anything.
        try server.waitForLog("anna started desk-en (course 1 of 2)")
        try server.waitForState("anna in the desk scenario") { $0.trainees["anna"]?.scenarioTitle == "The quiet one at the desk" }

        // The trainer has its terminal and its link to the class, and nothing else of the server's.
        let trainer = try #require(server.trainerPIDs().first)
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(trainer)/fd").compactMap(Int.init).sorted()
        #expect(descriptors.prefix(4) == [0, 1, 2, 3])
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(trainer)/fd/3")
        #expect(link.hasPrefix("socket:"))

        try session.sendKeys("2", "Enter")                  // tolerant: right
        try session.waitFor(text: "Right")
        try server.waitForLog("anna decision 1 in desk-en: identify tolerant right")
        let state = try server.waitForState("anna's decision") { $0.trainees["anna"]?.decisions == 1 }
        #expect(state.confusion[tolerant][tolerant] == 1)
        #expect(state.trainees["anna"]?.scenario == "desk-en")
        #expect(state.trainees["anna"]?.courseIndex == 1 && state.trainees["anna"]?.courseCount == 2)
        #expect(state.trainees["anna"]?.lastDecision?.correct == true)

        // The connection drops: the class sees anna go; she comes back where she was, in the course.
        #expect(try session.signal(SIGKILL))
        try server.waitForLog("anna trainer exited")
        session.kill()
        try server.waitForState("anna gone") { $0.trainees["anna"]?.connected == false }
        let again = try join(server, as: "anna")
        let resumed = try again.waitFor(text: "Which strategy makes this customer an ally?")
        #expect(resumed.contains("course 1 of 2"))
        try server.waitForState("anna back") { $0.trainees["anna"]?.connected == true }
        again.kill()
    }

    @Test func anInstructorKeyOpensTheDashboardWhichFollowsATraineeAndShowsRosterNamesInert() throws {
        // The instructor's key is marked by a word in its comment; the trainee's is not.
        let folder = try instructorAndTraineeKeys("instructor")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A display name that tries to retitle the instructor's window.
        try "handle,moodle,name\nanna,anna@school.nl,\"Anna \u{1b}]2;pwned\u{7}de Vries\"\nbert,bert@school.nl,Bert Jansen\n"
            .write(toFile: "\(folder)/roster.csv", atomically: true, encoding: .utf8)
        let server = try ClassroomServerProcess(
            content: "class",
            extra: ["--course", "class-course", "--authorized-keys", "\(folder)/authorized_keys", "--roster", "\(folder)/roster.csv"])
        let keyOnly = ["-o", "PubkeyAuthentication=yes", "-o", "IdentitiesOnly=yes", "-o", "PasswordAuthentication=no"]
        var environment = TmuxSession.defaultEnvironment
        environment["HOME"] = server.scratch

        // A trainee's key opens the trainer, even under the instructor's key file.
        let student = try TmuxSession(command: try server.ssh("bert", keyOnly + ["-i", "\(folder)/student", "-t"]), environment: environment)
        try student.waitFor(text: "What type of customer is this?")

        // The instructor's key opens the dashboard: the class, the roster's names, the key to check.
        let teacher = try TmuxSession(command: try server.ssh("teacher", keyOnly + ["-i", "\(folder)/teacher", "-t"]), environment: environment)
        // Waiting for a roster name, not the title: under load tmux can show the title before the table.
        let dashboard = try teacher.waitFor(text: "Bert Jansen")
        #expect(dashboard.contains("Ally · class test · live"))
        try server.waitForLog("teacher joined from 127.0.0.1 (instructor key)")
        try server.waitForLog("teacher started dashboard pid")
        let fingerprint = try #require(server.log().split(separator: "\n").first { $0.hasPrefix("Host key") }?.split(separator: " ")
            .first { $0.hasPrefix("SHA256:") })
        #expect(dashboard.contains(String(fingerprint)))
        #expect(dashboard.contains("Bert Jansen"))
        #expect(dashboard.contains("Anna ]2;pwnedde V"), "the name shows, its escape sequence inert")
        #expect(try teacher.paneTitle() != "pwned")
        #expect(dashboard.contains("1 of 2 connected"))
        #expect(server.state()?.trainees["teacher"] == nil, "an instructor is not a trainee")

        // The dashboard follows bert's decision within a second or so.
        try student.sendKeys("1", "Enter")                  // ally: wrong (the customer is tolerant)
        try student.waitFor(text: "Wrong")
        let after = try teacher.waitUntil("the dashboard with bert's decision") {
            $0.contains("1. type wrong") && $0.contains("tolerant → ally  1×")
        }
        #expect(after.contains("1/2 The quiet one"))

        // The projector: no names.
        try teacher.sendKeys("p")
        let projector = try teacher.waitFor(text: "p names")
        #expect(!projector.contains("Bert") && !projector.contains("Anna"))
        try teacher.sendKeys("q")
        try server.waitForLog("teacher trainer exited with status 0")

        // On the server, `ally class watch` shows the same class, here in Dutch.
        var local = TmuxSession.defaultEnvironment
        local["XDG_DATA_HOME"] = server.dataHome
        let watch = try TmuxSession(command: [allyBinary.path, "class", "watch", "--class", "test", "--lang", "nl"], environment: local)
        // Wait for everything to check, not the header alone: tmux can capture a frame half drawn.
        _ = try watch.waitUntil("the Dutch dashboard with bert's decision") {
            $0.contains("Ally · klas test · live") && $0.contains("1 van 2 verbonden") && $0.contains("1. type fout")
        }
        try watch.sendKeys("q")
        #expect(try watch.waitForExit() == 0)
        watch.kill()
        student.kill()
        teacher.kill()
    }
}

/// `ally class report`: `ally report` over the class's store with the class's roster and course.
@Suite struct ClassReportTests {
    @Test func theReportIsTheSoloReportWithTheClassRosterInEveryFormat() throws {
        let home = try temporaryFolder("report").path
        let folder = home + "/ally/classes/5b"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let content = fixtures.appendingPathComponent("class").path
        let best = (["2", "2"] + replyKeys([("waiting", 0), ("needs", 0), ("check", 0)])).map { $0 + "\n" }.joined()
        for (trainee, scenario) in [("anna", "desk-en"), ("anna", "counter-en"), ("bert", "desk-en")] {
            let played = try runAlly(
                ["play", "--plain", "--content", content, "--scenario", scenario, "--store", folder + "/ally.sqlite",
                 "--trainee", trainee, "--seed", String(deskSeed)], input: best)
            #expect(played.stdout.contains("score 100/100"))
        }
        // The one roster format (docs/roster.md), here as a Dutch spreadsheet saves it.
        try "\u{FEFF}handle;moodle;name\r\nanna;anna@school.nl;Anna de Vries\r\ncees;cees@school.nl;Cees\r\n"
            .write(toFile: home + "/roster.csv", atomically: true, encoding: .utf8)
        let environment = ["XDG_DATA_HOME": home]
        let common = ["class", "report", "--class", "5b", "--content", content, "--course", "class-course", "--roster", home + "/roster.csv"]

        let csv = try runAlly(common + ["--format", "csv"], environment: environment)
        #expect(csv.status == 0, "\(csv.stderr)")
        // What `ally report` writes: the roster's identifiers (all e-mail addresses: the heading says so),
        // '-' for no grade, roster order; bert, not on the roster, is left out and named (Moodle would abort).
        #expect(csv.stdout == "email,desk-en,counter-en\r\nanna@school.nl,100,100\r\ncees@school.nl,-,-\r\n")
        #expect(csv.stderr.contains("not in the roster") && csv.stderr.contains("bert"))
        let solo = try runAlly(["report", "--format", "csv", "--store", folder + "/ally.sqlite", "--content", content,
                                "--course", "class-course", "--roster", home + "/roster.csv"])
        #expect(solo.stdout == csv.stdout, "the class report is the solo report over the class's store")
        let excel = try runAlly(common + ["--format", "csv", "--excel"], environment: environment)
        #expect(excel.stdout.hasPrefix("\u{FEFF}email;desk-en;counter-en\r\n"))

        // The roster the class started with (its copy in the class folder) is the default.
        try FileManager.default.copyItem(atPath: home + "/roster.csv", toPath: folder + "/roster.csv")
        let kept = try runAlly(["class", "report", "--class", "5b", "--content", content, "--course", "class-course", "--format", "csv"],
                               environment: environment)
        #expect(kept.stdout == csv.stdout)

        let table = try runAlly(common + ["--format", "table"], environment: environment)
        #expect(table.stdout.contains("anna     Anna de Vries  desk-en"))
        let json = try runAlly(common + ["--format", "json"], environment: environment)
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(lines.count == 2 && lines[0]["identifier"] as? String == "anna@school.nl" && lines[0]["name"] as? String == "Anna de Vries")
        #expect((lines[0]["attempts"] as? [String: Int])?["desk-en"] == 1)
        // The same flag as ally report's: every attempt of the class, one by one.
        let listed = try runAlly(common + ["--format", "attempts"], environment: environment)
        let attempts = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(attempts.count == 3 && attempts.allSatisfy { $0["scenario"] != nil && $0["trainee"] != nil }, "\(listed.stdout)")

        let xapi = try runAlly(common + ["--format", "xapi", "--instructor", "mrs-jansen"], environment: environment)
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(xapi.stdout.utf8)) as? [[String: Any]])
        // Three attempts, each ended with one passed, failed or completed statement (beside its others).
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { ["passed", "failed", "completed"].contains($0.split(separator: "/").last.map(String.init)) }.count == 3)
        let contexts = statements.compactMap { $0["context"] as? [String: Any] }
        let registrations = Set(contexts.compactMap { $0["registration"] as? String })
        #expect(registrations.count == 1 && UUID(uuidString: registrations.first ?? "") != nil, "one class run")
        let grouping = (contexts.first?["contextActivities"] as? [String: Any])?["grouping"] as? [[String: Any]]
        #expect(grouping?.contains { ($0["id"] as? String)?.hasSuffix("/classes/5b") == true } == true)
        #expect(contexts.allSatisfy { (($0["instructor"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String == "mrs-jansen" })
        // The registration is the class run's: the same on the next report.
        let again = try runAlly(common + ["--format", "xapi"], environment: environment)
        #expect(again.stdout.contains(registrations.first ?? "none"))
        #expect(!again.stdout.contains("instructor"))
    }

    @Test func aBrokenRosterStopsTheServerWithEveryProblemNamed() throws {
        let home = try temporaryFolder("roster").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try "handle,moodle,name\nanna,a@x.nl,Anna\nanna.b,b@x.nl,Anna B\nanna,c@x.nl,Anna C\n".write(toFile: home + "/r.csv", atomically: true, encoding: .utf8)
        let result = try runAlly(
            ["serve", "--class", "x", "--port", "0", "--address", "127.0.0.1", "--roster", home + "/r.csv",
             "--content", fixtures.appendingPathComponent("class").path],
            environment: ["XDG_DATA_HOME": home])
        #expect(result.status == 2)
        #expect(result.stderr.contains("roster \(home)/r.csv:3: the handle 'anna.b' may have only letters, digits, - and _"))
        #expect(result.stderr.contains("roster \(home)/r.csv:4: 'anna' appears twice in the handle column (first on line 2)"))
        // The same file, the same words, from `ally report`.
        let report = try runAlly(["report", "--format", "csv", "--store", home + "/none.sqlite", "--roster", home + "/r.csv"])
        #expect(report.status == 2 && report.stderr.contains("r.csv:4: 'anna' appears twice"))
        let course = try runAlly(
            ["serve", "--class", "x", "--port", "0", "--course", "nope", "--content", fixtures.appendingPathComponent("class").path],
            environment: ["XDG_DATA_HOME": home])
        #expect(course.status == 2)
        #expect(course.stderr.contains("there is no course 'nope'"))
    }
}
