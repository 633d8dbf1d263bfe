import AllyCore

/// Every string of the interface, in English and Dutch.
///
/// Built only from `Localized`, which cannot exist without both languages, so a missing
/// translation is a compile error rather than a blank on screen.
public enum Strings {
    // MARK: General

    /// The program's name.
    public static let appName = Localized(en: "Ally", nl: "Ally")
    /// The one-line promise under the name.
    public static let tagline = Localized(
        en: "Read the customer, name the type, make them an ally.",
        nl: "Lees de klant, benoem het type, maak er een bondgenoot van.")

    // MARK: Key hints

    /// Hint: move the selection.
    public static let keyMove = Localized(en: "move", nl: "kies")
    /// Hint: pick an option by number.
    public static let keyPick = Localized(en: "pick", nl: "direct")
    /// Hint: confirm the selection.
    public static let keyChoose = Localized(en: "choose", nl: "bevestig")
    /// Hint: go back.
    public static let keyBack = Localized(en: "back", nl: "terug")
    /// Hint: leave the scenario.
    public static let keyLeave = Localized(en: "leave", nl: "stoppen")
    /// Hint: open help.
    public static let keyHelp = Localized(en: "help", nl: "hulp")
    /// Hint: quit the program.
    public static let keyQuit = Localized(en: "quit", nl: "afsluiten")
    /// Hint: continue.
    public static let keyContinue = Localized(en: "continue", nl: "verder")
    /// Hint: scroll.
    public static let keyScroll = Localized(en: "scroll", nl: "scrollen")
    /// Hint: toggle the one-line reminders.
    public static let keyReminders = Localized(en: "reminders", nl: "geheugensteun")
    /// Hint: switch field.
    public static let keyField = Localized(en: "next field", nl: "volgend veld")
    /// Hint: change the language.
    public static let keyLanguage = Localized(en: "language", nl: "taal")
    /// Hint: close an overlay.
    public static let keyClose = Localized(en: "close", nl: "sluiten")
    /// Hint: stop a scenario for now, to continue later.
    public static let keyStopForNow = Localized(en: "stop for now", nl: "nu stoppen")
    /// Hint: cancel a question.
    public static let keyCancel = Localized(en: "cancel", nl: "annuleren")

    // MARK: Welcome

    /// Welcome screen heading.
    public static let welcomeTitle = Localized(en: "Welcome to Ally", nl: "Welkom bij Ally")
    /// Label of the name field.
    public static let yourName = Localized(en: "Your name", nl: "Je naam")
    /// Placeholder in an empty name field.
    public static let typeYourName = Localized(en: "(type your name)", nl: "(typ je naam)")
    /// Label of the language choice.
    public static let interfaceLanguage = Localized(en: "Interface language", nl: "Taal van de interface")
    /// Shown when Enter is pressed with an empty name.
    public static let nameNeeded = Localized(
        en: "Please type your name first.", nl: "Typ eerst je naam.")
    /// Instruction under the form.
    public static let welcomeStart = Localized(en: "Press Enter to start.", nl: "Druk op Enter om te beginnen.")

    // MARK: Menu

