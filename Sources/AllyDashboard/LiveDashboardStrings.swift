import AllyCore

/// The texts of the dashboard's live run, Dutch first.
enum LiveDashboardText {
    /// The picker's heading.
    static let pick = Localized("liveDashboard.pick")
    /// The next run's settings, with the keys that change them.
    static func settings(seconds: Int?, live: Bool) -> Localized {
        Localized("liveDashboard.settings", [
            "time": seconds.map { "\($0) s" } ?? Localized("liveDashboard.noLimit"),
            "histogram": Localized(live ? "liveDashboard.histogramLive" : "liveDashboard.histogramHidden"),
        ])
    }
    /// The run's heading: scenario, question, phase.
    static func heading(title: String, phase: String, round: Int) -> Localized {
        let phrase = switch phase {
        case "lobby": Localized("liveDashboard.phase.lobby")
        case "open": Localized("liveDashboard.phase.open")
        case "closed": Localized("liveDashboard.phase.closed")
        case "revealed": Localized("liveDashboard.phase.revealed")
        default: Localized("liveDashboard.phase.ended")
        }
        return round > 0
            ? Localized("liveDashboard.headingRound", ["title": title, "round": round, "phase": phrase])
            : Localized("liveDashboard.heading", ["title": title, "phase": phrase])
    }
    /// How many wait in the lobby.
    static func waiting(_ count: Int) -> Localized {
        Localized("liveDashboard.waiting", ["count": count])
    }
    /// How many answered out of how many are connected.
    static func answered(_ count: Int, of total: Int) -> Localized {
        Localized("liveDashboard.answered", ["count": count, "total": total])
    }
    /// The time left to answer (the trainer's words for a timed step's countdown).
    static func timeLeft(_ seconds: Int) -> Localized {
        Localized("strings.timeLeft", ["seconds": seconds])
    }
    /// A tie or no answers: the instructor picks the class's reply.
    static let needsPick = Localized("liveDashboard.needsPick")
    /// The questions on which the class split.
    static func splits(_ rounds: [Int]) -> Localized {
        let list = rounds.map(String.init).joined(separator: ", ")
        return Localized("liveDashboard.list", ["list": list])
    }
    /// The class agreed on every question.
    static let noSplits = Localized("liveDashboard.noSplits")
    /// The desk's live keys.
    static let hints = Localized("liveDashboard.hints")
}
