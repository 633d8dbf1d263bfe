import AllyTestSupport
import Foundation
import Testing

@Suite("Authoring: ally new and ally graph")
struct AuthoringTests {
    @Test("every type's skeleton, in both languages, checks clean", arguments: ["en", "nl"])
    func skeletonsCheckClean(lang: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for type in ["ally", "tolerant", "patient", "incompetent", "victim", "hostage", "intolerant", "anarchist", "terrorist"] {
            let file = folder.appendingPathComponent("\(type)-\(lang).yaml").path
            let made = try runAlly(["new", "scenario", "--type", type, "--lang", lang, "--id", "skeleton-\(lang)", "--output", file])
            #expect(made.status == 0, "\(made.stderr)")
            let checked = try runAlly(["check", file])
            #expect(checked.status == 0 && checked.stdout.isEmpty, "\(type) \(lang): \(checked.stdout)")
        }
    }

    @Test("a skeleton that asks a concept question (role, gap, handling, measure, dimension, basics, segment) checks clean", arguments: ["en", "nl"])
    func conceptSkeletonsCheckClean(lang: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in ["role", "gap", "handling", "measure", "dimension", "basics", "segment"] {
            let file = folder.appendingPathComponent("\(kind)-\(lang).yaml").path
            let made = try runAlly(["new", "scenario", "--type", "hostage", "--lang", lang, "--ask", kind, "--id", "skeleton-\(lang)", "--output", file])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains("ask: [\(kind)]"))
            let checked = try runAlly(["check", file])
            #expect(checked.status == 0 && checked.stdout.isEmpty, "\(kind) \(lang): \(checked.stdout)")
        }
    }

    @Test("ally new never overwrites a file and rejects a bad id or type")
    func newRefuses() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.yaml").path
        #expect(try runAlly(["new", "scenario", "--type", "victim", "--lang", "en", "--output", file]).status == 0)
        let again = try runAlly(["new", "scenario", "--type", "victim", "--lang", "en", "--output", file])
        #expect(again.status == 1 && again.stderr.contains("exists already"))
        let badID = try runAlly(["new", "scenario", "--type", "victim", "--lang", "en", "--id", "Bad ID"])
        #expect(badID.status != 0 && badID.stderr.contains("an id is made of a-z, 0-9 and '-'"))
        let badType = try runAlly(["new", "scenario", "--type", "terorist", "--lang", "en", "--output", "-"])
        #expect(badType.status != 0 && badType.stderr.contains("terorist"))
    }

    @Test("ally new takes the Dutch type names too, as the Dutch authoring guide writes them")
    func dutchTypeNames() throws {
        let result = try runAlly(["new", "scenario", "--type", "gijzelaar", "--lang", "nl", "--output", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  type: hostage\n"))
        #expect(result.stdout.contains("title: Een klant aan de balie"))
    }

    @Test("ally graph draws every step, ending with its outcome, and timed step")
    func graphTree() throws {
        let result = try runAlly(["graph", fixtures.appendingPathComponent("good/desk-en.yaml").path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("desk-en — The quiet one at the desk (tolerant, en)\nwaiting [greet] asks: identify, strategy ⏱ 20s\n"))
        #expect(result.stdout.contains("■ happy: delighted"))
        #expect(result.stdout.contains("■ gone: dissatisfied-silent"))
        #expect(result.stdout.contains("├─ 1. (+2) \"Sorry to keep you waiting. What can I do for yo…\""))
        #expect(result.stdout.contains("└─ ⏱ (-2) \"time runs out\""))
    }

    @Test("ally graph --format dot writes a Graphviz digraph with an edge per choice")
    func graphDot() throws {
        let result = try runAlly(["graph", "--format", "dot", fixtures.appendingPathComponent("good/desk-en.yaml").path])
        #expect(result.stdout.hasPrefix("digraph \"desk-en\" {"))
        #expect(result.stdout.components(separatedBy: " -> ").count - 1 == 7)
        #expect(result.stdout.contains("\"gone\" [shape=ellipse, style=filled, fillcolor=lightpink"))
    }

    @Test("ally graph on a broken file prints its diagnostics and exits 1")
    func graphBroken() throws {
        let result = try runAlly(["graph", "Tests/AllyEndToEndTests/Fixtures/bad/broken-en.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken-en.yaml:10:9: error: unknown customer type 'terorist'"))
    }
}
