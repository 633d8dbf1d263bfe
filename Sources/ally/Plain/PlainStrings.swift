import AllyCore
import AllyUI

/// The plain front end's sentences in English and Dutch.
struct PlainStrings {
    let language: Language


    var intro: String {
        language.text("plain.intro")
    }
    var scenarioList: String { language.text("plain.scenarioList") }
    var pickScenario: String { language.text("plain.pickScenario") }
    var noScenarios: String { language.text("plain.noScenarios") }
    var customer: String { Strings.customer(language) }
    // The trainer's word ("Omgeving"), not a second one ("Plaats").
    var setting: String { Strings.setting(language) }
    // The questions, the cues and the judgements are the trainer's words, so plain mode says the same.
    var cues: String { Strings.cues(language) }
    var mood: String { language.text("plain.mood") }
    var identifyQuestion: String { Strings.askIdentify(language) }
    var strategyQuestion: String { Strings.askStrategy(language) }
    var replyQuestion: String { Strings.askReply(language) }
    func decision(_ k: Int, of n: Int) -> String { language.text("plain.decision", ["k": k, "n": n]) }
    func timed(_ seconds: Int) -> String {
        language.text("plain.timed", ["seconds": seconds])
    }
    func invalid(_ count: Int) -> String {
        language.text("plain.invalid", ["count": count])
    }
    var endOfInput: String {
        language.text("plain.endOfInput")
    }
    var leftBySignal: String {
        language.text("plain.leftBySignal")
    }
    var left: String { language.text("plain.left") }
    func typeChange(_ change: TypeChange, of name: String) -> String {
        "⇄ " + Strings.typeChange(name, to: change.to.name(in: language), from: change.from.name(in: language))(language)
    }
    var debrief: String { Strings.debrief(language) }
    var outcome: String { Strings.outcome(language) }
    var score: String { language.text("plain.score") }
    var notTested: String { Strings.notTested(language) }
    var yourPath: String { language.text("plain.yourPath") }
    var ideal: String { language.text("plain.ideal") }
    var you: String { language.text("plain.you") }
    var idealPath: String { language.text("plain.idealPath") }
    var servqual: String { Strings.servqualServed(language) }
    var none: String { Strings.none(language) }
    var time: String { language.text("plain.time") }
    func notSaved(_ reason: String) -> String { language.text("plain.notSaved", ["reason": reason]) }
    func resumeQuestion(_ k: Int) -> String {
        language.text("plain.resumeQuestion", ["k": k])
    }
    var resume: String { language.text("plain.resume") }
    var startAgain: String { language.text("plain.startAgain") }
    var keptUnfinished: String {
        language.text("plain.keptUnfinished")
    }
    var endedBeforeSaved: String {
        language.text("plain.endedBeforeSaved")
    }
    func unsaved(_ count: Int, _ reason: String) -> String {
        language.text("plain.unsaved", ["count": count, "reason": reason])
    }
    func playingUnsaved(_ reason: String) -> String {
        language.text("plain.playingUnsaved", ["reason": reason])
    }
    func unknownScenario(_ id: String) -> String {
        language.text("plain.unknownScenario", ["id": id])
    }
}
