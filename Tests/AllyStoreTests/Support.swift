import AllyCore
import Foundation
import GRDB
@testable import AllyStore
import AllyTestSupport

/// A store in a fresh folder.
func freshStore(_ name: String = #function, busyTimeout: Double = 5) throws -> Store {
    try Store.open(path: temporaryFolder(name).path + "/ally.sqlite", busyTimeout: busyTimeout)
}

/// Holds the write lock of the store at `path` from another connection (an exclusive transaction on
/// a thread of its own), as another program would, until the returned function is called; that
/// function returns once the lock is released.
func holdWriteLock(of path: String) throws -> () -> Void {
    let other = try DatabaseQueue(path: path)
    let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        try? other.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                locked.signal()
                release.wait()
                return .commit
            }
        }
        done.signal()
    }
    locked.wait()
    return {
        release.signal()
        done.wait()
    }
}

/// A small scenario: a hostage at the desk, asked for type and strategy, two replies to an ending.
let desk = Scenario(
    id: "desk-en", language: .en, title: "At the desk", setting: "Front desk",
    customer: Customer(name: "Mr Bos", type: .hostage),
    start: "arrive",
    steps: [
        Step(id: "arrive", phase: .greet, say: "Again.", cues: ["bound by contract"], asks: [.identify, .strategy],
             choices: [
                Choice(text: "Walk through it with me?", quality: 2, feedback: "Involve him.", next: "check"),
                Choice(text: "Take a number.", quality: -2, feedback: "Cold.", next: "lost"),
             ]),
        Step(id: "check", phase: .check, say: "And now?",
             choices: [
                Choice(text: "Call me directly.", quality: 2, feedback: "Good.", next: "won"),
                Choice(text: "Come back.", quality: 0, feedback: "Meh.", next: "lost"),
             ],
             timeLimit: TimeLimit(seconds: 30, next: "lost", feedback: "He left.")),
    ],
    endings: [
        Ending(id: "won", say: "Thanks.", outcome: .delighted),
        Ending(id: "lost", say: "...", outcome: .dissatisfiedSilent),
    ])

/// The YAML source the attempts pretend to be played against.
let deskSource = "id: desk-en\n# the source text is kept verbatim\n"

/// A winning play of `desk`.
let winning: [TimedDecision] = [
    TimedDecision(.identify(.hostage), seconds: 3),
    TimedDecision(.strategy(.harnessNegativeEnergy), seconds: 2),
    TimedDecision(.reply(0), seconds: 4),
    TimedDecision(.reply(0), seconds: 1.5),
]
