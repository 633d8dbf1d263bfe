import AllyContent
import AllyCore
import Foundation

/// The fixture scenario the plain and tmux tests play, read from `Fixtures/good/desk-en.yaml`.
let deskScenario: Scenario = {
    let file = fixtures.appendingPathComponent("good/desk-en.yaml")
    let text = try! String(contentsOf: file, encoding: .utf8)
    return ContentLoader.load(texts: [(name: "desk-en.yaml", text: text)]).scenarios.first!
}()

/// The seed the tests pass with `--seed`: with it, every step of the desk scenario shows its
/// replies in the reverse of the file's order, so a test that answered by the file's order fails.
let deskSeed: UInt64 = 7

/// The 1-based position at which reply `choice` (its index in the file) of step `stepID` shows
/// in an attempt whose reply order has `seed`.
func replyPosition(_ stepID: String, choice: Int, seed: UInt64 = deskSeed, in scenario: Scenario = deskScenario) -> Int {
    let step = scenario.step(stepID)!
    return ReplyOrder.indices(of: step, seed: seed).firstIndex(of: choice)! + 1
}

/// The keys (as text) that answer the desk scenario's replies `choices` (file indices, by step id) with `seed`.
func replyKeys(_ choices: [(step: String, choice: Int)], seed: UInt64 = deskSeed) -> [String] {
    choices.map { String(replyPosition($0.step, choice: $0.choice, seed: seed)) }
}
