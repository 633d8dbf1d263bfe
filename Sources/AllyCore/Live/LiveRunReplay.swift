extension LiveRun {
    /// The run as a trainer mirrors it: `scenario` replayed along the class's `path` to question
    /// number `path.count`, open, with `handle` in it. The trainer judges its own answer on this
    /// mirror at the reveal, with the same engine the server uses; nil when the path does not fit
    /// the scenario (a different version of the content).
    public static func mirror(of scenario: Scenario, path: [Decision], handle: String) -> LiveRun? {
        var run = LiveRun(scenario: scenario)
        do {
            try run.join(handle)
            try run.start(at: 0)
            for decision in path {
                try run.reveal()
                try run.advance(pick: decision, at: 0)
            }
        } catch {
            return nil
        }
        return run.phase == .open ? run : nil
    }
}