    /// The menu's title.
    public static let menuTitle = Localized(en: "Menu", nl: "Menu")
    /// Menu heading, with the trainee's name.
    public static func hello(_ name: String) -> Localized {
        Localized(en: "Hello, \(name)", nl: "Hallo, \(name)")
    }
    /// Menu item: resume an unfinished attempt.
    public static func resume(_ title: String) -> Localized {
        Localized(en: "Resume: \(title)", nl: "Hervatten: \(title)")
    }
    /// Menu item: play a scenario.
    public static let playScenario = Localized(en: "Play a scenario", nl: "Een scenario spelen")
    /// Menu item: play a course.
    public static let playCourse = Localized(en: "Play a course", nl: "Een cursus spelen")
    /// Menu item: progress.
    public static let progress = Localized(en: "Progress", nl: "Voortgang")
    /// Menu item: help.
    public static let help = Localized(en: "Help", nl: "Hulp")
    /// Menu item: quit.
    public static let quit = Localized(en: "Quit", nl: "Afsluiten")
    /// Explanation of the resume item.
    public static let resumeNote = Localized(
        en: "You left a scenario unfinished; carry on where you were.",
        nl: "Je hebt een scenario niet afgemaakt; ga verder waar je was.")
    /// Explanation of the scenario item.
    public static let playScenarioNote = Localized(
        en: "One customer; pick by language, setting and difficulty.",
        nl: "Eén klant; kies op taal, omgeving en moeilijkheid.")
    /// Explanation of the course item.
    public static let playCourseNote = Localized(
        en: "Play a series of scenarios in order, as in a class.",
        nl: "Speel een reeks scenario's op volgorde, zoals in een les.")
    /// Explanation of the progress item.
    public static let progressNote = Localized(
        en: "Your attempts and how well you name each type.",
        nl: "Je pogingen en hoe goed je elk type herkent.")
    /// Explanation of the help item.
    public static let helpNote = Localized(
        en: "The keys, the nine types and the five strategy families.",
        nl: "De toetsen, de negen typen en de vijf strategiefamilies.")
    /// Explanation of the quit item.
    public static let quitNote = Localized(en: "Leave Ally. Your progress is kept.", nl: "Ally verlaten. Je voortgang blijft bewaard.")

    // MARK: Browser

    /// Browser heading.
    public static let chooseScenario = Localized(en: "Choose a scenario", nl: "Kies een scenario")
    /// Filter label: language.
    public static let language = Localized(en: "Language", nl: "Taal")
    /// Filter label: setting.
    public static let setting = Localized(en: "Setting", nl: "Omgeving")
    /// Filter label: difficulty.
    public static let difficulty = Localized(en: "Difficulty", nl: "Moeilijkheid")
    /// Filter value: no filter.
    public static let all = Localized(en: "all", nl: "alle")
    /// Shown when no scenario passes the filters.
    public static let noScenarios = Localized(
        en: "No scenarios match these filters.", nl: "Geen scenario's bij deze filters.")
    /// Shown when the library holds no scenarios at all.
    public static let emptyLibrary = Localized(
        en: "There are no scenarios in Content/ yet.", nl: "Er staan nog geen scenario's in Content/.")
    /// The name of a difficulty level.
    public static func difficultyName(_ level: Int) -> Localized {
        switch level {
        case ...1: Localized(en: "easy", nl: "makkelijk")
        case 2: Localized(en: "medium", nl: "gemiddeld")
        default: Localized(en: "hard", nl: "moeilijk")
        }
    }
    /// Label of the best score in the browser.
    public static let yourBest = Localized(en: "Your best score", nl: "Je beste score")
    /// A scenario not finished yet.
    public static let notPlayed = Localized(en: "not played yet", nl: "nog niet gespeeld")
    /// Label before the customer's name in the browser.
    public static let customer = Localized(en: "Customer", nl: "Klant")
    /// Hint: the filter keys.
    public static let keyFilters = Localized(en: "filters", nl: "filters")

    // MARK: Courses

    /// Course list heading.
    public static let chooseCourse = Localized(en: "Choose a course", nl: "Kies een cursus")
    /// Shown when there are no courses.
    public static let noCourses = Localized(
        en: "There are no courses in this language yet.", nl: "Er zijn nog geen cursussen in deze taal.")
    /// The number of scenarios in a course.
    public static func scenarioCount(_ count: Int) -> Localized {
        Localized(en: count == 1 ? "1 scenario" : "\(count) scenarios", nl: count == 1 ? "1 scenario" : "\(count) scenario's")
    }
    /// Where a course goes on, when some of it was played.
    public static func courseGoesOn(_ number: Int, _ title: String) -> Localized {
        Localized(en: "Goes on at \(number): \(title)", nl: "Gaat verder bij \(number): \(title)")
    }
    /// Course progress in the play header.
    public static func courseStep(_ index: Int, _ count: Int) -> Localized {
        Localized(en: "course \(index) of \(count)", nl: "cursus \(index) van \(count)")
    }

    // MARK: Play

