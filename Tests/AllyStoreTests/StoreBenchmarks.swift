import AllyCore
import AllyReporting
import Foundation
import GRDB
import Testing
@testable import AllyStore

/// Figures for the closing notes, not timed assertions: run with `ALLY_STORE_BENCH=1`
/// (`Scripts/store-bench.sh` builds in release and runs them).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["ALLY_STORE_BENCH"] != nil))
struct StoreBenchmarks {
    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    @Test func decisionCommitLatency() throws {
        let store = try freshStore()
        let clock = ContinuousClock()
        var samples: [Double] = []
        for round in 0..<40 {
            let attempt = try store.startAttempt(trainee: "bench", scenarioID: "desk-en", contentHash: "h", source: deskSource)
            for index in 0..<50 {
                let started = clock.now
                try store.append(TimedDecision(.reply(index % 2), seconds: 1), to: attempt, at: index)
                samples.append(Self.milliseconds(started.duration(to: clock.now)))
            }
            try store.finish(attempt, result: AttemptResult(total: round, outcome: .satisfied, seconds: 50))
        }
        samples.sort()
        let p50 = samples[samples.count / 2], p99 = samples[samples.count * 99 / 100]
        print(String(format: "decision commit latency over %d appends (synchronous=FULL, WAL): p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                     samples.count, p50, p99, samples.last!))
    }

    @Test func progressWithAHundredThousandAttempts() throws {
        let store = try freshStore()
        let count = 100_000
        let types = CustomerType.allCases
        try store.write { db in
            try db.execute(sql: "INSERT INTO trainee (id, name, createdAt) VALUES (1, 'bench', 0)")
            let attempt = try db.makeStatement(sql: """
                INSERT INTO attempt (id, uuid, traineeID, scenarioID, contentHash, source, startedAt, title, language, customerType)
                VALUES (?, ?, 1, ?, 'h', 'id: x', ?, ?, 'en', ?)
                """)
            let result = try db.makeStatement(sql: """
                INSERT INTO result (attemptID, identification, strategy, conversation, outcomeCredit, total, outcome, seconds, finishedAt)
                VALUES (?, 1, 1, 0.5, 0.8, ?, 'satisfied', 60, ?)
                """)
            for id in 1...count {
                let truth = types[id % 9], named = types[(id * 7) % 9]
                let time = Double(1_600_000_000 + id * 600)
                let scenario = "\(truth.rawValue)-scenario-en"
                try attempt.execute(arguments: [id, "uuid-\(id)", scenario, time - 120, "Scenario \(id % 18)", truth.rawValue])
                try result.execute(arguments: [id, id % 101, time])
                try Store.insert(.identify(named, truth: truth, time: time), trainee: 1, attempt: Int64(id), scenarioID: scenario, db)
                try Store.insert(.strategy(truth.family, truth: truth, time: time), trainee: 1, attempt: Int64(id), scenarioID: scenario, db)
            }
        }
        let clock = ContinuousClock()
        var loads: [Double] = [], builds: [Double] = [], renders: [Double] = []
        var text = ""
        for _ in 0..<5 {
            let t0 = clock.now
            let t1 = clock.now
            let report = try store.progress(trainee: "bench", now: 1_700_000_000)
            let t2 = clock.now
            text = ProgressDocument.build(report, language: .en).text
            let t3 = clock.now
            loads.append(Self.milliseconds(t0.duration(to: t1)))
            builds.append(Self.milliseconds(t1.duration(to: t2)))
            renders.append(Self.milliseconds(t2.duration(to: t3)))
        }
        #expect(text.contains("Progress of bench"))
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        print(String(format: "progress with %d attempts (%d answers): compute in SQLite %.1f ms, render %.2f ms, total %.1f ms (median of 5)",
                     count, count * 2, median(builds), median(renders), median(builds) + median(renders)))
        _ = loads
    }
}
