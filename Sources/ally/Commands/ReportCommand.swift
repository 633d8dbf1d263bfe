import AllyContent
import AllyCore
import AllyReporting
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally report`: results per trainee as a table, a CSV gradebook, JSON or xAPI statements.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: cli("help.report.abstract"),
        discussion: cli("help.report.discussion"))

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, xapi
    }

    @Option(help: ArgumentHelp(cli("help.report.format")))
    var format: Format = .table

    @Option(help: ArgumentHelp(cli("help.report.trainee"), valueName: "name"))
    var trainee: String?

    @Option(help: ArgumentHelp(cli("help.report.roster"), valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp(cli("help.report.course"), valueName: "id"))
    var course: String?

    @Flag(help: ArgumentHelp(cli("help.report.excel")))
    var excel = false

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var xapiOptions: XAPIOptions

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var classGroupOption: ClassGroupOption

    func run() throws {
        let store = try storeOption.open(readOnly: true)
        switch format {
        case .table:
            Output.write(try gradebook(store).table(language: languageOption.language))
        case .csv:
            Output.write(try gradebook(store).csv(dialect: excel ? .excel : .standard))
        case .json:
            let attempts = try StoreOptions.check { try store.attempts(trainee: trainee) }
            Output.json(String(decoding: try Self.encoder.encode(attempts.map(AttemptJSON.init)), as: UTF8.self))
        case .xapi:
            let statements = try StoreOptions.check { try store.statements(trainee: trainee, settings: xapiOptions.settings(classGroup: classGroupOption.classGroup)) }
            Output.json(String(decoding: try Self.encoder.encode(statements.map(\.statement)), as: UTF8.self))
        }
    }

    /// The gradebook of the store's scored attempts in the library's (or course's) columns, with the
    /// roster's identifiers when one is given; trainees the roster leaves out are named on standard error.
    func gradebook(_ store: Store) throws -> Gradebook {
        let language = LanguageOption.language(nil)
        let rosterValue = try roster.map { path -> Roster in
            guard let data = FileManager.default.contents(atPath: path) else {
                Terminal.error(ReportingStrings.rosterUnreadable(path)(language))
                throw ExitCode(2)
            }
            switch Roster.parse(String(decoding: data, as: UTF8.self)) {
            case .success(let roster): return roster
            case .failure(let error):
                Terminal.error(ReportingStrings.rosterUnusable(path, error)(language))
                throw ExitCode(2)
            }
        }
        let library = try contentOptions.load()
        let columns: [GradeColumn]
        if let course {
            guard let chosen = library.course(id: course) else {
                Terminal.error(ReportingStrings.unknownCourse(course, known: library.courses.map(\.id).sorted())(language))
                throw ExitCode(2)
            }
            columns = GradeColumn.columns(course: chosen, library: library.scenarios)
        } else {
            columns = GradeColumn.columns(library: library.scenarios)
        }
        let attempts = try StoreOptions.check { try store.attempts(trainee: trainee) }
        let book = Gradebook(attempts, columns: columns, roster: rosterValue)
        if !book.unlisted.isEmpty { Terminal.error(ReportingStrings.unlisted(book.unlisted)(language)) }
        return book
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// One attempt in `ally report --format json`.
struct AttemptJSON: Encodable {
    var id: Int64
    var trainee: String
    var scenario: String
    var title: String?
    var customerType: String?
    var started: String
    var finished: String?
    var total: Int?
    var outcome: String?
    var seconds: Double
    var untimed: Bool

    init(_ attempt: AttemptSummary) {
        id = attempt.id
        trainee = attempt.trainee
        scenario = attempt.scenarioID
        title = attempt.title
        customerType = attempt.customerType?.rawValue
        started = DateText.iso8601(attempt.startedAt)
        finished = attempt.finishedAt.map(DateText.iso8601)
        total = attempt.total
        outcome = attempt.outcome?.rawValue
        seconds = attempt.seconds
        untimed = attempt.untimed
    }
}

/// The class that solo attempts were played in, for `report` and `sync` (`ally class report` names its class itself).
struct ClassGroupOption: ParsableArguments {
    @Option(name: .customLong("class"), help: ArgumentHelp(cli("help.report.classGroup"), valueName: "name"))
    var classGroup: String?
}

/// The options that shape xAPI statements, shared by `report --format xapi`, `class report` and `sync`.
struct XAPIOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        cli("help.report.site", ["site": XAPISettings.defaultHomePage]),
        valueName: "url"))
    var site: String?

    @Option(help: ArgumentHelp(cli("help.report.passMark"),
                               valueName: "score"))
    var passMark: String = "60"

    /// The site given by the flag or the environment, if any.
    private var givenSite: String? { site ?? environmentVariable("ALLY_SITE") }

    /// The settings these options describe, for attempts played in `classGroup` if any.
    func settings(classGroup: String? = nil) -> XAPISettings {
        XAPISettings(
            homePage: givenSite ?? XAPISettings.defaultHomePage,
            passMark: passMark == "none" ? nil : Int(passMark).map { min(100, max(0, $0)) } ?? 60,
            classGroup: classGroup)
    }

    func validate() throws {
        guard passMark == "none" || Int(passMark) != nil else {
            throw ValidationError(cli("cli.passMark"))
        }
        // A site that is no URL makes statements every LRS refuses: they would stay queued forever.
        if let site = givenSite, !XAPISettings.isValidSite(site) {
            throw ValidationError(XAPIStrings.invalidSite(site, fromEnvironment: self.site == nil)(LanguageOption.language(nil)))
        }
    }
}