    /// "decision k of n" in the header.
    public static func decision(_ k: Int, of n: Int) -> Localized {
        Localized(en: "decision \(k) of \(n)", nl: "beslissing \(k) van \(n)")
    }
    /// The countdown in the header.
    public static func timeLeft(_ seconds: Int) -> Localized {
        Localized(en: "⏱ \(seconds) s left", nl: "⏱ nog \(seconds) s")
    }
    /// Label of the mood meter.
    public static let mood = Localized(en: "mood", nl: "stemming")
    /// Label of the cues.
    public static let cues = Localized(en: "You notice", nl: "Je ziet")
    /// The identify question.
    public static let askIdentify = Localized(
        en: "What type of customer is this?", nl: "Wat voor type klant is dit?")
    /// The strategy question.
    public static let askStrategy = Localized(
        en: "Which strategy makes this customer an ally?", nl: "Welke strategie maakt van deze klant een bondgenoot?")
    /// The reply question.
    public static let askReply = Localized(en: "How do you reply?", nl: "Wat antwoord je?")
    /// Judgement: right.
    public static let right = Localized(en: "✓ Right", nl: "✓ Goed")
    /// Judgement: partly right.
    public static let partlyRight = Localized(en: "≈ Partly right", nl: "≈ Gedeeltelijk goed")
    /// Judgement: wrong.
    public static let wrong = Localized(en: "✗ Wrong", nl: "✗ Fout")
    /// Judgement: neither.
    public static let noted = Localized(en: "• Noted", nl: "• Genoteerd")
    /// A customer changed type.
    public static func typeChange(_ name: String, to: String, from: String) -> Localized {
        Localized(en: "\(name) has turned from \(from) into \(to).", nl: "\(name) is van \(from) veranderd in \(to).")
    }
    /// Label of the customer's last words.
    public static let conversationEnds = Localized(en: "The conversation ends", nl: "Het gesprek eindigt")
    /// Label of the choice just made.
    public static let youChose = Localized(en: "You chose", nl: "Je koos")
    /// The question on leaving a scenario.
    public static let confirmLeave = Localized(en: "Leave this scenario?", nl: "Dit scenario verlaten?")
    /// Leaving: stop now and resume later from the menu.
    public static let leaveLater = Localized(
        en: "Stop for now; continue later from the menu", nl: "Nu stoppen; later verdergaan via het menu")
    /// Leaving: end the attempt, which counts as given up.
    public static let leaveGiveUp = Localized(
        en: "Give up this attempt (it counts as given up)", nl: "Deze poging opgeven (telt als opgegeven)")
    /// Leaving: back to the question.
    public static let leaveCancel = Localized(en: "Cancel: keep playing", nl: "Annuleren: verder spelen")
    /// The other keys of the leave question.
    public static let leaveKeys = Localized(
        en: "Enter or y: stop for now · Esc or n: cancel", nl: "Enter, j of y: nu stoppen · Esc of n: annuleren")
    /// Hint on the toggle when reminders are off.
    public static let remindersOff = Localized(en: "reminders off", nl: "geheugensteun uit")
    /// The time ran out.
    public static let timeUp = Localized(en: "Time is up.", nl: "De tijd is om.")

    // MARK: Debrief

