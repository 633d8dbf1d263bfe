import AllyClassLink
import AllyCore

/// Every text of the instructor's dashboard, Dutch first (kept in one place for the catalogue).
enum DashboardText {
    /// The title bar: the class's name.
    static func title(_ name: String) -> Localized {
        Localized(en: "Ally · class \(name) · live", nl: "Ally · klas \(name) · live")
    }
    /// How many trainees are connected.
    static func connected(_ count: Int, of total: Int) -> Localized {
        Localized(en: "\(count) of \(total) connected", nl: "\(count) van \(total) verbonden")
    }
    /// The join command's label.
    static let join = Localized(en: "Join:", nl: "Aansluiten:")
    /// The fingerprint's label.
    static let fingerprint = Localized(en: "Host key:", nl: "Serversleutel:")
    /// The server is not running: the state shown is the last one written.
    static let serverStopped = Localized(
        en: "The server is not running: this is the class as it was last seen.",
        nl: "De server draait niet: dit is de klas zoals die het laatst was.")
    /// No state yet: the server has not started.
    static let noState = Localized(
        en: "No class state yet: start the class with 'ally serve --class NAME'.",
        nl: "Nog geen klasgegevens: start de klas met 'ally serve --class NAAM'.")
    /// Column headings of the trainee table.
    static let trainee = Localized(en: "Trainee", nl: "Cursist")
    static let online = Localized(en: "On", nl: "Aan")
    static let scenario = Localized(en: "Scenario", nl: "Scenario")
    static let decision = Localized(en: "Decision", nl: "Beslissing")
    static let score = Localized(en: "Score", nl: "Score")
    static let time = Localized(en: "Time", nl: "Tijd")
    /// Nobody has joined yet.
    static let nobody = Localized(en: "Nobody has joined yet.", nl: "Er is nog niemand binnen.")
    /// A decision's kind, shortly.
    static func kind(_ kind: DecisionReport.Kind) -> Localized {
        switch kind {
        case .identify: Localized(en: "type", nl: "type")
        case .strategy: Localized(en: "strategy", nl: "strategie")
        case .concept: Localized(en: "concept", nl: "begrip")
        case .reply: Localized(en: "reply", nl: "antwoord")
        case .timeout: Localized(en: "time up", nl: "tijd op")
        case .quit: Localized(en: "gave up", nl: "gestopt")
        }
    }
    /// Right and wrong, shortly.
    static let right = Localized(en: "right", nl: "goed")
    static let wrong = Localized(en: "wrong", nl: "fout")
    /// Between scenarios.
    static let between = Localized(en: "(between scenarios)", nl: "(tussen scenario's)")
    /// The heat map's heading.
    static let confusion = Localized(
        en: "Type named (across) for the real type (down)", nl: "Genoemd type (→) bij het echte type (↓)")
    /// The most confused pairs' heading.
    static let mostConfused = Localized(en: "Most confused (real → named)", nl: "Meest verward (echt → genoemd)")
    /// One confused pair: the real type, the type named, how often.
    static func pair(_ truth: String, _ guess: String, _ count: Int) -> Localized {
        Localized(en: "\(truth) → \(guess)  \(count)×", nl: "\(truth) → \(guess)  \(count)×")
    }
    /// No type was named wrong yet.
    static let noConfusion = Localized(en: "No type named wrong yet.", nl: "Nog geen type verkeerd genoemd.")
    /// The averages' heading.
    static let averages = Localized(en: "Average per scenario", nl: "Gemiddelde per scenario")
    /// One scenario's average.
    static func average(_ average: Int, _ count: Int) -> Localized {
        Localized(en: "\(average) (\(count)×)", nl: "\(average) (\(count)×)")
    }
    /// Nothing finished yet.
    static let noAverages = Localized(en: "No scenario finished yet.", nl: "Nog geen scenario afgerond.")
    /// The projector's big figures.
    static let bigConnected = Localized(en: "connected", nl: "verbonden")
    static let bigRight = Localized(en: "% right", nl: "% goed")
    /// Key hints.
    static let hints = Localized(en: "p projector   ↑↓ scroll   q quit", nl: "p projector   ↑↓ scrollen   q stoppen")
    static let projectorHints = Localized(en: "p names   q quit", nl: "p namen   q stoppen")
}
