import AllyCore

/// The progress screen's confusion matrix and the replay, in English and Dutch.
extension Strings {
    /// Section: the confusion matrix.
    public static let confusionMatrix = Localized(en: "Which type you named", nl: "Welk type je noemde")
    /// How to read the confusion matrix.
    public static let confusionLegend = Localized(
        en: "rows: true type · columns: named · diagonal: right · ?: no answer",
        nl: "rijen: echte type · kolommen: genoemd · diagonaal: goed · ?: geen antwoord")
    /// Section: replay.
    public static let replay = Localized(en: "Replay", nl: "Terugkijken")
    /// The replay's step heading.
    public static func replayStep(_ number: Int, _ phase: String) -> Localized {
        Localized(en: "Step \(number) · \(phase)", nl: "Stap \(number) · \(phase)")
    }
    /// What the trainee chose.
    public static let replayYou = Localized(en: "You", nl: "Jij")
    /// What was ideal.
    public static let ideal = Localized(en: "Ideal", nl: "Ideaal")
    /// The feedback.
    public static let feedbackLabel = Localized(en: "Feedback", nl: "Feedback")
    /// The replay has no decisions.
    public static let noDecisions = Localized(en: "No decisions were recorded.", nl: "Er zijn geen beslissingen vastgelegd.")
    /// The attempt cannot be replayed.
    public static let cannotReplay = Localized(
        en: "This attempt cannot be replayed: its event log or scenario text is not available.",
        nl: "Deze poging kan niet worden teruggekeken: het verloop of de scenariotekst is niet beschikbaar.")
    /// A decision no longer fits the stored scenario.
    public static func misfit(_ number: Int) -> Localized {
        Localized(en: "Decision \(number) does not fit the stored scenario.", nl: "Beslissing \(number) past niet bij het bewaarde scenario.")
    }
    /// The final score of a replayed attempt.
    public static func finalScore(_ total: Int, _ outcome: String) -> Localized {
        Localized(en: "Score \(total)/100 · \(outcome)", nl: "Score \(total)/100 · \(outcome)")
    }
    /// Hint: step back and forth.
    public static let keyStep = Localized(en: "step", nl: "stap")
    /// Hint: replay the selected attempt.
    public static let keyReplay = Localized(en: "replay", nl: "terugkijken")
    /// Previous decision.
    public static let previous = Localized(en: "◀ previous", nl: "◀ vorige")
    /// Next decision.
    public static let next = Localized(en: "next ▶", nl: "volgende ▶")

    /// Menu item: drill.
    public static let drill = Localized(en: "Drill", nl: "Oefenen")
    /// Explanation of the drill item.
    public static let drillNote = Localized(
        en: "Quick rounds of type and strategy, weakest and due first.",
        nl: "Snelle rondes type en strategie, zwakste en geplande eerst.")
    /// The drill's round counter.
    public static func round(_ k: Int, of n: Int) -> Localized {
        Localized(en: "round \(k) of \(n)", nl: "ronde \(k) van \(n)")
    }
    /// The drill's summary heading.
    public static func drillDone(_ played: Int, _ right: Int) -> Localized {
        Localized(en: "\(played) round(s), \(right) fully right.", nl: "\(played) ronde(s), \(right) helemaal goed.")
    }
    /// What improved.
    public static let improved = Localized(en: "What improved:", nl: "Wat is verbeterd:")
    /// Nothing improved.
    public static let nothingImproved = Localized(
        en: "Nothing improved this time; the same types come back in the next drill.",
        nl: "Deze keer is niets verbeterd; dezelfde types komen terug in de volgende oefening.")
    /// A type that slipped.
    public static let slipped = Localized(en: "Slipped", nl: "Achteruit")
    /// A type met for the first time.
    public static let new = Localized(en: "new", nl: "nieuw")
    /// No openings in the library.
    public static let noOpenings = Localized(en: "The library has no scenarios to drill with.", nl: "De bibliotheek heeft geen scenario's om mee te oefenen.")
    /// Hint: stop the drill.
    public static let keyStop = Localized(en: "stop", nl: "stoppen")
}