    /// Debrief heading.
    public static let debrief = Localized(en: "Debrief", nl: "Nabespreking")
    /// The total score.
    public static func total(_ points: Int) -> Localized {
        Localized(en: "score \(points)/100", nl: "score \(points)/100")
    }
    /// Section: score per part.
    public static let scoreSection = Localized(en: "Score per part", nl: "Score per onderdeel")
    /// A part the scenario did not test.
    public static let notTested = Localized(en: "not tested", nl: "niet getoetst")
    /// Section: the outcome.
    public static let outcome = Localized(en: "Outcome", nl: "Uitkomst")
    /// The menu item while time limits are on.
    public static let timeLimitsOn = Localized(en: "Time limits: on", nl: "Tijdslimieten: aan")
    /// The menu item while time limits are off.
    public static let timeLimitsOff = Localized(en: "Time limits: off", nl: "Tijdslimieten: uit")
    /// What the time-limits item does.
    public static let timeLimitsNote = Localized(
        en: "Turn time limits off, or on again; for slow readers.",
        nl: "Zet tijdslimieten uit of weer aan; voor wie langzaam leest.")
    /// The browser's label for whether a scenario has time limits.
    public static let timeLimit = Localized(en: "Time limit", nl: "Tijdslimiet")
    /// A scenario with a time limit on some replies.
    public static let timed = Localized(en: "on some replies", nl: "bij sommige antwoorden")
    /// A timed scenario while time limits are off (--no-timers).
    public static let timedButOff = Localized(en: "on some replies (off: --no-timers)", nl: "bij sommige antwoorden (uit: --no-timers)")
    /// A scenario without time limits.
    public static let untimed = Localized(en: "none", nl: "geen")
    /// Under a dissatisfied outcome: why the score cannot pass.
    public static let customerLost = Localized(
        en: "The customer leaves dissatisfied: such an attempt does not pass, whatever its points.",
        nl: "De klant vertrekt ontevreden: zo'n poging haalt het niet, hoeveel punten ook.")
    /// On a debrief of an attempt played with time limits off.
    public static let playedUntimed = Localized(
        en: "Played without time limits.", nl: "Gespeeld zonder tijdslimieten.")
    /// Section: the paths.
    public static let yourPath = Localized(en: "Your path", nl: "Jouw route")
    /// Column: the ideal path.
    public static let idealPath = Localized(en: "Ideal", nl: "Ideaal")
    /// Section: the ideal path through the scenario.
    public static let idealRoute = Localized(en: "The ideal path, reply by reply", nl: "De ideale route, antwoord voor antwoord")
    /// Section: feedback on wrong choices.
    public static let whatWentWrong = Localized(en: "What to do differently", nl: "Wat kan beter")
    /// Nothing went wrong.
    public static let allRight = Localized(
        en: "Nothing: every decision was right.", nl: "Niets: elke beslissing was goed.")
    /// Section: SERVQUAL, named for what it is on first sight (the help explains it further).
    public static let servqualServed = Localized(
        en: "Service quality your replies showed (SERVQUAL's five dimensions)",
        nl: "Servicekwaliteit in je antwoorden (de vijf SERVQUAL-dimensies)")
    /// Before the reply that turned the customer into another type.
    public static let afterReply = Localized(en: "After your reply", nl: "Na je antwoord")
    /// The label of the debrief's sparkline.
    public static let timeSparkline = Localized(en: "time per decision, first to last:", nl: "tijd per beslissing, eerste tot laatste:")
    /// The label of the progress screen's sparkline.
    public static func scoreSparkline(_ count: Int) -> Localized {
        Localized(en: "scores of the last \(count), oldest first:", nl: "scores van de laatste \(count), oudste eerst:")
    }
    /// The latest score, after the sparkline.
    public static func lastScore(_ total: Int) -> Localized {
        Localized(en: "last \(total)", nl: "laatste \(total)")
    }
    /// No dimension served.
    public static let none = Localized(en: "none", nl: "geen")
    /// Section: time per decision.
    public static let timePerDecision = Localized(en: "Time per decision", nl: "Tijd per beslissing")
    /// Seconds, with a number.
    public static func seconds(_ value: Double) -> Localized {
        let text = value < 10 ? String(format1(value)) : String(Int(value.rounded()))
        return Localized(en: "\(text) s", nl: "\(text) s")
    }
    /// Column: the time a decision took.
    public static let time = Localized(en: "time", nl: "tijd")
    /// The total time.
    public static let totalTime = Localized(en: "total", nl: "totaal")
    /// Key hint: next scenario of a course.
    public static let nextScenario = Localized(en: "next scenario", nl: "volgend scenario")
    /// Key hint: play the same scenario again.
    public static let playAgain = Localized(en: "play again", nl: "opnieuw spelen")
    /// Key hint: back to the menu.
    public static let toMenu = Localized(en: "menu", nl: "menu")
    /// The course is finished.
    public static let courseDone = Localized(en: "This was the last scenario of the course.", nl: "Dit was het laatste scenario van de cursus.")
    /// The attempt was left before the end.
    public static let attemptLeft = Localized(en: "You left this attempt before the end.", nl: "Je hebt deze poging voor het einde verlaten.")

    // MARK: Progress

