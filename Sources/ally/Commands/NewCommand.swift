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

    @Option(help: ArgumentHelp(cli("help.new.output"), valueName: "path"), completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        if let id, !ContentID.isValid(id) {
            throw ValidationError(cli("cli.badID", ["id": id]))
        }
    }

    func run() throws {
        let id = id ?? "new-scenario-\(lang.rawValue)"
        if output == "-" {
            Output.write(ScenarioTemplate.skeleton(type: type, language: lang, id: id, asking: ask))
            return
        }
        let url = try destination(id: id)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            Terminal.error(cli("cli.exists", ["path": url.path]))
            throw ExitCode(1)
        }
        let text = ScenarioTemplate.skeleton(type: type, language: lang, id: id, asking: ask, schema: schemaPath(from: url.deletingLastPathComponent().path))
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

    /// Where the file goes: `--output`, else `<content>/<lang>/<id>.yaml` in the top content folder,
    /// unless that folder is installed with the system: then `./<id>.yaml`. Nothing is ever
    /// written into a system folder (a package owns it, and its next upgrade would drop the file).
    func destination(id: String) throws -> URL {
        let language = LanguageOption.language(nil)
        if let output {
            let url = URL(fileURLWithPath: output).standardizedFileURL
            if ContentLocator.isSystemFolder(url.deletingLastPathComponent().path) {
                Terminal.error(ConfigStrings.refusedSystemFolder(url.deletingLastPathComponent().path)(language))
                throw ExitCode(1)
            }
            return url
        }
        let top = try ContentOptions.locateFolder(contentOptions.content)
        guard ContentLocator.isSystemFolder(top.absolutePath) else {
            return top.url.appendingPathComponent(lang.rawValue).appendingPathComponent("\(id).yaml")
        }
        let here = FileManager.default.currentDirectoryPath
        guard !ContentLocator.isSystemFolder(here) else {
            Terminal.error(ConfigStrings.refusedSystemFolder(top.absolutePath)(language))
            throw ExitCode(1)
        }
        Terminal.error(ConfigStrings.notIntoSystemFolder(top.absolutePath)(language))
        return URL(fileURLWithPath: here).appendingPathComponent("\(id).yaml")
    }

    /// The schema modeline's path, as an editor resolves it from `folder` (where the file goes):
    /// relative to the content root the file lies in, else the absolute path of the schema of
    /// the content Ally uses, else the relative path of the usual layout.
    func schemaPath(from folder: String) -> String {
        let exists = { (path: String) in FileManager.default.fileExists(atPath: path) }
        let folder = URL(fileURLWithPath: folder).standardizedFileURL.path
        if let root = ContentLocator.root(of: folder + "/new.yaml", exists: exists) {
            return ContentLocator.relativePath(from: folder, to: root + "/" + ContentLocator.rootMarker)
        }
        let layers = (try? ContentOptions.locateLayers(contentOptions.content)) ?? []
        for layer in layers where exists(layer.absolutePath + "/" + ContentLocator.rootMarker) {
            return layer.absolutePath + "/" + ContentLocator.rootMarker
        }
        return "../" + ContentLocator.rootMarker
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
