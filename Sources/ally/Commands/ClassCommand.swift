import AllyClassLink
import AllyContent
import AllyCore
import AllyDashboard
import AllyReporting
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally class`: the instructor's side of a class run with `ally serve`.
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: cli("help.class.abstract"),
        subcommands: [ClassWatchCommand.self, ClassReportCommand.self, ClassLiveCommand.self])
}

/// `ally class watch`: the live dashboard (also what an instructor's key opens over SSH).
struct ClassWatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: cli("help.classWatch.abstract"),
        discussion: cli("help.classWatch.discussion"))

    @Option(name: .customLong("class"), help: ArgumentHelp(cli("help.class.className"), valueName: "name"))
    var className: String?

    @Option(help: ArgumentHelp(cli("help.classWatch.classFolder"), visibility: .private))
    var classFolder: String?

    @Flag(help: ArgumentHelp(cli("help.classWatch.projector")))
    var projector = false

    @Option(help: ArgumentHelp(cli("help.classWatch.content"), visibility: .private))
    var content: String?

    @Option(help: ArgumentHelp(cli("help.classWatch.classLink"), visibility: .private))
    var classLink: Int32?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard classFolder != nil || className.map(HandleRule.isValid) == true else {
            throw ValidationError(cli("cli.className"))
        }
    }

    func run() throws {
        let folder = classFolder ?? ClassFolder.path(className ?? "")
        let roster = ClassFolder.roster(in: folder) ?? Roster()
        let backend = try FullScreen.open(monochrome: false)
        var seen: Date?
        var model = DashboardModel(
            state: nil, roster: roster, language: languageOption.language, projector: projector, now: Date().timeIntervalSince1970,
            size: backend.size)
        // Live runs need the library (to pick from) and the link (to steer the server).
        if classLink != nil, let content {
            let library = ContentLoader.load(from: [URL(fileURLWithPath: content)])
            let scenarios = library.scenarios.filter { $0.language == languageOption.language }.sorted { $0.id < $1.id }
            model.live = LiveDesk(scenarios: scenarios.map { ($0.id, $0.title) })
        }
        let link = classLink
        let loop = DashboardLoop(backend: backend, model: model, send: { controls in
            guard let link else { return }
            for control in controls { LinkWriter.write(ClassLink.encode(control), to: link) }
        }) { model in
            model.now = Date().timeIntervalSince1970
            // Read again only when the server has written a new state.
            let modified = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + ClassStateFile.name))?[.modificationDate] as? Date
            if modified != seen, let state = ClassStateFile.read(from: folder) {
                seen = modified
                model.state = state
            }
            if let pid = model.state?.serverPID { model.serverRunning = kill(pid, 0) == 0 || errno == EPERM }
        }
        loop.run()
        backend.restore()
    }
}

/// `ally class report`: `ally report` over the class's store, with the class's roster, course and
/// class group (and, for xAPI, the class run's registration and the instructor).
struct ClassReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: cli("help.classReport.abstract"),
        discussion: cli("help.classReport.discussion"))

    @Option(name: .customLong("class"), help: ArgumentHelp(cli("help.class.className"), valueName: "name"))
    var className: String

    @OptionGroup var reportOptions: ReportOptions

    @Option(help: ArgumentHelp(cli("help.classReport.instructor"), valueName: "name"))
    var instructor: String?

    @Option(help: ArgumentHelp(cli("help.classReport.live"), valueName: "question|trainee"))
    var live: ClassLiveCommand.Grouping?

    @Option(help: ArgumentHelp(cli("help.classReport.store"), valueName: "path"))
    var store: String?

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var xapiOptions: XAPIOptions

    func validate() throws {
        guard HandleRule.isValid(className) else { throw ValidationError(cli("cli.className")) }
        if live != nil, reportOptions.format != .table, reportOptions.format != .csv {
            throw ValidationError(cli("cli.classReport.liveFormat"))
        }
    }

    func run() throws {
        let folder = ClassFolder.path(className)
        let storePath = try ClassFolder.existingStore(of: className, at: store)
        if let live {
            let store = try StoreOptions.check { try Store.open(path: storePath, readOnly: true) }
            LiveReport.write(try StoreOptions.check { try store.liveAnswers() }, by: live, csv: reportOptions.format == .csv)
            return
        }
        // Kept in the class folder, or beside a store of the school's own sshd.
        let registration = reportOptions.format == .xapi
            ? ClassFolder.registration(at: store.map { $0 + ".registration" } ?? folder + "/registration") : nil
        let report = try reportOptions.report(
            store: { try StoreOptions.check { try Store.open(path: storePath, readOnly: true) } }, trainee: nil, content: contentOptions,
            settings: xapiOptions.settings(classGroup: className, registration: registration, instructor: instructor),
            classRoster: { ClassFolder.roster(in: folder) }, classCourse: ClassStateFile.read(from: folder)?.course)
        try report.write(reportOptions.format, excel: reportOptions.excel)
    }
}
