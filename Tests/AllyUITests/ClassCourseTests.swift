import AllyCore
import AllyUI
import Testing

/// `ally serve --course`: the class's course starts where the trainee is in it.
@Suite struct ClassCourseTests {
    func menu(best: [String: Int] = [:], unfinished: UnfinishedAttempt? = nil) -> AppModel {
        var m = AppModel(library: SampleContent.library, language: .en)
        m.traineeName = "anna"
        m.screen = .menu(MenuState(m.context))
        m = App.update(m, .profileLoaded(nil, unfinished), now: 0).0
        return App.update(m, .bestScoresLoaded(best), now: 0).0
    }

    @Test func aNewTraineeStartsAtTheFirstScenarioOfTheCourse() {
        let m = App.update(menu(), .classCourse("sample-course"), now: 1).0
        #expect(m.screen.play != nil)
        #expect(m.screen.play?.scenario.id == "garage-warranty-en")
        #expect(m.screen.play?.course?.index == 0 && m.screen.play?.course?.scenarioIDs.count == 2)
    }

    @Test func aTraineeWhoFinishedTheFirstGoesOnWithTheSecond() {
        let m = App.update(menu(best: ["garage-warranty-en": 80]), .classCourse("sample-course"), now: 1).0
        #expect(m.screen.play?.scenario.id == "library-card-en")
        #expect(m.screen.play?.course?.index == 1)
    }

    @Test func anUnfinishedAttemptResumesAtItsDecisionAsPartOfTheCourse() {
        let unfinished = UnfinishedAttempt(scenarioID: "library-card-en", decisions: [TimedDecision(.identify(.ally))])
        let m = App.update(menu(best: ["garage-warranty-en": 80], unfinished: unfinished), .classCourse("sample-course"), now: 1).0
        #expect(m.screen.play?.scenario.id == "library-card-en")
        #expect(m.screen.play?.decisions.count == 1)
        #expect(m.screen.play?.course?.index == 1)
    }

    @Test func aFinishedCourseOrAnUnknownOneLeavesTheMenu() {
        let done = App.update(menu(best: ["garage-warranty-en": 80, "library-card-en": 70]), .classCourse("sample-course"), now: 1).0
        #expect(done.screen.menu != nil)
        #expect(App.update(menu(), .classCourse("no-such-course"), now: 1).0.screen.menu != nil)
    }
}
