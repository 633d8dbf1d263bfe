import AllyCore
import AllyProcess
import AllyStore
import AllyTestSupport
import Foundation
import Testing

@Suite("ally play --plain keeps every decision in the store")
struct PlainStoreTests {
    private let content = fixtures.appendingPathComponent("good").path

    /// The input that names the type and strategy (tolerant, inform & involve), then gives the
    /// best reply at the steps `steps`, where the order of `--seed deskSeed` shows it.
    private func input(questions: Bool = true, bestRepliesAt steps: [String]) -> String {
        ((questions ? ["2", "2"] : []) + replyKeys(steps.map { ($0, 0) })).map { $0 + "\n" }.joined()
    }

    private func temporaryStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ally-plain-\(UUID().uuidString).sqlite").path
    }

    @Test("a finished plain play shows up in the report with its score")
    func finishedPlayIsReported() throws {
        let store = temporaryStore()
        let played = try runAlly(
            ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam",
             "--seed", String(deskSeed)],
            input: input(bestRepliesAt: ["waiting", "needs", "check"]))
        #expect(played.stdout.contains("score 100/100"))
        #expect(!played.stdout.contains("not saved"))
        // The gradebook's columns are the content's scenarios: here the one fixture.
        let report = try runAlly(["report", "--store", store, "--trainee", "sam", "--format", "csv", "--content", content])
        #expect(report.status == 0)
        #expect(report.stdout == "username,desk-en\r\nsam,100\r\n")
    }

    @Test("leaving mid-way loses nothing: the next start offers to go on at the exact decision")
    func resumeAtTheExactStep() throws {
        let store = temporaryStore()
        let arguments = ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam",
                         "--seed", String(deskSeed)]
        // Type, strategy and the first reply; then the input ends (as when a connection drops).
        let first = try runAlly(arguments, input: input(bestRepliesAt: ["waiting"]))
        #expect(first.stdout.contains("End of input"))
        // The next start offers to go on at decision 2, and does: two more replies finish the scenario.
        // "1" resumes. The resumed attempt keeps the order it was shown in, whatever this run's seed
        // (6 shows the desk's replies in the file's order, the reverse of deskSeed's).
        #expect(deskScenario.steps.allSatisfy { ReplyOrder.indices(of: $0, seed: 6) == [0, 1] })
        let second = try runAlly(
            Array(arguments.dropLast()) + ["6"], input: "1\n" + input(questions: false, bestRepliesAt: ["needs", "check"]))
        #expect(second.stdout.contains("You left this scenario unfinished at decision 2. Go on where you left off?"))
        #expect(second.stdout.contains("[Decision 2 of 3 — find the needs]"))
        #expect(!second.stdout.contains("What type of customer is this?"))
        #expect(second.stdout.contains("score 100/100"), "the decisions made before leaving still count")
    }

    @Test("starting again closes the unfinished attempt instead of offering it for ever")
    func startAgain() throws {
        let store = temporaryStore()
        let arguments = ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam",
                         "--seed", String(deskSeed)]
        _ = try runAlly(arguments, input: "2\n")
        // "2" starts again, then a whole play.
        let again = try runAlly(arguments, input: "2\n" + input(bestRepliesAt: ["waiting", "needs", "check"]))
        #expect(again.stdout.contains("Go on where you left off?"))
        #expect(again.stdout.contains("What type of customer is this?"))
        #expect(again.stdout.contains("== Debrief =="))
        let third = try runAlly(arguments, input: "")
        #expect(!third.stdout.contains("Go on where you left off?"))
    }

    @Test("q or end of input at \"Go on where you left off?\" keeps the attempt; only \"start again\" gives it up")
    func leavingTheResumeQuestionKeepsTheAttempt() throws {
        let store = temporaryStore()
        let arguments = ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam",
                         "--seed", String(deskSeed)]
        _ = try runAlly(arguments, input: input(bestRepliesAt: ["waiting"]))
        for input in ["q\n", ""] {
            let left = try runAlly(arguments, input: input)
            #expect(left.status == 0)
            #expect(left.stdout.contains("Your unfinished attempt is kept"))
            #expect(!left.stdout.contains("What type of customer is this?"))
        }
        let resumed = try runAlly(arguments, input: "1\n" + input(questions: false, bestRepliesAt: ["needs", "check"]))
        #expect(resumed.stdout.contains("unfinished at decision 2"))
        #expect(resumed.stdout.contains("score 100/100"))
        #expect(try Store.open(path: store).attempts(trainee: "sam").count == 1)
    }

    @Test("an attempt killed after its last decision and before its result gets its result at the next start, once")
    func anAttemptThatEndedBeforeItsResultIsFinishedOnce() throws {
        let store = temporaryStore()
        let arguments = ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam"]
        // Every decision committed, no result: what a SIGKILL between the two leaves (the answers
        // "2 2 1 1 1" of the other tests).
        let opened = try Store.open(path: store)
        let source = try String(contentsOfFile: content + "/desk-en.yaml", encoding: .utf8)
        let attempt = try opened.startAttempt(trainee: "sam", scenarioID: "desk-en", contentHash: "h", source: source)
        let decisions: [Decision] = [.identify(CustomerType.allCases[1]), .strategy(StrategyFamily.allCases[1]), .reply(0), .reply(0), .reply(0)]
        for (index, decision) in decisions.enumerated() { try opened.append(TimedDecision(decision, seconds: 1), to: attempt, at: index) }

        let next = try runAlly(arguments, input: "")
        #expect(next.status == 0)
        #expect(!next.stdout.contains("Go on where you left off?"))
        #expect(next.stdout.contains("had reached its end before its result was saved"))
        #expect(next.stdout.contains("score 100/100"))
        #expect(try opened.attempt(attempt).summary.total == 100)
        let report = try runAlly(["report", "--store", store, "--format", "csv", "--content", content])
        #expect(report.stdout.contains("\r\nsam,100\r\n"))
        let third = try runAlly(arguments, input: "")
        #expect(!third.stdout.contains("had reached its end"))
        #expect(try opened.answers(trainee: "sam").count == 2)
    }

    @Test("a store from a newer Ally or a damaged one is left byte for byte as it was, by every command that opens it")
    func refusedStoresAreNotTouched() throws {
        let store = temporaryStore()
        _ = try runAlly(["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "sam"],
                        input: "2\n2\n1\n1\n1\n")
        // A newer Ally's schema version, written by another SQLite program (closed, checkpointed).
        let python = try Subprocess.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 9'); c.commit(); c.close()
            """, store])
        #expect(python.status == 0, "\(python.stderr)")
        let damaged = temporaryStore()
        try Data("SQLite format 3\u{0}".utf8 + Data(repeating: 0x41, count: 4000)).write(to: URL(fileURLWithPath: damaged))
        for path in [store, damaged] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            for command in [["progress", "--plain", "--trainee", "sam"], ["report"], ["replay", "1"], ["drill", "--rounds", "1", "--trainee", "sam"],
                            ["play", "--plain", "--content", content, "--scenario", "desk-en", "--trainee", "sam"]] {
                let result = try runAlly(command + ["--store", path], input: "q\n")
                #expect(result.stderr.contains("nothing was changed") || result.stdout.contains("not saved"), "\(command): \(result.stderr)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(command) changed \(path)")
            }
        }
    }

    @Test("a fresh store that cannot be written (here: a file size limit, as a full disk) leaves no stub behind")
    func aStoreThatCannotBeMadeLeavesNoStub() throws {
        let folder = try temporaryFolder("nostub").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // SIGXFSZ ignored, a 512-byte limit: SQLite's first page write fails as on a full disk.
        // drill writes (progress only reads, and never creates a store).
        let result = try Subprocess.run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", allyBinary.path,
                                                    "drill", "--rounds", "1", "--content", repositoryRoot.appendingPathComponent("Content").path,
                                                    "--store", folder + "/ally.sqlite", "--trainee", "a"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Cannot open the progress store"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "a stub the next start would call damaged")
    }

    @Test("an unusable store does not stop the play: it says progress is not saved, and why")
    func unusableStore() throws {
        let folder = try temporaryFolder("notastore")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runAlly(
            ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", folder.path, "--seed", String(deskSeed)],
            input: input(bestRepliesAt: ["waiting", "needs", "check"]))
        #expect(result.stdout.contains("Your progress is not saved this time:"))
        #expect(result.stdout.contains("score 100/100"))
    }
}
