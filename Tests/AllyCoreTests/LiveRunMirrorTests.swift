import Testing
@testable import AllyCore

@Suite("Live run mirror")
struct LiveRunMirrorTests {
    @Test("a trainer's mirror replays the class's path to the same question and judges alike")
    func mirrorMatchesTheServer() throws {
        var server = LiveRun(scenario: garage)
        try server.join("ann")
        try server.start(at: 0)
        var path: [Decision] = []
        for decision in [Decision.identify(.hostage), .strategy(.harnessNegativeEnergy)] {
            _ = try server.answer(decision, from: "ann", at: 1)
            try server.reveal()
            try server.advance(at: 2)
            path.append(decision)
        }
        var mirror = try #require(LiveRun.mirror(of: garage, path: path, handle: "ann"))
        #expect(mirror.rounds.count == server.rounds.count)
        #expect(mirror.currentRound?.stepID == server.currentRound?.stepID)
        #expect(mirror.currentRound?.prompt == server.currentRound?.prompt)
        let answer = try mirror.answer(.reply(0), from: "ann", at: 3)
        #expect(answer.round == server.rounds.count - 1)
        _ = try server.answer(.reply(0), from: "ann", at: 3)
        try mirror.reveal()
        try server.reveal()
        #expect(mirror.view(for: "ann") == server.view(for: "ann"))
    }

    @Test("a path that does not fit the scenario gives no mirror")
    func badPath() {
        #expect(LiveRun.mirror(of: garage, path: [.reply(99)], handle: "ann") == nil)
    }
}
