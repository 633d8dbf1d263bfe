import AllyCore
import AllyContent
import ArgumentParser
import Foundation

/// `ally check`: finds every mistake in scenario files, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: cli("help.check.abstract"),
        discussion: cli("help.check.discussion"))

    /// The output formats of `ally check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    @Argument(help: ArgumentHelp(cli("help.check.paths"), valueName: "path"), completion: .file(extensions: ["yaml"]))
    var paths: [String] = []

    @Option(help: ArgumentHelp(cli("help.check.format")))
    var format: Format = .text

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let focus = contentOptions.load(focusingOn: paths.isEmpty ? try contentOptions.layers().map(\.pathRelativeToWorkingDirectory) : paths)
        let diagnostics = focus.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        let language = languageOption.language
        switch format {
        case .text:
            for diagnostic in diagnostics { Output.line(diagnostic.description(in: language)) }
            Output.errorLine(language.text("check.summary", ["scenarios": focus.scenarios.count, "errors": errors, "warnings": diagnostics.count - errors]))
        case .json:
            let objects = diagnostics.map { $0.jsonObject(in: language) }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Output.json(String(decoding: data, as: UTF8.self))
        case .github:
            Output.write(DiagnosticFormats.github(diagnostics, in: language))
        case .sarif:
            Output.json(try DiagnosticFormats.sarif(diagnostics, in: language, version: AllyVersion.current))
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
