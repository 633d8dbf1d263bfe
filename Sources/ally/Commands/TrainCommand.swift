import AllyClassLink
import AllyContent
import AllyCore
import AllyNcurses
import AllyStore
import AllyTerminal
import AllyUI
import ArgumentParser
import Foundation

/// `ally train` (and plain `ally`): the full-screen trainer on ncurses.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: cli("help.train.abstract"))

    @OptionGroup var languageOption: LanguageOption

    @Flag(help: ArgumentHelp(cli("help.train.plain")))
    var plain = false

    @Flag(name: .customLong("monochrome"), help: ArgumentHelp(cli("help.train.monochrome")))
    var monochrome = false

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var playOptions: PlayOptions

    @Option(help: ArgumentHelp(
        cli("help.train.trainee"),
        discussion: cli("help.train.traineeRule"),
        valueName: "handle"))
    var trainee: String?

    @Option(help: ArgumentHelp(cli("help.train.course"), valueName: "id"))
    var course: String?

    @Option(help: ArgumentHelp(cli("help.train.classLink"), visibility: .private))
    var classLink: Int32?

    func validate() throws {
        if let trainee, !HandleRule.isValid(trainee) {
            throw ValidationError(cli("cli.trainee"))
        }
    }

    func run() throws {
        if plain {
            var arguments = ["--plain"]
            if let lang = languageOption.lang { arguments += ["--lang", lang.rawValue] }
            if let content = contentOptions.content { arguments += ["--content", content] }
            if playOptions.noTimers { arguments += ["--no-timers"] }
            if let seed = playOptions.seed { arguments += ["--seed", String(seed)] }
            if let store = storeOption.store { arguments += ["--store", store] }
            let play = try PlayCommand.parse(arguments)
            try play.run()
            return
        }
        try Self.train(
            lang: languageOption.lang, monochrome: monochrome, content: contentOptions.content, store: storeOption.store,
            noTimers: playOptions.noTimers, seed: playOptions.seed, trainee: trainee, course: course, classLink: classLink)
    }

    /// The full-screen trainer with these options (nil: the default); plain `ally` calls it directly.
    ///
    /// Plain values, not ``PlayOptions``: plain `ally` calls this without parsing any arguments.
    /// With a `trainee`, the trainer starts on the menu as that trainee: the name is the identity
    /// the server (or the login) gave, and the store's remembered name, shared by a whole class
    /// there, is neither read nor written.
    static func train(
        lang: Language?, monochrome: Bool, content: String?, store: String?, noTimers: Bool = false, seed: UInt64? = nil,
        trainee: String? = nil, course: String? = nil, classLink: Int32? = nil
    ) throws {
        let language = LanguageOption.language(lang)
        // Find the content before taking over the terminal (a missing folder is reported plainly),
        // but read it after the first frame: the welcome screen does not need it.
        let folders = try ContentOptions.locateLayers(content)
        var leftOut: String?
        var files: [String: String] = [:]
        var courseScenarios: [String]?
        let loadLibrary: () -> [AppEvent] = {
            let content = ContentLoader.load(layers: folders.map { [$0.url] })
            courseScenarios = course.flatMap { id in content.courses.first { $0.id == id }?.scenarios }
            leftOut = ContentOptions.leftOut(content)
            for scenario in content.scenarios { files[scenario.id] = content.file(ofScenario: scenario.id) }
            return [.libraryLoaded(TrainingLibrary(scenarios: content.scenarios, courses: content.courses, weights: content.scoringWeights))]
        }
        // Progress goes to the SQLite store; when it cannot be opened the trainer still runs, keeps
        // progress for this session only (the progress screen says so) and names the problem on exit.
        // The store is opened after the first frame, like the library.
        var storeProblem: Localized?
        let storePath = StoreOption.path(store)
        let stored = DeferredPersistence {
            do throws(StoreError) {
                let opened = try Store.open(path: storePath)
                return StorePersistence(store: opened, fallbackLanguage: language) { id in
                    files[id].flatMap(ContentLoader.text(ofFile:)) ?? ""
                }
            } catch {
                storeProblem = error.text
                return InMemoryTrainerPersistence(now: { Date().timeIntervalSince1970 })
            }
        }
        // In a class, what the store commits is reported to the server as well.
        let reporter = classLink.map { link in
            ClassReportingPersistence(base: stored, link: link, course: course, courseScenarios: { courseScenarios })
        }
        let persistence: any TrainerPersistence = reporter ?? stored
        // The store first: opening it is quick, and a remembered name then shows while the
        // library is still being read.
        let loadProfile: () -> [AppEvent] = {
            var events: [AppEvent]
            if let trainee {
                // On the menu at once: what the lists mark played comes with the unfinished attempt.
                events = [.profileLoaded(nil, try? persistence.unfinishedAttempt(trainee: trainee)),
                          .bestScoresLoaded((try? persistence.bestScores(trainee: trainee)) ?? [:])]
            } else {
                var profile = try? persistence.loadProfile()
                if let lang, profile != nil { profile?.language = lang }  // an explicit --lang wins over what was remembered
                let unfinished = try? profile.flatMap { try persistence.unfinishedAttempt(trainee: $0.name) }
                events = [.profileLoaded(profile, unfinished)]
            }
            // Said from the start on every screen, not only on the progress screen and at exit.
            return events + (storeProblem == nil ? [] : [.progressNotSaved])
        }
        var model = AppModel(library: TrainingLibrary(scenarios: []), language: language)
        model.timersOff = noTimers
        model.nextReplyOrder = seed ?? .random(in: 1...UInt64.max)
        if let trainee {
            model.traineeName = trainee
            model.screen = .menu(MenuState(model.context))
        }

        // The end-to-end test of the crash net overflows the stack once the first frame is up.
        let crashForTest: [() -> [AppEvent]] = environmentVariable("ALLY_TEST_CRASH") == "stack-overflow"
            ? [{ NcursesBackend.overflowTheStackForTest() }] : []
        let backend = try FullScreen.open(monochrome: monochrome)
        let watching = ScenarioWatchingBackend(backend)
        let stopwatch = Stopwatch()
        let loop = TrainerLoop(
            backend: reporter == nil ? backend : watching, persistence: persistence, model: model,
            afterFirstFrame: [loadProfile, loadLibrary] + (course.map { id in [{ [.classCourse(id)] }] } ?? []) + crashForTest,
            liveInbox: reporter, clock: stopwatch.seconds)
        if let reporter {
            // A scenario on screen is reported as it starts (the loop draws every model it reaches).
            watching.beforeDraw = { [unowned loop] in
                guard let session = loop.model.screen.play else { return }
                reporter.scenarioShown(session.scenario, course: session.course.map { ($0.index + 1, $0.scenarioIDs.count) })
            }
        }
        do {
            try loop.run()
        } catch {
            // Restore first, so the message lands on a normal screen rather than inside curses.
            backend.restore()
            // Unsaved changes are told in the language the trainee ended in.
            Terminal.error((error as? UnsavedChanges)?.text(loop.model.language) ?? "\(error)")
            throw ExitCode(1)
        }
        backend.restore()
        if let storeProblem { Terminal.error(loop.model.language.text("cli.progressNotSaved", ["problem": storeProblem(loop.model.language)])) }
        if let leftOut { Terminal.error(leftOut) }
        // Stopped by a signal (SIGTERM, SIGHUP when SSH drops): exit as the shell convention says.
        if let signal = loop.terminatingSignal { throw ExitCode(128 + signal) }
    }
}
