import AllyCore
import AllyContent
import AllyCore
import AllyTestSupport
import Foundation
import Testing

@Suite("ally check and ally play --plain, as a user runs them")
struct CheckAndPlainTests {
    @Test("check passes clean content with exit 0 and no diagnostics")
    func checkGood() throws {
        let result = try runAlly(["check", fixtures.appendingPathComponent("good").path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("checked 1 scenario(s): 0 error(s), 0 warning(s)"))
    }

    @Test("check prints the exact compiler-style diagnostic, its line and a caret, and exits 1")
    func checkBad() throws {
        let result = try runAlly(["check", "Tests/AllyEndToEndTests/Fixtures/bad"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            Tests/AllyEndToEndTests/Fixtures/bad/broken-en.yaml:10:9: error: unknown customer type 'terorist' (did you mean 'terrorist'?)
               |
            10 |   type: terorist
               |         ^


            """)
    }

    @Test("a Dutch instructor gets Dutch diagnostics, from --lang or the locale")
    func checkInDutch() throws {
        let bad = "Tests/AllyEndToEndTests/Fixtures/bad"
        for result in [try runAlly(["check", "--lang", "nl", bad]), try runAlly(["check", bad], environment: ["LANG": "nl_NL.UTF-8"])] {
            #expect(result.status == 1)
            #expect(result.stdout.hasPrefix("\(bad)/broken-en.yaml:10:9: error: klanttype 'terorist' bestaat niet (bedoel je 'terrorist'?)\n"))
            #expect(result.stderr.contains("0 scenario(s) gecontroleerd: 1 fout(en), 0 waarschuwing(en)"))
        }
    }

    @Test("check --format json gives machine-readable diagnostics")
    func checkJSON() throws {
        let result = try runAlly(["check", "--format", "json", "Tests/AllyEndToEndTests/Fixtures/bad"])
        #expect(result.status == 1)
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["summary"] as? [String: Int] == ["scenarios": 0, "errors": 1, "warnings": 0])
        let objects = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects[0]["line"] as? Int == 10 && objects[0]["column"] as? Int == 9)
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["file"] as? String == "Tests/AllyEndToEndTests/Fixtures/bad/broken-en.yaml")
    }

    @Test("check --format github and sarif give the same finding to CI and code scanning")
    func checkForCI() throws {
        let github = try runAlly(["check", "--format", "github", "Tests/AllyEndToEndTests/Fixtures/bad"])
        #expect(github.status == 1)
        #expect(github.stdout == "::error file=Tests/AllyEndToEndTests/Fixtures/bad/broken-en.yaml,line=10,col=9,title=content.unknownName::"
            + "unknown customer type 'terorist' (did you mean 'terrorist'?)\n")
        let sarif = try runAlly(["check", "--format", "sarif", "Tests/AllyEndToEndTests/Fixtures/bad"])
        #expect(sarif.status == 1)
        let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.map { $0["ruleId"] as? String } == ["content.unknownName"])
    }

    @Test("the bundled Content/ checks clean")
    func bundledContent() throws {
        let result = try runAlly(["check"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("error:"))
    }

    @Test("a missing content folder gets a clear message naming where it looked")
    func missingContent() throws {
        let empty = try temporaryFolder("empty")
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try runAlly(["play", "--plain"], in: empty)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no content folder found"))
        #expect(result.stderr.contains(empty.appendingPathComponent("Content").path))
    }

    @Test("play --plain runs a whole scenario from piped input to the debrief")
    func plainWholeScenario() throws {
        // The seed shows every step's replies in the reverse of the file's order: the best reply
        // (first in the file) is never where the file has it.
        #expect(deskScenario.steps.allSatisfy { ReplyOrder.indices(of: $0, seed: deskSeed) == [1, 0] })
        // tolerant (2), inform & involve (2), then the best reply at every step, where it shows.
        let replies = replyKeys([("waiting", 0), ("needs", 0), ("check", 0)])
        let result = try runAlly(
            ["play", "--plain", "--content", fixtures.appendingPathComponent("good").path, "--scenario", "desk-en",
             "--seed", String(deskSeed)],
            input: (["2", "2"] + replies).map { $0 + "\n" }.joined())
        #expect(result.status == 0)
        #expect(result.stdout.contains("What type of customer is this?"))
        // The play screen's feedback, as text: the verdict and the choice, then why.
        #expect(result.stdout.contains("✓ Right   You chose: tolerant\nThe tolerant type: waits quietly"))
        #expect(result.stdout.contains("[Decision 2 of 3 — find the needs]"))
        #expect(result.stdout.contains("== Debrief =="))
        #expect(result.stdout.contains("Outcome: delighted (loyal)"))
        #expect(result.stdout.contains("score 100/100"))
        #expect(!result.stdout.contains("> "), "no prompt clutter when input is not a terminal")
    }

    @Test("play --plain explains wrong answers and shows the ideal path beside yours")
    func plainWrongAnswers() throws {
        // hostage (6) is wrong, part ways (5) is the worst for a tolerant customer, then weak replies.
        let replies = replyKeys([("waiting", 1), ("needs", 1)])
        let result = try runAlly(
            ["play", "--plain", "--content", fixtures.appendingPathComponent("good").path, "--scenario", "desk-en",
             "--seed", String(deskSeed)],
            input: (["6", "5"] + replies).map { $0 + "\n" }.joined())
        #expect(result.status == 0)
        #expect(result.stdout.contains("✗ Wrong   You chose: hostage\nThis is the tolerant type, not the hostage type"))
        #expect(result.stdout.contains("the worst choice"))
        #expect(result.stdout.contains("Outcome: dissatisfied, silent (cannot be kept)"))
        // The trainer's debrief, as text: the ideal beside each decision, then the ideal path in full.
        #expect(result.stdout.contains("Your path") && result.stdout.contains("Ideal"))
        #expect(result.stdout.contains("1. Sorry to keep you waiting. What can I do for you?"))
        #expect(result.stdout.contains("score 0/100"))
    }

    @Test("play --plain treats end of input as leaving, with a message, and re-asks on nonsense")
    func plainEndOfInput() throws {
        let result = try runAlly(
            ["play", "--plain", "--content", fixtures.appendingPathComponent("good").path, "--scenario", "desk-en"],
            input: "banana\n42\n2\n")
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "Please answer with a number from 1 to 9").count == 3)
        #expect(result.stdout.contains("End of input: you left the scenario"))
        #expect(!result.stdout.contains("Debrief"))
    }

    @Test("play --plain lists the scenarios in the chosen language and plays the picked one, in Dutch")
    func plainListInDutch() throws {
        let result = try runAlly(["play", "--plain", "--lang", "nl"], input: "1\n")
        #expect(result.stdout.contains("Scenario's:"))
        #expect(result.stdout.contains("  1. "))
        #expect(result.stdout.contains("Welk type klant is dit?"))
        // The trainer's words: the same question, "Omgeving", "Je ziet".
        #expect(result.stdout.contains("Omgeving: ") && !result.stdout.contains("Plaats: "))
        #expect(result.stdout.contains("Je ziet: ") && !result.stdout.contains("Signalen"))
        #expect(result.stdout.contains("Einde van de invoer"))
    }

    @Test("an unknown scenario id is a clear error")
    func unknownScenario() throws {
        let result = try runAlly(["play", "--plain", "--scenario", "nope"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("There is no scenario 'nope'"))
    }

    @Test("--version and --help work on every command")
    func versionAndHelp() throws {
        #expect(try runAlly(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        for command in [[], ["check"], ["play"]] {
            let result = try runAlly(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: ally"))
        }
    }

    @Test("a play names the content files it left out, not only how many errors they had")
    func skippedFilesAreNamed() throws {
        let folder = try temporaryFolder("skipped")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("good/desk-en.yaml"), to: folder.appendingPathComponent("desk-en.yaml"))
        try "id: [".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try runAlly(["play", "--plain", "--content", folder.path, "--scenario", "desk-en"], input: "")
        #expect(result.stderr.contains("1 error(s) in the content; left out: \(folder.path)/broken.yaml. Run 'ally check' for the details."))
    }

    @Test("a loop in the conversation never shows a decision beyond the count (\"Decision 2001 of 2\")")
    func aLoopStaysWithinTheCount() throws {
        let folder = try temporaryFolder("loop")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            id: loop-en
            language: en
            title: Round and round
            setting: Desk
            customer: {name: Bo, type: tolerant}
            start: a
            steps:
              a: {phase: greet, say: "Hello?", choices: [{text: "Again", quality: 0, feedback: "Hm.", next: b}]}
              b: {phase: needs, say: "Well?", choices: [{text: "Back", quality: 0, feedback: "Hm.", next: a}, {text: "Done", quality: 2, feedback: "Yes.", next: end}]}
            endings:
              end:
                delighted: {say: "Bye."}
            """
        try text.write(to: folder.appendingPathComponent("loop-en.yaml"), atomically: true, encoding: .utf8)
        // Where "Back" and "Done" are shown at b in the order of seed 7.
        let b = try #require(ContentLoader.load(texts: [("loop-en.yaml", text)]).scenario(id: "loop-en")?.step("b"))
        let order = ReplyOrder.indices(of: b, seed: 7)
        let back = "\(order.firstIndex(of: 0)! + 1)\n", done = "\(order.firstIndex(of: 1)! + 1)\n"
        let result = try runAlly(["play", "--plain", "--content", folder.path, "--scenario", "loop-en", "--seed", "7"],
                                 input: String(repeating: "1\n" + back, count: 4) + "1\n" + done)
        #expect(result.stdout.contains("[Decision 2 of 2 — find the needs]"))
        #expect(!result.stdout.contains("Decision 3 of 2"))
        #expect(result.stdout.contains("== Debrief =="))
    }

    @Test("a mistyped command is named with a suggestion instead of the trainer's usage")
    func unknownCommand() throws {
        let result = try runAlly(["chekc"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'chekc' (did you mean 'check'?)"))
        #expect(try runAlly(["help"]).status == 0)
    }
}
