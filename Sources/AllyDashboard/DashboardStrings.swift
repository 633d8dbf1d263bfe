import AllyClassLink
import AllyCore

/// Every text of the instructor's dashboard, Dutch first (kept in one place for the catalogue).
enum DashboardText {
    /// The title bar: the class's name.
    static func title(_ name: String) -> Localized {
        Localized("dashboard.title", ["name": name])
    }
    /// How many trainees are connected.
    static func connected(_ count: Int, of total: Int) -> Localized {
        Localized("dashboard.connected", ["count": count, "total": total])
    }
    /// The join command's label.
    static let join = Localized("dashboard.join")
    /// The fingerprint's label.
    static let fingerprint = Localized("dashboard.fingerprint")
    /// The server is not running: the state shown is the last one written.
    static let serverStopped = Localized("dashboard.serverStopped")
    /// No state yet: the server has not started.
    static let noState = Localized("dashboard.noState")
    /// Column headings of the trainee table.
    static let trainee = Localized("dashboard.trainee")
    static let online = Localized("dashboard.online")
    static let scenario = Localized("dashboard.scenario")
    static let decision = Localized("dashboard.decision")
    static let score = Localized("dashboard.score")
    static let time = Localized("dashboard.time")
    /// Nobody has joined yet.
    static let nobody = Localized("dashboard.nobody")
    /// A decision's kind, shortly.
    static func kind(_ kind: DecisionReport.Kind) -> Localized {
        Localized("dashboard.kind.\(kind.rawValue)")
    }
    /// Right and wrong, shortly.
    static let right = Localized("dashboard.right")
    static let wrong = Localized("dashboard.wrong")
    /// Between scenarios.
    static let between = Localized("dashboard.between")
    /// The heat map's heading.
    static let confusion = Localized("dashboard.confusion")
    /// The most confused pairs' heading.
    static let mostConfused = Localized("dashboard.mostConfused")
    /// One confused pair: the real type, the type named, how often.
    static func pair(_ truth: String, _ guess: String, _ count: Int) -> Localized {
        Localized("dashboard.pair", ["truth": truth, "guess": guess, "count": count])
    }
    /// No type was named wrong yet.
    static let noConfusion = Localized("dashboard.noConfusion")
    /// The averages' heading.
    static let averages = Localized("dashboard.averages")
    /// One scenario's average.
    static func average(_ average: Int, _ count: Int) -> Localized {
        Localized("dashboard.average", ["average": average, "count": count])
    }
    /// Nothing finished yet.
    static let noAverages = Localized("dashboard.noAverages")
    /// The projector's big figures.
    static let bigConnected = Localized("dashboard.bigConnected")
    static let bigRight = Localized("dashboard.bigRight")
    /// Key hints.
    static let hints = Localized("dashboard.hints")
    static let projectorHints = Localized("dashboard.projectorHints")
}
