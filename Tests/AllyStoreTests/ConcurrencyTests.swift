import AllyCore
import Foundation
import Testing
@testable import AllyStore

/// Two terminals of the same trainee on the same store corrupt and lose nothing.
@Suite struct ConcurrencyTests {
    @Test func twoConnectionsWritingAtOnceLoseNothing() throws {
        let first = try freshStore()
        let second = try Store.open(path: first.path)
        let stores = [first, second]
        let perWriter = 60
        // Four writers, two on each connection, each on its own attempt, all at once.
        let ids = try (0..<4).map { writer in
            try stores[writer % 2].startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for index in 0..<perWriter {
                do {
                    try stores[writer % 2].append(TimedDecision(.reply(index % 2), seconds: Double(index)), to: ids[writer], at: index)
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        for (writer, id) in ids.enumerated() {
            let log = try stores[(writer + 1) % 2].decisions(of: id)
            #expect(log.count == perWriter)
            #expect(log.map(\.seconds) == (0..<perWriter).map(Double.init))
        }
        #expect(try first.integrityCheck() == "ok")
    }

    @Test func twoTerminalsOnOneAttemptNeverInterleave() throws {
        let first = try freshStore()
        let second = try Store.open(path: first.path)
        let id = try first.startAttempt(trainee: "anna", scenarioID: "desk-en", contentHash: "h", source: deskSource)
        let failures = Failures()
        let conflicts = Failures()
        // Both terminals believe they are at the same place and race to append there.
        DispatchQueue.concurrentPerform(iterations: 2) { terminal in
            let store = terminal == 0 ? first : second
            for _ in 0..<40 {
                do {
                    let index = try store.decisions(of: id).count
                    try store.append(TimedDecision(.reply(terminal), seconds: 1), to: id, at: index)
                } catch StoreError.conflict {
                    conflicts.add("conflict")
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let log = try first.decisions(of: id)
        #expect(log.count + conflicts.all.count == 80)
        #expect(try first.integrityCheck() == "ok")
    }
}

/// A thread-safe list of failure messages.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
