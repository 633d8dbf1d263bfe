import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// `ally play`: play scenarios; `--plain` for a line-oriented session without a full screen.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scenario (--plain: line by line, for screen readers, pipes and scripts).")

    @Flag(help: "Line-oriented play: numbered choices read from standard input.")
    var plain = false

    @Option(help: ArgumentHelp("The scenario to play (default: choose from a list).", valueName: "id"))
    var scenario: String?

    @Option(help: ArgumentHelp("Interface and scenario language: en or nl (default: from LANG).", valueName: "lang"))
    var lang: Language?

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let language = lang ?? Language.interface(from: ProcessInfo.processInfo.environment)
        let library = try contentOptions.load()
        guard plain else {
            Terminal.error("the full-screen trainer is not available in this build; use 'ally play --plain'.")
            throw ExitCode(2)
        }
        let strings = PlainStrings(language: language)
        let interactive = isatty(STDIN_FILENO) == 1
        let clock = ContinuousClock()
        let origin = clock.now
        let player = PlainPlayer(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { print($0) },
            prompt: interactive ? { FileHandle.standardOutput.write(Data($0.utf8)) } : nil,
            now: { let d = origin.duration(to: clock.now); return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 },
            strings: strings)
        print(strings.intro)
        let chosen: Scenario
        if let id = scenario {
            guard let found = library.scenario(id: id) else {
                Terminal.error(strings.unknownScenario(id))
                throw ExitCode(2)
            }
            chosen = found
        } else {
            guard let picked = player.pickScenario(from: library.scenarios.filter { $0.language == language }) else { return }
            chosen = picked
        }
        player.play(chosen, weights: library.scoringWeights)
    }
}

extension Language: ExpressibleByArgument {}