    /// Shown while the store is not connected.
    public static let progressNeedsStore = Localized(
        en: "Progress is kept for this session only: the progress store could not be opened.",
        nl: "Voortgang wordt alleen voor deze sessie bewaard: de voortgangsopslag kon niet worden geopend.")
    /// No attempts yet.
    public static let noAttempts = Localized(en: "No finished attempts yet.", nl: "Nog geen afgeronde pogingen.")
    /// Section: recent attempts.
    public static let recentAttempts = Localized(en: "Recent attempts", nl: "Recente pogingen")
    /// Section: types named right.
    public static let typesNamed = Localized(en: "How well you name each type", nl: "Hoe goed je elk type herkent")
    /// The type a type is most often mistaken for.
    public static func mistakenFor(_ name: String) -> Localized {
        Localized(en: "often taken for \(name)", nl: "vaak aangezien voor \(name)")
    }
    /// The types due for practice.
    public static let practiseNext = Localized(en: "Practise next", nl: "Oefen hierna")
    /// An attempt given up before its end.
    public static let givenUp = Localized(en: "given up", nl: "opgegeven")
    /// Not yet met.
    public static let notMet = Localized(en: "not met yet", nl: "nog niet ontmoet")

    // MARK: Help

    /// Help heading.
    public static let helpTitle = Localized(en: "Help", nl: "Hulp")
    /// Section: keys.
    public static let helpKeys = Localized(en: "Keys", nl: "Toetsen")
    /// Section: the keys of each screen.
    public static let helpKeysPerScreen = Localized(en: "Keys on each screen", nl: "Toetsen per scherm")
    /// The keys that work alike on every screen, in the help and its overlay. Key column 16 wide;
    /// every line fits the overlay at 80 columns (68) without wrapping.
    public static let helpKeyLines: [Localized] = [
        Localized(en: "↑ ↓ or j k      move the selection, or scroll a line",
                  nl: "↑ ↓ of j k      selectie verplaatsen, of een regel scrollen"),
        Localized(en: "1 – 9           pick an option directly", nl: "1 – 9           een optie direct kiezen"),
        Localized(en: "Enter or space  choose, continue", nl: "Enter of spatie kiezen, verder"),
        helpBackLine,
        Localized(en: "mouse           a click chooses; the wheel works as ↑ ↓",
                  nl: "muis            klikken kiest; het wieltje werkt als ↑ ↓"),
        Localized(en: "?               this help      Ctrl-C   quit at once",
                  nl: "?               deze hulp      Ctrl-C   direct afsluiten"),
        Localized(en: "Ctrl-Z          to the shell for a while; fg brings Ally back",
                  nl: "Ctrl-Z          even naar de shell; fg haalt Ally terug"),
    ]
    /// The general line about going back (not true in the preview, where q leaves at once).
    public static let helpBackLine = Localized(
        en: "Esc or q        back (leaving a scenario asks first)", nl: "Esc of q        terug (een scenario verlaten vraagt eerst)")
    /// Help heading: the keys of the welcome screen.
    public static let helpWelcome = Localized(en: "On the welcome screen", nl: "In het welkomstscherm")
    /// The keys of the welcome screen.
    public static let helpWelcomeKeys: [Localized] = [
        Localized(en: "Tab or ↑ ↓      the other field", nl: "Tab of ↑ ↓      het andere veld"),
        Localized(en: "← → or 1 2      the interface language (in its field)", nl: "← → of 1 2      de taal van de interface (in dat veld)"),
        Localized(en: "Enter           start      Esc   quit", nl: "Enter           beginnen      Esc   afsluiten"),
    ]
    /// Help heading: the keys of the menu.
    public static let helpMenu = Localized(en: "In the menu", nl: "In het menu")
    /// The keys of the menu.
    public static let helpMenuKeys: [Localized] = [
        Localized(en: "Esc or q        leave Ally (your progress is kept)", nl: "Esc of q        Ally verlaten (je voortgang blijft bewaard)"),
    ]
    /// Help heading: the keys of the scenario browser.
    public static let helpBrowser = Localized(en: "Choosing a scenario", nl: "Een scenario kiezen")
    /// The keys of the scenario browser.
    public static let helpBrowserKeys: [Localized] = [
        Localized(en: "l s d           filters: language, setting, difficulty", nl: "l s d           filters: taal, omgeving, moeilijkheid"),
        Localized(en: "PgUp PgDn       ten scenarios up or down", nl: "PgUp PgDn       tien scenario's omhoog of omlaag"),
        Localized(en: "✓ 85            played before; your best score", nl: "✓ 85            al gespeeld; je beste score"),
    ]
    /// Help heading: the keys of the course list.
    public static let helpCourses = Localized(en: "Choosing a course", nl: "Een cursus kiezen")
    /// The keys of the course list.
    public static let helpCoursesKeys: [Localized] = [
        Localized(en: "1-9 or Enter    start a course: its scenarios follow in order",
                  nl: "1-9 of Enter    een cursus starten: de scenario's volgen op volgorde"),
        Localized(en: "                from the first one you have not finished",
                  nl: "                vanaf het eerste dat je nog niet hebt afgerond"),
    ]
    /// Help heading: the keys while playing a scenario.
    public static let helpPlaying = Localized(en: "Playing a scenario", nl: "Een scenario spelen")
    /// The keys while playing, in the trainer and the preview alike.
    public static let helpPlayingKeys: [Localized] = [
        Localized(en: "1 – 9 or ↑ ↓    select an answer (nothing is selected at first)",
                  nl: "1 – 9 of ↑ ↓    antwoord selecteren (eerst is niets geselecteerd)"),
        Localized(en: "Enter           answer with the selection (or its digit again)",
                  nl: "Enter           antwoorden met de selectie (of nogmaals het cijfer)"),
        Localized(en: "PgUp PgDn       scroll the customer's words when they are long",
                  nl: "PgUp PgDn       de woorden van de klant scrollen als ze lang zijn"),
        Localized(en: "Enter or →      after the feedback: on to the next question",
                  nl: "Enter of →      na de feedback: door naar de volgende vraag"),
        Localized(en: "↑ ↓             scroll long feedback", nl: "↑ ↓             lange feedback scrollen"),
    ]
    /// The keys while playing in the trainer (the preview uses r and q for itself).
    public static let helpTrainerPlayingKeys: [Localized] = [
        Localized(en: "r               reminders of the types on or off", nl: "r               geheugensteun bij de typen aan of uit"),
        Localized(en: "Esc or q        leave: 1 stop for now, 2 give up, 3 cancel",
                  nl: "Esc of q        verlaten: 1 nu stoppen, 2 opgeven, 3 annuleren"),
    ]
    /// Help heading: the keys of `ally preview`.
    public static let helpPreview = Localized(en: "In the preview", nl: "In het voorbeeld")
    /// The keys of `ally preview`.
    public static let helpPreviewKeys: [Localized] = [
        Localized(en: "r               read the file again now (a save does it too)",
                  nl: "r               het bestand nu opnieuw lezen (bewaren doet dat ook)"),
        Localized(en: "Esc or q        leave the preview at once; nothing is saved",
                  nl: "Esc of q        het voorbeeld direct verlaten; niets wordt bewaard"),
    ]
    /// Help heading: the keys of the long pages.
    public static let helpPages = Localized(en: "Debrief and help pages", nl: "Nabespreking en hulp")
    /// The keys of the long pages: debrief, progress, help.
    public static let helpPagesKeys: [Localized] = [
        Localized(en: "↑ ↓ PgUp PgDn   scroll a line or a page", nl: "↑ ↓ PgUp PgDn   een regel of een pagina scrollen"),
        Localized(en: "Home End        to the top or the end", nl: "Home End        naar het begin of het einde"),
        Localized(en: "Enter           debrief: the course's next scenario, or the menu",
                  nl: "Enter           nabespreking: volgend cursusscenario, of het menu"),
        Localized(en: "a               debrief: play the same scenario again",
                  nl: "a               nabespreking: hetzelfde scenario opnieuw spelen"),
    ]
    /// Help heading: the keys of the progress screen.
    public static let helpProgress = Localized(en: "Progress", nl: "Voortgang")
    /// The keys of the progress screen.
    public static let helpProgressKeys: [Localized] = [
        Localized(en: "↑ ↓             choose a recent attempt; past the ends, scroll",
                  nl: "↑ ↓             een recente poging kiezen; aan de randen scrollen"),
        Localized(en: "Enter or 1 – 9  replay it decision by decision (a click too)",
                  nl: "Enter of 1 – 9  terugkijken, beslissing voor beslissing (of klik)"),
        Localized(en: "PgUp PgDn       scroll a page", nl: "PgUp PgDn       een pagina scrollen"),
        Localized(en: "Home End        to the top or the end", nl: "Home End        naar het begin of het einde"),
    ]
    /// Help heading: the keys of a replay.
    public static let helpReplay = Localized(en: "Replaying an attempt", nl: "Een poging terugkijken")
    /// The keys of a replay.
    public static let helpReplayKeys: [Localized] = [
        Localized(en: "← → or n p      previous or next decision (Enter: next)",
                  nl: "← → of n p      vorige of volgende beslissing (Enter: volgende)"),
        Localized(en: "↑ ↓ PgUp PgDn   scroll a long decision", nl: "↑ ↓ PgUp PgDn   een lange beslissing scrollen"),
        Localized(en: "Home End        to its top or its end", nl: "Home End        naar het begin of het einde"),
        Localized(en: "Esc or q        back to your progress", nl: "Esc of q        terug naar je voortgang"),
    ]
    /// Help heading: the keys of the drill.
    public static let helpDrill = Localized(en: "Drill", nl: "Oefenen")
    /// The keys of the drill.
    public static let helpDrillKeys: [Localized] = [
        Localized(en: "↑ ↓ 1 – 9 Enter select, then answer: the type, then the strategy",
                  nl: "↑ ↓ 1 – 9 Enter selecteren, dan antwoorden: type, dan strategie"),
        Localized(en: "Enter           after the feedback: the next round", nl: "Enter           na de feedback: de volgende ronde"),
        Localized(en: "Esc or q        stop and see what improved; again for the menu",
                  nl: "Esc of q        stoppen en zien wat beter ging; nog eens: menu"),
    ]
    /// Section: how play works.
    public static let helpPlay = Localized(en: "How a scenario works", nl: "Hoe een scenario werkt")
    /// The lines explaining play.
    public static let helpPlayLines: [Localized] = [
        Localized(
            en: "A customer talks. Name the type, pick the strategy family that makes them an ally, then reply.",
            nl: "Een klant praat. Benoem het type, kies de strategiefamilie die er een bondgenoot van maakt, en antwoord."),
        Localized(
            en: "Some steps are timed: waiting too long is an answer too, and rarely a good one.",
            nl: "Sommige stappen hebben een tijdslimiet: te lang wachten is ook een antwoord, zelden een goed."),
        Localized(
            en: "Every decision gets feedback at once; the debrief compares your path with the ideal one.",
            nl: "Elke beslissing krijgt direct feedback; de nabespreking zet jouw route naast de ideale."),
    ]
    /// Section: the words the debrief and progress use.
    public static let helpWords = Localized(en: "Words used in the debrief and progress", nl: "Woorden in de nabespreking en voortgang")
    /// What those words mean.
    public static let helpWordLines: [Localized] = [
        Localized(
            en: "SERVQUAL: five dimensions by which customers judge service (reliability, responsiveness, assurance, empathy, tangibles). The debrief shows which your replies served.",
            nl: "SERVQUAL: vijf dimensies waarop klanten service beoordelen (betrouwbaarheid, responsiviteit, zekerheid, empathie, tastbare zaken). De nabespreking laat zien welke je antwoorden dienden."),
        Localized(
            en: "Box 1 to 5: how often a type comes back in the drill. A right answer moves it up a box, so it returns later; a wrong one sends it back to box 1.",
            nl: "Bak 1 tot 5: hoe vaak een type terugkomt bij het oefenen. Een goed antwoord zet het een bak hoger, zodat het later terugkomt; een fout antwoord zet het terug in bak 1."),
        Localized(
            en: "Which type you named: rows are the customer's true type, columns the type you named (by its first letters), ? a question left unanswered.",
            nl: "Welk type je noemde: de rijen zijn het echte type van de klant, de kolommen het type dat je noemde (met de eerste letters), ? een vraag zonder antwoord."),
    ]
    /// Section: the types.
    public static let helpTypes = Localized(en: "The nine types", nl: "De negen typen")
    /// Section: the families.
    public static let helpFamilies = Localized(en: "The five strategy families", nl: "De vijf strategiefamilies")

