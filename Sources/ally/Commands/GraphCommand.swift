import AllyCore
import AllyContent
import ArgumentParser
import Foundation

/// `ally graph`: draws a scenario's steps and choices.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: cli("help.graph.abstract"),
        discussion: cli("help.graph.discussion"))

    /// The drawing formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tree, dot
    }

    @Argument(help: ArgumentHelp(cli("help.graph.file"), valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(cli("help.graph.format")))
    var format: Format = .tree

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        let focus = contentOptions.load(focusingOn: [file])
        guard let scenario = focus.scenarios.first else {
            for diagnostic in focus.diagnostics { Output.errorLine(diagnostic.description(in: language)) }
            Terminal.error(language.text("graph.noScenario", ["file": file]))
            throw ExitCode(1)
        }
        Output.write(format == .tree ? ScenarioGraph.tree(scenario, language: language) : ScenarioGraph.dot(scenario))
    }
}
