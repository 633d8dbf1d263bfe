import AllyCore
import Foundation
@testable import AllyStore

/// A fresh folder under the system's temporary folder, removed by the caller when wanted.
func temporaryFolder(_ name: String = #function) -> String {
    let clean = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "ally-store-tests-\(clean)-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A store in a fresh folder.
func freshStore(_ name: String = #function, busyTimeout: Double = 5) throws -> Store {
    try Store.open(path: temporaryFolder(name) + "/ally.sqlite", busyTimeout: busyTimeout)
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