    // MARK: Too small

    /// The too-small message.
    public static func tooSmall(columns: Int, rows: Int) -> Localized {
        Localized(
            en: "This needs 80×24; the window is \(columns)×\(rows).",
            nl: "Dit vraagt 80×24; het venster is \(columns)×\(rows).")
    }
    /// How to recover.
    public static let enlarge = Localized(
        en: "Enlarge the window to carry on, or press Ctrl-C to stop; nothing is lost.",
        nl: "Maak het venster groter om verder te gaan, of druk op Ctrl-C om te stoppen; er gaat niets verloren.")

    // MARK: Saving

    /// The hint row's warning while changes wait to be saved (kept in memory, retried).
    public static func saveDelayed(_ reason: SaveDelayed.Reason) -> Localized {
        switch reason {
        case .diskFull: Localized(en: "not saved yet: disk full", nl: "nog niet bewaard: schijf vol")
        case .busy: Localized(en: "not saved yet: store busy", nl: "nog niet bewaard: opslag bezet")
        }
    }

    /// The hint row's warning when the progress store could not be opened at all.
    public static let progressNotSaved = Localized(en: "progress not saved", nl: "voortgang niet bewaard")

    /// The help overlay's explanation of ``saveDelayed(_:)``.
    public static func saveDelayedHelp(_ reason: SaveDelayed.Reason) -> Localized {
        switch reason {
        case .diskFull:
            Localized(
                en: "Not saved yet: the disk is full. Ally keeps your answers and saves them, in order, as soon as there is room. If you quit first, it says what was not saved.",
                nl: "Nog niet bewaard: de schijf is vol. Ally houdt je antwoorden vast en bewaart ze, op volgorde, zodra er ruimte is. Stop je eerder, dan zegt Ally wat niet bewaard is.")
        case .busy:
            Localized(
                en: "Not saved yet: another program holds the progress store. Ally keeps your answers and saves them, in order, with your next answer. If you quit first, it says what was not saved.",
                nl: "Nog niet bewaard: een ander programma houdt de voortgang bezet. Ally houdt je antwoorden vast en bewaart ze, op volgorde, bij je volgende antwoord. Stop je eerder, dan zegt Ally wat niet bewaard is.")
        }
    }

