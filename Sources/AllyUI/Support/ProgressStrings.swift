import AllyCore

/// The progress screen's confusion matrix and the replay, in English and Dutch.
extension Strings {
    /// Section: the confusion matrix.
    public static let confusionMatrix = Localized(en: "Which type you named", nl: "Welk type u noemde")
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
    public static let replayYou = Localized(en: "You", nl: "U")
    /// What was ideal.
    public static let ideal = Localized(en: "Ideal", nl: "Ideaal")
    /// The customer's cues.
    public static let replayCues = Localized(en: "Cues", nl: "Signalen")
    /// The feedback.
    public static let feedbackLabel = Localized(en: "Feedback", nl: "Feedback")
    /// A customer's type change.
    public static func turned(_ from: String, _ to: String) -> Localized {
        Localized(en: "The customer turned \(from) → \(to).", nl: "De klant werd \(from) → \(to).")
    }
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
}
