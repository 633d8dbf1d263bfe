import AllyCore
import AllyTerminal
import AllyTestSupport
import Testing
@testable import AllyUI

/// The full-screen drill on a concept card: the step's evidence, the question with its answer set,
/// the answer recorded as a concept answer, and the feedback that explains why.
@Suite struct DrillConceptTests {
    /// The pool scenario's basics step, in `language`: enough to pose the card.
    static func pool(_ language: Language) -> Scenario {
        let nl = language == .nl
        return Scenario(
            id: "pool-changing-room-\(language.rawValue)", language: language,
            title: nl ? "Een halve sleutel" : "Half a key",
            setting: nl ? "Familiekleedkamer van een gemeentelijk zwembad" : "Family changing room at a council swimming pool",
            customer: Customer(name: nl ? "Dhr. Ramdin" : "Mr Ramdin", type: .victim, expectation: 3, mood: -1), start: "arrive",
            steps: [
                Step(id: "arrive", phase: .greet, say: nl ? "Kijk. Afgebroken." : "Look. Snapped off.", asks: [.identify, .strategy],
                     choices: [Choice(text: nl ? "Ik help u." : "I'll help you.", quality: 2, next: "locker")]),
                Step(id: "locker", phase: .needs,
                     narration: nl ? "Op de tegels staan plassen en twee kluisdeuren hangen scheef. De peuterles kost voortaan elf euro."
                                   : "There are puddles on the tiles and two locker doors hang crooked. The toddler lesson now costs eleven euros.",
                     say: nl ? "Elf euro per les, en kijk eens hoe het hier bijligt." : "Eleven euros a lesson, and look at the state of it in here.",
                     cues: [nl ? "noemt het nieuwe tarief" : "mentions the new fee"], asks: [.basics], answers: [.basics: "surroundings"],
                     explanations: [.basics: nl ? "De basis komt eerst: zolang die niet in orde is, kleurt hij de rest."
                                                : "The basics come first: as long as they are not in order, they colour the rest."],
                     choices: [Choice(text: nl ? "Ik laat dweilen." : "I'll have it mopped.", quality: 2, next: "end")]),
            ],
            endings: [Ending(id: "end", texts: [.delighted: EndingText(say: nl ? "Dank u." : "Thanks.")])])
    }

    /// The drill on its concept round, for a trainee who knows the type and once got the basics wrong.
    static func conceptRound(_ language: Language, size: TerminalSize) -> AppModel {
        let library = TrainingLibrary(scenarios: [pool(.en), pool(.nl)])
        var m = Storyboard.press(Storyboard.type("Ana") + [.enter], AppModel(library: library, language: language, size: size))
        let index = m.menuItems.firstIndex(of: .drill)!
        m = Storyboard.press([.char(Character("\(index + 1)"))], m)
        let history = DrillHistory(
            answers: [.identify(.victim, truth: .victim, time: 590)],
            conceptAnswers: [.drill(.basics, chosen: "price", truth: "surroundings", time: 590)], now: 600)
        m = App.update(m, .drillLoaded(history), now: m.now + 1).0
        var drill = m.screen.drill!
        drill.index = drill.rounds.firstIndex { $0.card == DrillCard.concept(.basics, "surroundings") }!
        drill.stage = .concept
        m.screen = .drill(drill)
        return m
    }

    @Test(arguments: [Language.en, .nl], [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40)])
    func snapshots(language: Language, size: TerminalSize) throws {
        let asking = Self.conceptRound(language, size: size)
        try Snapshot.check(App.frame(asking), named: "\(language.rawValue)-drill-concept-\(size.columns)x\(size.rows)")
        let surroundings = ConceptKind.basics.answers.firstIndex(of: "surroundings")!
        let answered = press([.char(Character("\(surroundings + 1)")), .enter], asking)
        try Snapshot.check(App.frame(answered), named: "\(language.rawValue)-drill-concept-feedback-\(size.columns)x\(size.rows)")
    }

    @Test func aConceptRoundAsksItsQuestionAndRecordsAConceptAnswer() {
        var m = Self.conceptRound(.en, size: AppModel.minimumSize)
        let frame = App.frame(m).lines.joined(separator: "\n")
        #expect(frame.contains(ConceptKind.basics.question(in: .en)))
        #expect(frame.contains("puddles on the tiles"))
        // A bare Enter answers nothing; a digit selects, Enter answers.
        #expect(press([.enter], m).screen.drill?.stage == .concept)
        let price = ConceptKind.basics.answers.firstIndex(of: "price")!
        m = press([.char(Character("\(price + 1)"))], m)
        let (answered, commands) = send(.key(.enter), m)
        #expect(answered.screen.drill?.stage == .conceptFeedback(chosen: "price"))
        guard case .recordConceptDrill(let recorded, let scenarioID)? = commands.first else {
            Issue.record("no recordConceptDrill command")
            return
        }
        #expect(scenarioID == "pool-changing-room-en")
        #expect(recorded.map(\.kind) == [.basics] && recorded.map(\.truth) == ["surroundings"] && recorded.map(\.credit) == [0])
        let feedback = App.frame(answered).lines.joined(separator: " ")
        #expect(feedback.contains("Not the price but the surroundings"))
        // The summary counts the round and names the card that slipped or improved.
        let done = press([.escape], answered)
        #expect(done.screen.drill?.stage == .done)
        #expect(App.frame(done).lines.joined().contains("1 round"))
    }
}
