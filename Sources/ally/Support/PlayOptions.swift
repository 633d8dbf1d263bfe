import AllyCore
import ArgumentParser

/// How a trainee plays, for `train` and `play`.
struct PlayOptions: ParsableArguments {
    @Flag(name: .customLong("no-timers"), help: ArgumentHelp(
        "Play without time limits, for trainees who read slowly (the debrief and reports say so)."))
    var noTimers = false
}

extension PlaySettings {
    /// The settings of a new attempt: a random reply order, with time limits on or off.
    static func fresh(untimed: Bool) -> PlaySettings {
        PlaySettings(replyOrder: UInt64.random(in: 1...UInt64.max), untimed: untimed)
    }
}
