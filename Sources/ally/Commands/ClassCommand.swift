import AllyClassLink
import AllyContent
import AllyCore
import AllyDashboard
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally class`: the instructor's side of a class run with `ally serve`.
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "Watch a class live, or report its results.",
        subcommands: [ClassWatchCommand.self, ClassReportCommand.self, ClassLiveCommand.self])
}

/// `ally class watch`: the live dashboard (also what an instructor's key opens over SSH).
struct ClassWatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The instructor's live dashboard of a class: trainees, the confusion heat map, averages.",
        discussion: "Keys: p switches the projector view (large figures, no names), ↑↓ scroll, q quits.")

    @Option(name: .customLong("class"), help: ArgumentHelp("The class's name.", valueName: "name"))
    var className: String?

    @Option(help: ArgumentHelp("The class folder (what 'ally serve' passes).", visibility: .private))
    var classFolder: String?

    @Flag(help: "Start in the projector view: large figures, no names.")
    var projector = false

    @Option(help: ArgumentHelp("The content folder, for live runs (what 'ally serve' passes).", visibility: .private))
    var content: String?

    @Option(help: ArgumentHelp("The descriptor of the link to the server, for live runs (what 'ally serve' passes).", visibility: .private))
    var classLink: Int32?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard classFolder != nil || className.map(HandleRule.isValid) == true else {
            throw ValidationError("--class takes the class's name (letters, digits, - and _).")
        }
    }

    func run() throws {
        let folder = classFolder ?? ClassFolder.path(className ?? "")
        let roster = ClassFolder.roster(in: folder)
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

/// `ally class report`: the class's results, Moodle-ready.
struct ClassReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report a class's results: table, CSV (Moodle), JSON, or xAPI 1.0.3 statements.",
        discussion: """
            csv: one line per trainee, the roster's identifier (a 'username' column, or 'email' when every \
            identifier is an e-mail address; the handle for a trainee not on the roster), then one column per \
            scenario with the best total, '-' when not played. A scenario and its translation share a column. \
            The columns are the class's course when it has one, else every scenario played.
            xapi: the attempts' statements with context.registration (the class run), the class as a grouping \
            activity and, with --instructor, the instructor.
            """)

    @Option(name: .customLong("class"), help: ArgumentHelp("The class's name.", valueName: "name"))
    var className: String

    @Option(help: "table, csv, json or xapi.")
    var format: ReportCommand.Format = .table

    @Option(help: ArgumentHelp("A roster to use instead of the one the class started with.", valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp("The columns' course (default: the class's course, if it has one).", valueName: "id"))
    var course: String?

    @Option(help: ArgumentHelp("The instructor's account name, for xAPI's context.instructor.", valueName: "name"))
    var instructor: String?

    @Option(help: ArgumentHelp("The class's store, for a class run under the school's own sshd (default: the class folder's).",
                               valueName: "path"))
    var store: String?

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var xapiOptions: XAPIOptions

    func validate() throws {
        guard HandleRule.isValid(className) else { throw ValidationError("--class takes letters, digits, - and _ only.") }
    }

    func run() throws {
        let folder = ClassFolder.path(className)
        let storePath = store ?? folder + "/ally.sqlite"
        guard FileManager.default.fileExists(atPath: storePath) else {
            Terminal.error("class \(className) has no results yet (no \(storePath))")
            throw ExitCode(1)
        }
        let store = try StoreOptions.check { try Store.open(path: storePath, readOnly: true) }
        let roster = try roster.map(ClassFolder.read(roster:)) ?? ClassFolder.roster(in: folder)
        switch format {
        case .table, .csv, .json:
            let attempts = try StoreOptions.check { try store.attempts() }
            let book = ClassGradebook(attempts: attempts, columns: try columns(attempts), roster: roster)
            switch format {
            case .table: Output.write(book.table())
            case .csv: Output.write(book.csv())
            default: Output.json(String(decoding: try ReportCommand.encoder.encode(book.lines.map { LineJSON($0, book.columns) }), as: UTF8.self))
            }
        case .xapi:
            let settings = xapiOptions.settings(classGroup: className)
            let statements = try StoreOptions.check { try store.statements(settings: settings) }.map(\.statement)
            // Kept in the class folder, or beside a store of the school's own sshd.
            let registration = ClassFolder.registration(at: self.store.map { $0 + ".registration" } ?? folder + "/registration")
            var documents: [Any] = []
            for statement in statements {
                guard var object = try JSONSerialization.jsonObject(with: try ReportCommand.encoder.encode(statement)) as? [String: Any] else { continue }
                var context = object["context"] as? [String: Any] ?? [:]
                context["registration"] = registration
                // The class as a grouping activity comes with the settings (classGroup); the run's registration
                // replaces the attempt's, so an LRS sees the class's attempts as one run.
                if let instructor {
                    context["instructor"] = ["objectType": "Agent", "account": ["homePage": settings.homePage, "name": instructor]]
                }
                object["context"] = context
                documents.append(object)
            }
            let data = try JSONSerialization.data(withJSONObject: documents, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Output.json(String(decoding: data, as: UTF8.self))
        }
    }

    /// The columns: the course's scenarios (the class's, or --course), else every scenario played.
    private func columns(_ attempts: [AttemptSummary]) throws -> [ClassGradebook.Column] {
        let content = (try? ContentOptions.locate(contentOptions.content)).map { ContentLoader.load(from: [$0]) }
        var translations: [String: String] = [:]
        for scenario in content?.scenarios ?? [] { if let other = scenario.translation { translations[scenario.id] = other } }
        let courseID = course ?? ClassStateFile.read(from: ClassFolder.path(className))?.course
        if let courseID, let found = content?.courses.first(where: { $0.id == courseID }) {
            return ClassGradebook.columns(found.scenarios, translations: translations)
        }
        if let courseID { Terminal.error("course \(courseID) was not found; the columns are the scenarios played") }
        return ClassGradebook.columns(Array(Set(attempts.map(\.scenarioID))).sorted(), translations: translations)
    }
}

/// One trainee in `ally class report --format json`.
private struct LineJSON: Encodable {
    var handle: String
    var identifier: String
    var name: String
    var scenarios: [String: Int?]
    var attempts: [String: Int]

    init(_ line: ClassGradebook.Line, _ columns: [ClassGradebook.Column]) {
        handle = line.handle
        identifier = line.identifier
        name = line.name
        scenarios = Dictionary(uniqueKeysWithValues: zip(columns.map(\.id), line.best))
        attempts = Dictionary(uniqueKeysWithValues: zip(columns.map(\.id), line.attempts))
    }
}
