import AllyCore
import AllyReporting
import Foundation
import Testing
@testable import AllyStore

/// The store's incremental progress (running Leitner cards and confusion counts, indexed reads) gives
/// exactly what the core's pure functions give from the whole history.
@Suite struct ProgressStoreTests {
    @Test(arguments: [1, 2, 3])
    func incrementalProgressEqualsThePureFold(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let store = try freshStore("progress\(seed)")
        var time = 1_700_000_000.0
        for round in 0..<120 {
            time += Double(random.next() % 100_000)
            let truth = CustomerType.allCases[Int(random.next() % 9)]
            let named = random.next() % 5 == 0 ? nil : CustomerType.allCases[Int(random.next() % 9)]
            let answers = [Answer.identify(named, truth: truth, time: time),
                           Answer.strategy(StrategyFamily.allCases[Int(random.next() % 5)], truth: truth, time: time)]
            if round % 3 == 0 {
                try store.recordDrill(trainee: "anna", scenarioID: "drill", answers: answers)
            } else {
                let id = try store.startAttempt(trainee: "anna", scenarioID: "s\(round % 4)", contentHash: "h", source: deskSource)
                let finished = round % 7 != 0
                if finished {
                    try store.finish(id, result: AttemptResult(total: Int(random.next() % 101), outcome: .satisfied, seconds: 9, answers: answers))
                }
            }
        }
        let now = time + 86_400
        let incremental = try store.progress(trainee: "anna", now: now)
        let pure = ProgressReport(trainee: "anna", answers: try store.answers(trainee: "anna"),
                                  attempts: try store.attempts(trainee: "anna"), now: now)
        #expect(incremental.matrix == pure.matrix)
        #expect(incremental.cards == pure.cards)
        #expect(incremental.mastery == pure.mastery)
        #expect(incremental.finishedCount == pure.finishedCount)
        #expect(incremental.recent.map(\.id) == pure.recent.map(\.id))
        #expect(incremental.trend == pure.trend)
        #expect(ProgressDocument.build(incremental, language: .en).text.contains("Progress of anna"))
    }

    @Test func anUnknownTraineeHasAnEmptyReport() throws {
        let report = try freshStore().progress(trainee: "nobody", now: 0)
        #expect(report.mastery.isEmpty && report.recent.isEmpty && report.trend.isEmpty)
    }
}
