import AllyClassLink
import AllyCore

/// The live run's shots for the storyboard: the lobby, a type question answered, one counting
/// down its last seconds, the reveal, a reply question in the trainee's own order, the private
/// summary and the removal.
enum LiveStoryboard {
    static func shots(from start: AppModel) -> [Storyboard.Shot] {
        guard let garage = start.library.scenarios.first(where: { $0.id.hasPrefix("garage") && $0.language == start.language })
            ?? start.library.scenarios.first(where: { $0.id.hasPrefix("garage") }) else { return [] }
        let run = "live-20261130T090000000"
        var shots: [Storyboard.Shot] = []
        var m = App.update(start, .live(.lobby(run: run, scenario: garage.id)), now: start.now + 1).0
        shots.append(Storyboard.Shot(name: "live-lobby", model: m))
        m = App.update(m, .live(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil)), now: m.now + 1).0
        m = Storyboard.press([.char("6")], m)
        shots.append(Storyboard.Shot(name: "live-question", model: m))
        // A question with 20 s to answer, 16 s on: the last seconds, emphasised.
        let timed = App.update(m, .live(.question(run: run, scenario: garage.id, round: 0, path: [], answered: nil, closesIn: 20)), now: m.now + 1).0
        shots.append(Storyboard.Shot(name: "live-countdown", model: App.update(timed, .input(.tick), now: timed.now + 16).0))
        m = App.update(m, .live(.reveal(run: run, round: 0)), now: m.now + 1).0
        shots.append(Storyboard.Shot(name: "live-reveal", model: m))
        // The class's path to the first reply: the right type and strategy.
        var path: [Decision] = []
        while let mirror = LiveRun.mirror(of: garage, path: path, handle: m.traineeName), let round = mirror.rounds.last,
              round.prompt != .reply, let right = mirror.rightAnswers(of: round).first, path.count < 6 {
            path.append(right)
        }
        m = App.update(m, .live(.question(run: run, scenario: garage.id, round: path.count, path: path, answered: nil)), now: m.now + 1).0
        shots.append(Storyboard.Shot(name: "live-reply", model: Storyboard.press([.down], m)))
        m = App.update(m, .live(.ended(run: run, answered: 3, right: 2, asked: 4)), now: m.now + 1).0
        shots.append(Storyboard.Shot(name: "live-summary", model: m))
        m = App.update(m, .live(.removed(run: run)), now: m.now + 1).0
        shots.append(Storyboard.Shot(name: "live-removed", model: m))
        return shots
    }
}
