import AllyClassLink
import AllyCore
import AllyProcess
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
        let folder = NSTemporaryDirectory() + "ally-instructor-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["teacher", "student"] {
            #expect(try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "\(name)@lab", "-f", "\(folder)/\(name)"]).status == 0)
        }
        // The instructor's key is marked by a word in its comment; the trainee's is not.
        let teacherKey = try String(contentsOfFile: "\(folder)/teacher.pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let studentKey = try String(contentsOfFile: "\(folder)/student.pub", encoding: .utf8)
        try "\(teacherKey) ally-instructor\n\(studentKey)".write(toFile: "\(folder)/authorized_keys", atomically: true, encoding: .utf8)
        // A display name that tries to retitle the instructor's window.
        try "handle,username,name\nanna,anna@school.nl,\"Anna \u{1b}]2;pwned\u{7}de Vries\"\nbert,b123,Bert Jansen\n"
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
        let dashboard = try teacher.waitFor(text: "Ally · class test · live")
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
        let after = try teacher.waitFor(text: "1. type wrong")
        #expect(after.contains("tolerant taken for ally: 1×"))

        // The projector: no names.
        try teacher.sendKeys("p")
        let projector = try teacher.waitFor(text: "p names")
        #expect(!projector.contains("Bert") && !projector.contains("Anna"))
        try teacher.sendKeys("q")
        try server.waitForLog("teacher trainer exited with status 0")
        student.kill()
        teacher.kill()
    }
}
