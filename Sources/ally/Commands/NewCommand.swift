import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// `ally new`: starts new content from a skeleton that checks clean.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create new content from a commented skeleton.",
        subcommands: [NewScenarioCommand.self])
}

/// `ally new scenario`: writes the skeleton of a scenario.
struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Write a commented scenario skeleton that checks clean.",
        discussion: "It is written to <content>/<lang>/<id>.yaml unless --output is given; an existing file is never overwritten.")

    @Option(help: ArgumentHelp("The customer's type: \(CustomerType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var type: CustomerType

    @Option(help: ArgumentHelp("The scenario's language: en or nl.", valueName: "lang"))
    var lang: Language

    @Option(help: ArgumentHelp("The scenario's id, [a-z0-9-]+ (default: new-scenario-<lang>; an id must not name the type).", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp(
        "A concept question the second step asks too: \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kind"))
    var ask: ConceptKind?

    @Option(help: ArgumentHelp("Where to write the file ('-' for standard output).", valueName: "path"))
    var output: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        if let id, id.isEmpty || !id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            throw ValidationError("an id is made of a-z, 0-9 and '-', like 'garage-keys-en'; '\(id)' is not")
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
            Terminal.error("\(url.path) exists already; choose another --id or --output.")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            Terminal.error("could not write \(url.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Output.line("wrote \(url.path)")
        Output.line("next: ally check \(url.path)   ally graph \(url.path)")
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
