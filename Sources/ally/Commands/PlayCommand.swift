import AllyContent
import AllyCore
import AllyStore
import ArgumentParser
import Foundation

/// `ally play`: play scenarios; `--plain` for a line-oriented session without a full screen.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: cli("help.play.abstract"))

    @Flag(help: ArgumentHelp(cli("help.play.plain")))
    var plain = false

    @Option(help: ArgumentHelp(cli("help.play.scenario"), valueName: "id"), completion: ScenarioCompletion.ids)
    var scenario: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var playOptions: PlayOptions

    func run() throws {
        let language = languageOption.language
        let library = try contentOptions.load()
        guard plain else {
            Terminal.error(cli("cli.noFullScreen"))
            throw ExitCode(2)
        }
        let strings = PlainStrings(language: language)
        let interactive = isatty(STDIN_FILENO) == 1
        let signals = Self.leaveOnSignals(saying: strings.leftBySignal)
        defer { signals.forEach { $0.cancel() } }
        let stopwatch = Stopwatch()
        let player = PlainPlayer(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { Output.line($0) },
            prompt: interactive ? { Output.write($0) } : nil,
            now: stopwatch.seconds,
            strings: strings)
        Output.line(strings.intro)
        let chosen: Scenario
        if let id = scenario {
            guard let found = library.scenario(id: id) else {
                Terminal.error(strings.unknownScenario(id))
                throw ExitCode(2)
            }
            chosen = found
        } else {
            // The language's own scenarios, or every one for a language that has none (a catalogue-only one).
            let inLanguage = library.scenarios.filter { $0.language == language }
            guard let picked = player.pickScenario(from: inLanguage.isEmpty ? library.scenarios : inLanguage) else { return }
            chosen = picked
        }
        guard let play = try recordedPlay(of: chosen, library: library, player: player) else { return }
        player.play(play, weights: library.scoringWeights)
        // One last try, then name what is lost and fail, as the trainer does on exit.
        play.flush()
        // (A play without a store from the start said so before its first question.)
        if play.hasStore && play.unsavedCount > 0 {
            Terminal.error(strings.unsaved(play.unsavedCount, play.saveProblem?.text(strings.language) ?? ""))
            throw ExitCode(1)
        }
    }

    /// Ctrl-C, Ctrl-\\ (SIGQUIT, which would dump core through the crash reporter), SIGTERM and
    /// SIGHUP leave the scenario as end of input does: every decision is already committed, so
    /// only the message that the attempt stays unfinished is said before the exit (128 + signal).
    private static func leaveOnSignals(saying message: String) -> [any DispatchSourceSignal] {
        [SIGINT, SIGQUIT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Output.line()
                Output.line(message)
                Foundation.exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// The play to run: resumed when the trainee left this scenario unfinished, else new; nil when
    /// the trainee left at the question whether to resume. Without a usable store the play runs
    /// unsaved, and says so once.
    private func recordedPlay(of scenario: Scenario, library: ContentLibrary, player: PlainPlayer) throws -> RecordedPlay? {
        let source = library.file(ofScenario: scenario.id).flatMap(ContentLoader.text(ofFile:)) ?? ""
        let store: Store
        do throws(StoreError) {
            store = try Store.open(path: StoreOption.path(storeOptions.location.store))
        } catch {
            player.write(player.strings.playingUnsaved(error.text(player.strings.language)))
            return RecordedPlay(store: nil, trainee: storeOptions.trainee ?? "trainee", scenario: scenario, source: source, settings: .fresh(playOptions))
        }
        let trainee = try storeOptions.trainee(in: store)
        if let unfinished = try? store.unfinishedAttempt(trainee: trainee), unfinished.summary.scenarioID == scenario.id {
            // Replays stay exact after an edit: the attempt goes on against the text it was started with.
            let played = ContentLoader.load(texts: [(name: "\(scenario.id).yaml", text: unfinished.source)]).scenario(id: scenario.id)
                ?? scenario
            if let resumed = try? RecordedPlay(resuming: unfinished, scenario: played, store: store) {
                if resumed.state.isOver {
                    // Killed after its last decision: resuming wrote the result; show what it earned.
                    player.write("")
                    player.write(player.strings.endedBeforeSaved)
                    player.play(resumed, weights: library.scoringWeights)
                } else {
                    switch player.askResume(atDecision: resumed.state.repliesGiven + 1) {
                    case .resume: return resumed
                    case .leave: return nil
                    case .startAgain: _ = try? resumed.decide(TimedDecision(.quit))
                    }
                }
            }
        }
        return RecordedPlay(store: store, trainee: trainee, scenario: scenario, source: source, settings: .fresh(playOptions))
    }
}

extension Language: ExpressibleByArgument {}
