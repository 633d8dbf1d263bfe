import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// `ally new`: starts new content from a skeleton that checks clean.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: cli("help.new.abstract"),
        subcommands: [NewScenarioCommand.self])
}

/// `ally new scenario`: writes the skeleton of a scenario.
struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: cli("help.new.scenario.abstract"),
        discussion: cli("help.new.discussion"))

    @Option(help: ArgumentHelp(cli("help.new.type", ["types": CustomerType.allCases.map(\.rawValue).joined(separator: ", ")]), valueName: "type"))
    var type: CustomerType

    @Option(help: ArgumentHelp(cli("help.new.lang"), valueName: "lang"))
    var lang: Language

    @Option(help: ArgumentHelp(cli("help.new.id"), valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp(
        cli("help.new.ask", ["kinds": ConceptKind.allCases.map(\.rawValue).joined(separator: ", ")]),
        valueName: "kind"))
    var ask: ConceptKind?

    @Option(help: ArgumentHelp(cli("help.new.output"), valueName: "path"))
    var output: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        if let id, id.isEmpty || !id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            throw ValidationError(cli("cli.badID", ["id": id]))
        }
    }

    func run() throws {
        let id = id ?? "new-scenario-\(lang.rawValue)"
        let text = ScenarioTemplate.skeleton(type: type, language: lang, id: id, asking: ask)
        if output == "-" {
            Output.write(text)
            return
        }
        let url = try output.map { URL(fileURLWithPath: $0) }
            ?? contentOptions.locate().appendingPathComponent(lang.rawValue).appendingPathComponent("\(id).yaml")
        guard !FileManager.default.fileExists(atPath: url.path) else {
            Terminal.error(cli("cli.exists", ["path": url.path]))
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            Terminal.error(cli("cli.cannotWrite", ["path": url.path, "reason": error.localizedDescription]))
            throw ExitCode(1)
        }
        Output.line(cli("cli.wrote", ["path": url.path]))
        Output.line(cli("cli.next", ["path": url.path]))
    }
}

extension ConceptKind: ExpressibleByArgument {}

extension CustomerType: ExpressibleByArgument {
    /// Accepts the English name (`hostage`) or the Dutch one (`gijzelaar`, `patiënt` or `patient`).
    public init?(argument: String) {
        let wanted = argument.lowercased()
        let match = CustomerType.allCases.first { type in
            [type.rawValue, type.name(in: .nl), type.name(in: .nl).replacingOccurrences(of: "ë", with: "e")].contains(wanted)
        }
        guard let match else { return nil }
        self = match
    }
}
