import AllyCore

/// The texts of the live class run, Dutch first (kept together for the catalogue).
enum LiveText {
    /// The title bar.
    static let title = Localized(en: "Ally · live class", nl: "Ally · live met de klas")
    /// The lobby.
    static let lobby = Localized(
        en: "The instructor is starting a live run with the class. Your own play is saved; you can go on with it afterwards.",
        nl: "De docent start een live-ronde met de klas. Je eigen oefening is bewaard; je kunt er daarna mee verder.")
    /// Waiting for the first question.
    static let waitingStart = Localized(en: "Waiting for the first question…", nl: "Wachten op de eerste vraag…")
    /// The question's number.
    static func question(_ number: Int) -> Localized { Localized(en: "Question \(number)", nl: "Vraag \(number)") }
    /// The reply question.
    static let askReply = Localized(en: "What do you say?", nl: "Wat zeg je?")
    /// The type question.
    static let askType = Localized(en: "Which type of customer is this?", nl: "Welk type klant is dit?")
    /// The strategy question.
    static let askStrategy = Localized(en: "Which strategy fits?", nl: "Welke strategie past?")
    /// The answer is stored and counted; it may still change.
    static let answered = Localized(
        en: "Your answer is in. You may change it until answering closes.",
        nl: "Je antwoord is binnen. Je kunt het nog wijzigen tot het antwoorden sluit.")
    /// The answer could not be stored.
    static let notSaved = Localized(
        en: "Your answer could not be saved, so it does not count yet. Choose it again.",
        nl: "Je antwoord kon niet worden bewaard en telt dus nog niet. Kies het opnieuw.")
    /// Answering closed.
    static let closed = Localized(en: "Answering is closed. Wait for the reveal.", nl: "Het antwoorden is gesloten. Wacht op de onthulling.")
    /// Answering closed without an answer of theirs.
    static let closedNone = Localized(en: "Answering is closed; you did not answer this one.",
                                      nl: "Het antwoorden is gesloten; deze vraag heb je niet beantwoord.")
    /// Their answer, as the reveal shows it.
    static let yourAnswer = Localized(en: "Your answer:", nl: "Jouw antwoord:")
    /// The right answer, as the reveal shows it.
    static let rightAnswer = Localized(en: "Right answer:", nl: "Juiste antwoord:")
    /// No right answer this time.
    static let noneRight = Localized(en: "No answer was fully right here.", nl: "Geen antwoord was hier helemaal goed.")
    /// Waiting for the instructor after the reveal.
    static let discuss = Localized(en: "Discuss with the class; the instructor moves on.", nl: "Bespreek het met de klas; de docent gaat verder.")
    /// The private summary.
    static func summary(answered: Int, right: Int, asked: Int) -> Localized {
        Localized(en: "The live run is over. You answered \(answered) of \(asked) questions, \(right) of them right. Only you see this.",
                  nl: "De live-ronde is voorbij. Je beantwoordde \(answered) van de \(asked) vragen, waarvan \(right) goed. Alleen jij ziet dit.")
    }
    /// Removed by the instructor.
    static let removed = Localized(en: "The instructor took you out of this live run.", nl: "De docent heeft je uit deze live-ronde gehaald.")
    /// The scenario is not in this trainer's library.
    static let unknownScenario = Localized(en: "This scenario is not in your library; wait for the next question.",
                                           nl: "Dit scenario staat niet in je bibliotheek; wacht op de volgende vraag.")
    /// Key hints.
    static let keyAnswer = Localized(en: "answer", nl: "antwoord")
    static let keyMenu = Localized(en: "menu", nl: "menu")
    /// The help section.
    static let helpHeading = Localized(en: "Live class", nl: "Live met de klas")
    static let helpLines = [
        Localized(en: "↑↓ 1-9         choose an answer", nl: "↑↓ 1-9         kies een antwoord"),
        Localized(en: "Enter          answer (you may change it while answering is open)",
                  nl: "Enter          antwoord (wijzigen kan zolang het antwoorden open is)"),
    ]
}
