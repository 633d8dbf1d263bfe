import AllyCore
import AllyUI

/// The plain front end's sentences in English and Dutch.
struct PlainStrings {
    let language: Language

    private func t(_ en: String, _ nl: String) -> String { language == .en ? en : nl }

    var intro: String {
        t("Ally — customer-service trainer (plain mode). Answer with a number and Enter; q leaves.",
          "Ally — klantenservicetrainer (tekstmodus). Antwoord met een nummer en Enter; q stopt.")
    }
    var scenarioList: String { t("Scenarios", "Scenario's") }
    var pickScenario: String { t("Which scenario?", "Welk scenario?") }
    var noScenarios: String { t("There are no scenarios in this language.", "Er zijn geen scenario's in deze taal.") }
    var customer: String { Strings.customer(language) }
    // The trainer's word ("Omgeving"), not a second one ("Plaats").
    var setting: String { Strings.setting(language) }
    // The questions, the cues and the judgements are the trainer's words, so plain mode says the same.
    var cues: String { Strings.cues(language) }
    var mood: String { t("Mood", "Stemming") }
    var identifyQuestion: String { Strings.askIdentify(language) }
    var strategyQuestion: String { Strings.askStrategy(language) }
    var replyQuestion: String { Strings.askReply(language) }
    func decision(_ k: Int, of n: Int) -> String { t("Decision \(k) of \(n)", "Beslissing \(k) van \(n)") }
    func timed(_ seconds: Int) -> String {
        t("(timed: \(seconds) s in the full-screen trainer; no clock in plain mode)",
          "(getimed: \(seconds) s in de schermversie; geen klok in tekstmodus)")
    }
    func invalid(_ count: Int) -> String {
        t("Please answer with a number from 1 to \(count), or q to leave.",
          "Antwoord met een nummer van 1 tot en met \(count), of q om te stoppen.")
    }
    var endOfInput: String {
        t("End of input: you left the scenario. It stays unfinished; the next start offers to go on where you left off.",
          "Einde van de invoer: je hebt het scenario verlaten. Het blijft onafgemaakt; de volgende keer kun je verdergaan waar je was.")
    }
    var leftBySignal: String {
        t("You left the scenario. It stays unfinished; the next start offers to go on where you left off.",
          "Je hebt het scenario verlaten. Het blijft onafgemaakt; de volgende keer kun je verdergaan waar je was.")
    }
    var left: String { t("You left the scenario; this attempt is not scored.", "Je hebt het scenario verlaten; deze poging telt niet mee.") }
    func typeChange(_ change: TypeChange, of name: String) -> String {
        "⇄ " + Strings.typeChange(name, to: change.to.name(in: language), from: change.from.name(in: language))(language)
    }
    var debrief: String { Strings.debrief(language) }
    var outcome: String { Strings.outcome(language) }
    var score: String { t("Score", "Score") }
    var notTested: String { Strings.notTested(language) }
    var yourPath: String { t("Your decisions, with the ideal beside each", "Jouw beslissingen, met de ideale ernaast") }
    var ideal: String { t("ideal", "ideaal") }
    var you: String { t("you", "jij") }
    var idealPath: String { t("The ideal path", "Het ideale pad") }
    var servqual: String { Strings.servqualServed(language) }
    var none: String { Strings.none(language) }
    var time: String { t("Time", "Tijd") }
    func notSaved(_ reason: String) -> String { t("Not saved yet: \(reason)", "Nog niet bewaard: \(reason)") }
    func resumeQuestion(_ k: Int) -> String {
        t("You left this scenario unfinished at decision \(k). Go on where you left off?",
          "Je hebt dit scenario onafgemaakt verlaten bij beslissing \(k). Verdergaan waar je was?")
    }
    var resume: String { t("go on where I left off", "verdergaan waar ik was") }
    var startAgain: String { t("start again", "opnieuw beginnen") }
    var keptUnfinished: String {
        t("Your unfinished attempt is kept; the next start offers it again.",
          "Je onafgemaakte poging blijft bewaard; de volgende keer kun je erin verder.")
    }
    var endedBeforeSaved: String {
        t("Your last attempt at this scenario had reached its end before its result was saved. Its result is saved now:",
          "Je vorige poging aan dit scenario was al afgelopen voordat de uitslag bewaard was. De uitslag is nu bewaard:")
    }
    func unsaved(_ count: Int, _ reason: String) -> String {
        t("\(count) decision(s) could not be saved and are lost: \(reason)",
          "\(count) beslissing(en) konden niet worden bewaard en zijn verloren: \(reason)")
    }
    func playingUnsaved(_ reason: String) -> String {
        t("Your progress is not saved this time: \(reason)", "Je voortgang wordt deze keer niet bewaard: \(reason)")
    }
    func unknownScenario(_ id: String) -> String {
        t("There is no scenario '\(id)'. 'ally play --plain' without --scenario lists them.",
          "Er is geen scenario '\(id)'. 'ally play --plain' zonder --scenario toont ze.")
    }
}
