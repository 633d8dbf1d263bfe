import AllyCore

/// The texts of the dashboard's live run, Dutch first.
enum LiveDashboardText {
    /// The picker's heading.
    static let pick = Localized(en: "Live run: pick a scenario (Enter starts, Esc cancels)",
                                nl: "Live-ronde: kies een scenario (Enter start, Esc annuleert)")
    /// The next run's settings, with the keys that change them.
    static func settings(seconds: Int?, live: Bool) -> Localized {
        let time = seconds.map { "\($0) s" }
        return Localized(
            en: "t answer time: \(time ?? "no limit") · h histogram: \(live ? "fills live" : "hidden until the reveal")",
            nl: "t antwoordtijd: \(time ?? "geen limiet") · h histogram: \(live ? "vult zich live" : "verborgen tot de onthulling")")
    }
    /// The run's heading: scenario, question, phase.
    static func heading(title: String, phase: String, round: Int) -> Localized {
        let (en, nl): (String, String) = switch phase {
        case "lobby": ("waiting room", "wachtruimte")
        case "open": ("answering", "antwoorden")
        case "closed": ("answering closed", "antwoorden gesloten")
        case "revealed": ("revealed", "onthuld")
        default: ("ended", "afgelopen")
        }
        let question = round > 0 ? " · " : ""
        return Localized(en: "Live: \(title)\(question)\(round > 0 ? "question \(round)" : "") · \(en)",
                         nl: "Live: \(title)\(question)\(round > 0 ? "vraag \(round)" : "") · \(nl)")
    }
    /// How many wait in the lobby.
    static func waiting(_ count: Int) -> Localized {
        Localized(en: "\(count) in the waiting room", nl: "\(count) in de wachtruimte")
    }
        /// How many answered out of how many are connected.
    static func answered(_ count: Int, of total: Int) -> Localized {
        Localized(en: "\(count) of \(total) answered", nl: "\(count) van \(total) hebben geantwoord")
    }
    /// A tie or no answers: the instructor picks the class's reply.
    static let needsPick = Localized(en: "Tie or no answers: press the number of the reply the class takes.",
                                     nl: "Gelijke stand of geen antwoorden: druk het nummer van het antwoord dat de klas neemt.")
    /// The questions on which the class split.
    static func splits(_ rounds: [Int]) -> Localized {
        let list = rounds.map(String.init).joined(separator: ", ")
        return Localized(en: "The class split on question \(list).", nl: "De klas was verdeeld bij vraag \(list).")
    }
    /// The class agreed on every question.
    static let noSplits = Localized(en: "The class agreed on every question.", nl: "De klas was het bij elke vraag eens.")
    /// The desk's live keys.
    static let hints = Localized(en: "l live run  n next  c close  r reveal  x remove  e end  p projector  q quit",
                                 nl: "l live-ronde  n volgende  c sluit  r onthul  x verwijder  e einde  p projector  q stop")
}
