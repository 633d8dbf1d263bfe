import AllyClassLink
import AllyContent
import AllyCore
import AllyReporting
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally report`: results per trainee as a table, a CSV gradebook, JSON, the attempts, or xAPI statements.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: cli("help.report.abstract"),
        discussion: cli("help.report.discussion"))

    /// The output formats: the gradebook as a table, CSV or JSON; every attempt (JSON); xAPI statements.
    /// The same in `ally report` and `ally class report`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, attempts, xapi
    }

    @OptionGroup var reportOptions: ReportOptions

    @Option(help: ArgumentHelp(cli("help.report.trainee"), valueName: "name"))
    var trainee: String?

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var xapiOptions: XAPIOptions

    @OptionGroup var classGroupOption: ClassGroupOption

    func run() throws {
        let report = try reportOptions.report(
            store: { try storeOption.open(readOnly: true) }, trainee: trainee, content: contentOptions,
            settings: xapiOptions.settings(classGroup: classGroupOption.classGroup))
        try report.write(reportOptions.format, excel: reportOptions.excel)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// The options that shape a report, shared by `ally report` and `ally class report`.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(cli("help.report.format")))
    var format: ReportCommand.Format = .table

    @Option(help: ArgumentHelp(cli("help.report.roster"), valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp(cli("help.report.course"), valueName: "id"))
    var course: String?

    @Flag(help: ArgumentHelp(cli("help.report.excel")))
    var excel = false

    @OptionGroup var languageOption: LanguageOption

    /// The report these options ask for over the store `store` opens; without `--roster` or
    /// `--course`, the class's (`classRoster`, `classCourse`) if any.
    func report(store: () throws -> Store, trainee: String?, content: ContentOptions, settings: XAPISettings,
                classRoster: () -> Roster? = { nil }, classCourse: String? = nil) throws -> Report {
        // The roster first: a mistake in it is told before anything else is opened.
        let chosen = try roster.map(RosterFile.read) ?? classRoster()
        return Report(store: try store(), trainee: trainee, roster: chosen, course: course ?? classCourse, content: content, settings: settings,
                      language: languageOption.language)
    }
}

/// One report over a store: what `ally report` and `ally class report` both write (the class's
/// is this report over the class's store, with the class's roster, course and xAPI settings).
struct Report {
    /// The store read.
    var store: Store
    /// Only this trainee, if any.
    var trainee: String?
    /// The roster: Moodle identifiers and display names.
    var roster: Roster?
    /// The course whose scenarios are the columns; nil: every scenario of the library.
    var course: String?
    /// Where the content is: the columns and the translations they merge (read only for a gradebook).
    var content: ContentOptions
    /// How xAPI statements name the site, the class, its run and its instructor.
    var settings: XAPISettings
    /// The table's language.
    var language: Language

    /// The gradebook of the store's scored attempts in the library's (or course's) columns, with the
    /// roster's identifiers and names; trainees the roster leaves out are named on standard error.
    func gradebook() throws -> Gradebook {
        let language = LanguageOption.language(nil)
        let library = try content.load()
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
        let book = Gradebook(attempts, columns: columns, roster: roster)
        if !book.unlisted.isEmpty { Terminal.error(ReportingStrings.unlisted(book.unlisted)(language)) }
        return book
    }

    /// Writes the report in `format` to standard output (`json`: the gradebook's lines; `attempts`: every attempt).
    func write(_ format: ReportCommand.Format, excel: Bool) throws {
        switch format {
        case .table:
            Output.write(try gradebook().table(language: language))
        case .csv:
            Output.write(try gradebook().csv(dialect: excel ? .excel : .standard))
        case .json:
            Output.json(String(decoding: try ReportCommand.encoder.encode(try gradebook().jsonLines()), as: UTF8.self))
        case .attempts:
            let attempts = try StoreOptions.check { try store.attempts(trainee: trainee) }
            Output.json(String(decoding: try ReportCommand.encoder.encode(attempts.map(AttemptJSON.init)), as: UTF8.self))
        case .xapi:
            let statements = try StoreOptions.check { try store.statements(trainee: trainee, settings: settings) }
            Output.json(String(decoding: try ReportCommand.encoder.encode(statements.map(\.statement)), as: UTF8.self))
        }
    }
}

/// One attempt in `ally report --format attempts`.
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

    /// The settings these options describe, for attempts played in `classGroup` if any (and, for a
    /// class's report, its run's `registration` and its `instructor`).
    func settings(classGroup: String? = nil, registration: String? = nil, instructor: String? = nil) -> XAPISettings {
        XAPISettings(
            homePage: givenSite ?? XAPISettings.defaultHomePage,
            passMark: passMark == "none" ? nil : Int(passMark).map { min(100, max(0, $0)) } ?? 60,
            classGroup: classGroup, registration: registration, instructor: instructor)
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
