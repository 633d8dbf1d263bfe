import AllyContent
import AllyCore
import Foundation
import Testing

/// Malformed and hostile input: never a crash, never a hang, never a flood of messages.
///
/// How long these take is measured by `ally-bench content`, not asserted here: a wall-clock limit
/// in a test fails on a busy machine and proves little on a quiet one.
@Suite struct HostileInputTests {
    func load(_ text: String, name: String = "hostile.yaml") -> ContentLibrary {
        ContentLoader.load(texts: [(name, text)])
    }

    @Test func thousandsOfUnknownKeysAreCappedAndLinear() {
        let text = (0..<40_000).map { "key\($0): x\n" }.joined()
        let library = load(text)
        #expect(library.diagnostics.count == 101)
        #expect(library.diagnostics.last?.message == "too many problems; stopping after 100")
    }

    @Test func thousandsOfRepeatedKeysStayLinear() {
        let text = String(repeating: "title: again\n", count: 60_000)
        let library = load(text)
        #expect(library.hasErrors)
        #expect(library.diagnostics.count <= 101)
    }

    @Test func thousandsOfStepsInALoopStayLinear() {
        var text = "id: big\nlanguage: en\ntitle: T\nsetting: S\ncustomer: {name: N, type: ally}\nstart: s0\nsteps:\n"
        for i in 0..<5_000 {
            text += "  s\(i): {phase: greet, say: x, choices: [{text: y, quality: 2, next: s\((i + 1) % 5_000)}]}\n"
        }
        text += "endings:\n  e: {satisfied: {say: bye}}\n"
        let library = load(text)
        #expect(library.diagnostics.count == 101)
        #expect(library.diagnostics.first?.message.hasPrefix("no ending can be reached from step") == true)
    }

    /// A chain of `length` steps with one reply each, as the report of a crash had it.
    static func chain(_ length: Int) -> String {
        var text = "id: chain\nlanguage: en\ntitle: Chain\nsetting: Lab\ncustomer: {name: Bob, type: tolerant}\nstart: s0\nsteps:\n"
        for i in 0..<length {
            text += "  s\(i): {phase: greet, say: a, choices: [{text: a, quality: 2, feedback: b, next: \(i + 1 < length ? "s\(i + 1)" : "done")}]}\n"
        }
        return text + "endings:\n  done: {delighted: {say: bye}}\n"
    }

    @Test func theLongestChainAllowedChecksCleanAndCountsItsDecisions() throws {
        let library = load(Self.chain(10_000))
        #expect(library.diagnostics.isEmpty)
        #expect(try #require(library.scenarios.first).decisionCount == 10_000)
    }

    @Test func aChainLongerThanAllowedIsRefusedWithItsLength() {
        let library = load(Self.chain(10_001))
        #expect(library.diagnostics.map(\.message) == ["a scenario may have at most 10000 steps; this one has 10001"])
    }

    @Test func theTreeOfALongChainContinuesFromTheMarginInsteadOfIndentingForever() throws {
        let scenario = try #require(load(Self.chain(10_000)).scenarios.first)
        let lines = ScenarioGraph.tree(scenario).split(separator: "\n")
        // Every 24 levels the chain goes on from the margin: s0, s24, … s9984.
        #expect(lines.filter { $0.hasPrefix("s") && $0.contains("[greet]") }.count == 417)
        #expect(lines.map(\.count).max()! < 200)
        #expect(lines.last?.hasSuffix("■ done: delighted") == true)
        #expect(lines.contains("s9984 [greet]"))
    }

    @Test func aMegabyteOfBracketsIsRefused() {
        let library = load("a: " + String(repeating: "[", count: 1_000_000))
        #expect(library.hasErrors)
    }

    /// Seeded random damage to a valid file: bytes flipped, lines dropped or duplicated, the file cut short.
    @Test(arguments: 0..<4)
    func randomDamageNeverCrashes(_ round: Int) {
        var generator = SeededGenerator(seed: UInt64(round) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let original = Array(Fixtures.scenarioEN.replacingOccurrences(of: "translation: garage-warranty-nl\n", with: "").utf8)
        for _ in 0..<150 {
            var bytes = original
            switch generator.next() % 4 {
            case 0:
                for _ in 0..<(1 + generator.next() % 4) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
            case 1:
                bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
            case 2:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                lines.remove(at: Int(generator.next() % UInt64(lines.count)))
                bytes = Array(lines.joined(separator: [0x0A]))
            default:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                let i = Int(generator.next() % UInt64(lines.count))
                lines.insert(lines[i], at: Int(generator.next() % UInt64(lines.count)))
                bytes = Array(lines.joined(separator: [0x0A]))
            }
            let library = ContentLoader.load(texts: [("damaged.yaml", String(decoding: bytes, as: UTF8.self))])
            // Either it is still a good scenario or it says why not; never both, never neither.
            #expect(library.scenarios.isEmpty == library.hasErrors)
        }
    }
}
