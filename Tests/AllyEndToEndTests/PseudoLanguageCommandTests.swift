import AllyTestSupport
import Foundation
import Testing

/// The pseudo-language `xx` from `Tests/Catalogues/xx.yaml`, handed to the binary by `ALLY_CATALOGUES`
/// alone: the commands' output is in it, and the language is offered wherever one is chosen.
@Suite("ally in a language that is only a catalogue file")
struct PseudoLanguageCommandTests {
    static let catalogues = ["ALLY_CATALOGUES": repositoryRoot.appendingPathComponent("Tests/Catalogues").path]
    static let good = fixtures.appendingPathComponent("good").path

    @Test("--lang offers it and LANG chooses it; without the file it is refused")
    func chosenLikeAShippedLanguage() throws {
        let help = try runAlly(["play", "--help"], environment: Self.catalogues)
        #expect(help.stdout.contains("en, nl, xx"))
        let byLocale = try runAlly(["play", "--plain", "--content", Self.good], environment: Self.catalogues.merging(["LANG": "xx_XX.UTF-8"]) { $1 })
        #expect(byLocale.stdout.contains("[Welk scenario?]"))
        let without = try runAlly(["play", "--plain", "--lang", "xx", "--content", Self.good])
        #expect(without.status != 0)
        #expect(without.stderr.contains("one of 'en' and 'nl'"))
    }

    @Test("plain mode lists every scenario (xx has none of its own) and speaks xx")
    func plainMode() throws {
        let result = try runAlly(["play", "--plain", "--lang", "xx", "--content", Self.good], input: "", environment: Self.catalogues)
        #expect(result.stdout.contains("[Ally — klantenservicetrainer (tekstmodus)."))
        #expect(result.stdout.contains("[Scenario's]:\n  1. "))
        #expect(result.stdout.contains("[Einde van de invoer:"))
    }

    @Test("the gradebook table's headers are in xx")
    func report() throws {
        let store = NSTemporaryDirectory() + "/ally-report-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) } }
        let plain = try runAlly(["play", "--plain", "--content", Self.good, "--scenario", "desk-en", "--store", store, "--trainee", "Ana"],
                                input: "2\n2\n1\n1\n1\n1\n1\n")
        #expect(plain.status == 0)
        let result = try runAlly(["report", "--lang", "xx", "--content", Self.good, "--store", store], environment: Self.catalogues)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[cursist]"), "\(result.stdout)")
        #expect(result.stdout.contains("[pogingen]") && result.stdout.contains("[gemiddeld]"))
    }

    @Test("the progress report's headers are in xx")
    func progress() throws {
        // Read-only commands create no store: play once, so there is one to read.
        let store = NSTemporaryDirectory() + "/ally-progress-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) } }
        _ = try runAlly(["play", "--plain", "--content", Self.good, "--scenario", "desk-en", "--store", store, "--trainee", "Ana"],
                        input: "2\n2\n1\n1\n1\n1\n1\n")
        let result = try runAlly(["progress", "--plain", "--lang", "xx", "--trainee", "Ana", "--store", store], environment: Self.catalogues)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[Voortgang van Ana]"))
        #expect(result.stdout.contains("[Recente pogingen]"))
        #expect(!result.stdout.contains("Progress of"))
    }

    @Test("check and graph speak xx; the diagnostic's code is the same in every language")
    func checkAndGraph() throws {
        let bad = fixtures.appendingPathComponent("bad").path
        let check = try runAlly(["check", "--lang", "xx", bad], environment: Self.catalogues)
        #expect(check.status == 1)
        #expect(check.stdout.contains("broken-en.yaml:10:9: error: [[klanttype] 'terorist' bestaat niet[ (bedoel je 'terrorist'?)]]"))
        #expect(check.stderr.contains("[0 scenario(s) gecontroleerd: 1 fout(en), 0 waarschuwing(en)]"))
        let json = try runAlly(["check", "--format", "json", "--lang", "xx", bad], environment: Self.catalogues)
        #expect(json.stdout.contains(#""code" : "content.unknownName""#))
        let graph = try runAlly(["graph", "--lang", "xx", fixtures.appendingPathComponent("good/desk-en.yaml").path], environment: Self.catalogues)
        #expect(graph.status == 0)
        #expect(graph.stdout.contains("waiting [greet] [vraagt:] identify, strategy"))
    }

    @Test("--help and usage errors follow the language, where the argument parser lets them")
    func helpAndErrors() throws {
        let help = try runAlly(["check", "--help", "--lang", "xx"], environment: Self.catalogues)
        #expect(help.stdout.contains("OVERVIEW: [Controleer scenariobestanden"))
        #expect(help.stdout.contains("[Uitvoervorm: text, json, github"))
        let dutch = try runAlly(["drill", "--help"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("Snelle rondes"))
        let rounds = try runAlly(["drill", "--rounds", "99", "--lang", "nl"])
        #expect(rounds.status != 0)
        #expect(rounds.stderr.contains("--rounds neemt een getal van 1 tot en met 50."))
        let typo = try runAlly(["chek"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(typo.stderr.contains("onbekende opdracht 'chek' (bedoel je 'check'?)"))
    }
}