    // MARK: Preview

    /// The preview's note in the header: nothing is recorded.
    public static let previewNotSaved = Localized(en: "preview — not saved", nl: "voorbeeld — niet bewaard")
    /// Hint: read the file again now.
    public static let keyReload = Localized(en: "reload", nl: "opnieuw laden")
    /// Status: the recorded decisions no longer fit the changed file.
    public static let previewRestarted = Localized(
        en: "The file changed and your decisions no longer fit it: restarted at the start.",
        nl: "Het bestand is veranderd en je beslissingen passen er niet meer in: opnieuw begonnen.")
    /// Status: the file was read again and play goes on where it was.
    public static let previewReloaded = Localized(
        en: "Reloaded: you are where you were.", nl: "Opnieuw geladen: je bent waar je was.")
    /// Heading of the diagnostics screen.
    public static func previewBroken(_ file: String, problems: Int) -> Localized {
        Localized(
            en: "\(file) cannot be played (\(problems) problem\(problems == 1 ? "" : "s")). Fix it and save: the preview reloads.",
            nl: "\(file) kan niet gespeeld worden (\(problems) probleem\(problems == 1 ? "" : "en")). Herstel en bewaar: het voorbeeld laadt opnieuw.")
    }
    /// Shown before the file has been read.
    public static func previewReading(_ file: String) -> Localized {
        Localized(en: "Reading \(file)…", nl: "\(file) wordt gelezen…")
    }

    /// One decimal, without Foundation's locale-dependent formatting.
    static func format1(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
