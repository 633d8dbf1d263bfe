import AllyTestSupport
import Foundation
import Testing

/// The full-screen trainer with a language installed from a catalogue file alone: the welcome
/// screen offers it beside the shipped ones, and choosing it changes every screen.
@Suite(.serialized, .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
final class PseudoLanguageTmuxTests {
    let storePath = NSTemporaryDirectory() + "/ally-pseudo-\(UUID().uuidString).sqlite"

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
    }

    @Test func theWelcomeScreenOffersAnInstalledLanguageAndTheTrainerSpeaksIt() throws {
        var environment = TmuxSession.defaultEnvironment
        environment["ALLY_CATALOGUES"] = repositoryRoot.appendingPathComponent("Tests/Catalogues").path
        let command = [allyBinary.path, "--content", fixtures.appendingPathComponent("good").path, "--lang", "en", "--store", storePath]
        let session = try TmuxSession(command: command, environment: environment)
        defer { session.kill() }
        let welcome = try session.waitFor(text: "Welcome to Ally")
        #expect(welcome.contains("1 English") && welcome.contains("2 Nederlands") && welcome.contains("3 [Pseudo]"))
        // To the language field, and its third choice.
        try session.sendKeys("Tab")
        try session.sendKeys("3")
        try session.waitFor(text: "[Welkom bij Ally]")
        try session.sendKeys("Tab")
        try session.type("Ana")
        try session.sendKeys("Enter")
        try session.waitFor(text: "[Een scenario spelen]")
        // xx has no scenarios of its own: the browser lists every one.
        try session.sendKeys("Enter")
        try session.waitFor(text: "The quiet one at the desk")
        try session.sendKeys("Enter")
        let question = try session.waitFor(text: "[Welk type klant is dit?]")
        #expect(!question.contains("What type of customer"))
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
    }
}
