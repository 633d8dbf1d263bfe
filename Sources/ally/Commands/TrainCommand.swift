import AllyContent
import AllyCore
import AllyNcurses
import AllyTerminal
import AllyUI
import ArgumentParser
import Foundation

/// `ally train` (and plain `ally`): the full-screen trainer on ncurses.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "The full-screen trainer (what plain 'ally' runs).")

    @Option(help: ArgumentHelp("Interface language: en or nl (default: from LC_ALL / LANG).", valueName: "lang"))
    var lang: Language?

    @Flag(help: "Line-by-line play instead of the full screen (same as 'ally play --plain').")
    var plain = false

    @Flag(name: .customLong("monochrome"), help: "No colour: bold, reverse and underline only (NO_COLOR does the same).")
    var monochrome = false

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        if plain {
            var arguments = ["--plain"]
            if let lang { arguments += ["--lang", lang.rawValue] }
            if let content = contentOptions.content { arguments += ["--content", content] }
            let play = try PlayCommand.parse(arguments)
            try play.run()
            return
        }
        let language = lang ?? Language.interface(from: ProcessInfo.processInfo.environment)
        // Find the content before taking over the terminal (a missing folder is reported plainly),
        // but read it after the first frame: the welcome screen does not need it.
        let folder = try contentOptions.locate()
        var contentErrors = 0
        let readLibrary = {
            let content = ContentLoader.load(from: [folder])
            contentErrors = content.errors.count
            return TrainingLibrary(scenarios: content.scenarios, courses: content.courses, weights: content.scoringWeights)
        }
        // Until the SQLite store is wired in, progress lives for this session only (the progress screen says so).
        let persistence: any TrainerPersistence = InMemoryTrainerPersistence()
        var profile = try persistence.loadProfile()
        if let lang, profile != nil { profile?.language = lang }  // an explicit --lang wins over what was remembered
        let model = AppModel(
            library: TrainingLibrary(scenarios: []), language: language, profile: profile, unfinished: try persistence.unfinishedAttempt())

        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(colorMode: monochrome ? .monochrome : .automatic)
        } catch let error as NcursesBackendError {
            // The terminal was never touched: say why and point to --plain.
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let clock = ContinuousClock()
        let origin = clock.now
        let loop = TrainerLoop(backend: backend, persistence: persistence, model: model, deferredLibrary: readLibrary) {
            let elapsed = origin.duration(to: clock.now).components
            return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        }
        do {
            try loop.run()
        } catch {
            // Restore first, so the message lands on a normal screen rather than inside curses.
            backend.restore()
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        backend.restore()
        if contentErrors > 0 {
            Terminal.error(
                "\(contentErrors) error(s) in the content; the files with errors were left out. Run 'ally check' for the details.")
        }
        // Stopped by a signal (SIGTERM, SIGHUP when SSH drops): exit as the shell convention says.
        if let signal = loop.terminatingSignal { throw ExitCode(128 + signal) }
    }
}
