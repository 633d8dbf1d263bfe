import AllyCore

/// The texts of the live class run, Dutch first (kept together for the catalogue).
enum LiveText {
    /// The title bar.
    static let title = Localized("liveScreen.title")
    /// The lobby.
    static let lobby = Localized("liveScreen.lobby")
    /// Waiting for the first question.
    static let waitingStart = Localized("liveScreen.waitingStart")
    /// The question's number.
    static func question(_ number: Int) -> Localized { Localized("liveScreen.question", ["number": number]) }
    /// The reply question.
    static let askReply = Localized("liveScreen.askReply")
    /// The type question.
    static let askType = Localized("liveScreen.askType")
    /// The strategy question.
    static let askStrategy = Localized("liveScreen.askStrategy")
    /// The answer is stored and counted; it may still change.
    static let answered = Localized("liveScreen.answered")
    /// The answer could not be stored.
    static let notSaved = Localized("liveScreen.notSaved")
    /// Answering closed.
    static let closed = Localized("liveScreen.closed")
    /// Answering closed without an answer of theirs.
    static let closedNone = Localized("liveScreen.closedNone")
    /// Their answer, as the reveal shows it.
    static let yourAnswer = Localized("liveScreen.yourAnswer")
    /// The right answer, as the reveal shows it.
    static let rightAnswer = Localized("liveScreen.rightAnswer")
    /// No right answer this time.
    static let noneRight = Localized("liveScreen.noneRight")
    /// Waiting for the instructor after the reveal.
    static let discuss = Localized("liveScreen.discuss")
    /// The private summary.
    static func summary(answered: Int, right: Int, asked: Int) -> Localized {
        Localized("liveScreen.summary", ["answered": answered, "asked": asked, "right": right])
    }
    /// Removed by the instructor.
    static let removed = Localized("liveScreen.removed")
    /// The scenario is not in this trainer's library.
    static let unknownScenario = Localized("liveScreen.unknownScenario")
    /// Key hints.
    static let keyAnswer = Localized("liveScreen.keyAnswer")
    static let keyMenu = Localized("liveScreen.keyMenu")
    /// The help section.
    static let helpHeading = Localized("liveScreen.helpHeading")
    static let helpLines = [
        Localized("liveScreen.helpLines"),
        Localized("liveScreen.helpLines.2"),
    ]
}
