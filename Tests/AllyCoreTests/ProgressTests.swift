import Testing
@testable import AllyCore

@Suite struct ProgressTests {
    let day = SpacedRepetition.day

    @Test func answersComeFromTheRecordIncludingMissedQuestions() throws {
        // garage: hostage asked identify + strategy; a timeout at the first step misses both.
        let state = try play([.timeOut, .identify(.intolerant), .reply(0)])
        let answers = Answer.answers(in: state, time: 5)
        #expect(answers.map(\.question) == [.identify, .strategy, .identify])
        #expect(answers[0].named == nil && answers[0].credit == 0)
        #expect(answers[2].truth == .hostage)
        #expect(answers[2].named == .intolerant)
        #expect(answers[2].credit == 0.5)
        #expect(answers.allSatisfy { $0.time == 5 })
    }

    @Test func masteryIsTheMeanOfTheLastFiveIdentifications() {
        var answers: [Answer] = (0..<5).map { .identify(.patient, truth: .victim, time: Double($0)) }
        #expect(Mastery.byType(answers)[.victim] == 0)
        answers += (5..<10).map { .identify(.victim, truth: .victim, time: Double($0)) }
        // Five right answers push the five old mistakes out of the window.
        #expect(Mastery.byType(answers)[.victim] == 1)
        answers.append(.identify(.incompetent, truth: .victim, time: 10))
        #expect(Mastery.byType(answers)[.victim] == 0.9)
        #expect(Mastery.byType(answers)[.ally] == nil)
        // Strategy answers do not count for mastery.
        #expect(Mastery.byType([.strategy(.partWays, truth: .ally, time: 1)]).isEmpty)
    }

    @Test func masteryChangesListOnlyWhatMoved() {
        let changes = Mastery.changes(from: [.ally: 0.5, .victim: 1], to: [.ally: 0.8, .victim: 1, .hostage: 0])
        #expect(changes.map(\.type) == [.ally, .hostage])
        #expect(changes[1].before == nil)
    }

    @Test func confusionMatrixCountsTrueTypeAgainstNamedType() {
        let matrix = ConfusionMatrix([
            .identify(.patient, truth: .tolerant, time: 1),
            .identify(.patient, truth: .tolerant, time: 2),
            .identify(.tolerant, truth: .tolerant, time: 3),
            .identify(nil, truth: .tolerant, time: 4),
            .strategy(.partWays, truth: .tolerant, time: 5),
        ])
        #expect(matrix[.tolerant, .patient] == 2)
        #expect(matrix[.tolerant, .tolerant] == 1)
        #expect(matrix.unanswered[CustomerType.tolerant.index] == 1)
        #expect(matrix.total(truth: .tolerant) == 4)
        #expect(matrix.mostConfused(truth: .tolerant) == .patient)
        #expect(matrix.mostConfused(truth: .ally) == nil)
        #expect(matrix.counts.count == 9 && matrix.counts.allSatisfy { $0.count == 9 })
    }

    @Test func leitnerMovesUpOnExactStaysOnHalfAndFallsBackOnWrong() {
        var cards = SpacedRepetition.cards([])
        #expect(cards[.ally] == LeitnerCard(box: 1, lastSeen: nil, dueAt: 0))
        cards = SpacedRepetition.cards([
            .identify(.hostage, truth: .hostage, time: 0),
            .identify(.hostage, truth: .hostage, time: 10),
        ])
        #expect(cards[.hostage]!.box == 3)
        #expect(cards[.hostage]!.dueAt == 10 + 3 * day)
        cards = SpacedRepetition.cards([
            .identify(.hostage, truth: .hostage, time: 0),
            .identify(.anarchist, truth: .hostage, time: 10),   // same family: half credit, stays
        ])
        #expect(cards[.hostage]!.box == 2)
        #expect(cards[.hostage]!.dueAt == 10 + 1 * day)
        cards = SpacedRepetition.cards([
            .identify(.hostage, truth: .hostage, time: 0),
            .identify(.hostage, truth: .hostage, time: 1),
            .identify(.ally, truth: .hostage, time: 2),
        ])
        #expect(cards[.hostage]! == LeitnerCard(box: 1, lastSeen: 2, dueAt: 2))
        // Box 5 is the top.
        let many = (0..<8).map { Answer.identify(.ally, truth: .ally, time: Double($0)) }
        #expect(SpacedRepetition.cards(many)[.ally]!.box == 5)
    }

    @Test func drillPicksDueAndWeakestTypesFirst() {
        let now = 100 * day
        let answers: [Answer] = [
            // ally: known well, not due.
            .identify(.ally, truth: .ally, time: now - 1), .identify(.ally, truth: .ally, time: now - 1),
            // victim: wrong recently, due now, mastery 0.
            .identify(.incompetent, truth: .victim, time: now - 2),
            // hostage: right once long ago: box 2, due, mastery 1.
            .identify(.hostage, truth: .hostage, time: 0),
        ]
        let history = AnswerHistory(answers: answers)
        var random = SeededGenerator(seed: 1)
        let all = DrillRule.pick(9, from: Set(CustomerType.allCases.map(DrillCard.type)), history: history, now: now, random: &random)
        #expect(all.count == 9)
        #expect(all.last == .type(.ally))
        // Victim (mastery 0.5 for the same family) ranks below unseen types at 0, above hostage at 1.
        #expect(all.firstIndex(of: .type(.victim))! < all.firstIndex(of: .type(.hostage))!)
        #expect(all.firstIndex(of: .type(.tolerant))! < all.firstIndex(of: .type(.victim))!)
        let limited = DrillRule.pick(3, from: [.type(.ally), .type(.hostage)], history: history, now: now, random: &random)
        #expect(limited == [.type(.hostage), .type(.ally), .type(.hostage)])
        #expect(DrillRule.pick(0, from: [.type(.ally)], history: history, now: now, random: &random).isEmpty)
    }

    @Test func datesAndDurationsInISO8601() {
        #expect(DateText.iso8601(0) == "1970-01-01T00:00:00.000Z")
        #expect(DateText.iso8601(1_700_000_000.25) == "2023-11-14T22:13:20.250Z")
        #expect(DateText.utc(951_782_400) == "2000-02-29 00:00")
        #expect(DateText.duration(62.5) == "PT1M2.5S")
        #expect(DateText.duration(3600) == "PT1H")
        #expect(DateText.duration(0) == "PT0S")
        #expect(DateText.duration(0.04) == "PT0.04S")
    }
}
