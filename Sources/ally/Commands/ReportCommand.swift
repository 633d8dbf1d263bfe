import AllyCore
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

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var xapiOptions: XAPIOptions

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let store = try storeOption.open(readOnly: true)
        switch format {
        case .table:
            Output.write(Gradebook(try StoreOptions.check { try store.attempts(trainee: trainee) }).table(language: languageOption.language))
        case .csv:
            Output.write(Gradebook(try StoreOptions.check { try store.attempts(trainee: trainee) }).csv())
        case .json:
            let attempts = try StoreOptions.check { try store.attempts(trainee: trainee) }
            Output.json(String(decoding: try Self.encoder.encode(attempts.map(AttemptJSON.init)), as: UTF8.self))
        case .xapi:
            let statements = try StoreOptions.check { try store.statements(trainee: trainee, settings: xapiOptions.settings) }
            Output.json(String(decoding: try Self.encoder.encode(statements.map(\.statement)), as: UTF8.self))
        }
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

/// The options that shape xAPI statements, shared by `report --format xapi` and `sync`.
struct XAPIOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        cli("help.report.site", ["site": XAPISettings.defaultHomePage]),
        valueName: "url"))
    var site: String?

    @Option(help: ArgumentHelp(cli("help.report.passMark"),
                               valueName: "score"))
    var passMark: String = "60"

    /// The settings these options describe.
    var settings: XAPISettings {
        XAPISettings(
            homePage: site ?? environmentVariable("ALLY_SITE") ?? XAPISettings.defaultHomePage,
            passMark: passMark == "none" ? nil : Int(passMark).map { min(100, max(0, $0)) } ?? 60)
    }

    func validate() throws {
        guard passMark == "none" || Int(passMark) != nil else {
            throw ValidationError(cli("cli.passMark"))
        }
    }
}
