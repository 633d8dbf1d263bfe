import AllyTestSupport
import Foundation
import Testing

/// `ally preview FILE`, driven in tmux at 80×24 as an author would use it, editing the file
/// while it plays. Every wait polls the screen with a deadline; there are no fixed sleeps.
@Suite(.serialized, .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
final class PreviewTmuxTests {
    /// A folder of its own holding the previewed copy of the fixture scenario.
    let folder = try! temporaryFolder("preview")

    /// Removes the test's folder.
    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func reloadsOnSaveShowsMistakesAndComesBackToTheSameDecision() throws {
        let file = folder.appendingPathComponent("desk-en.yaml")
        let original = try String(contentsOf: fixtures.appendingPathComponent("good/desk-en.yaml"), encoding: .utf8)
        try original.write(to: file, atomically: false, encoding: .utf8)
        let session = try TmuxSession(command: [allyBinary.path, "preview", file.path, "--content", folder.path, "--lang", "en"])
        defer { session.kill() }
        let baseline = try session.baselineStty()
        let first = try session.waitFor(text: "What type of customer is this?")
        #expect(first.contains("preview — not saved"), "the header says nothing is saved:\n\(first)")
        try session.sendKeys("2", "Enter")           // tolerant: the digit selects, Enter answers
        try session.waitFor(text: "Right")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Which strategy makes this customer an ally?")

        let broken = original.replacingOccurrences(of: "type: tolerant", with: "type: tolerable")
        #expect(broken != original)
        try broken.write(to: file, atomically: false, encoding: .utf8)
        let diagnostics = try session.waitFor(text: "'tolerable'")
        // The message wraps where the scratch folder's length puts it: read it as one line.
        let unwrapped = diagnostics.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains("desk-en.yaml:10:9: error: unknown customer type 'tolerable'"), "the mistake is placed:\n\(diagnostics)")

        try original.write(to: file, atomically: false, encoding: .utf8)
        let back = try session.waitFor(text: "Which strategy makes this customer an ally?")
        #expect(back.contains("Reloaded"), "the status says the play went on:\n\(back)")
        #expect(!back.contains("unknown customer type"), "the diagnostics are gone:\n\(back)")

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.stty() == baseline)
    }

    @Test func aDumbTerminalGetsTheMessageThatPointsToPlain() throws {
        var environment = TmuxSession.defaultEnvironment
        environment["TERM"] = "dumb"
        let file = fixtures.appendingPathComponent("good/desk-en.yaml").path
        let session = try TmuxSession(command: [allyBinary.path, "preview", file, "--lang", "en"], environment: environment)
        defer { session.kill() }
        let baseline = try session.baselineStty()
        #expect(try session.waitForExit() == 2)
        let screen = try session.capture()
        #expect(screen.contains("--plain"), "the message points to --plain: \(screen)")
        #expect(try session.stty() == baseline)
    }
}
