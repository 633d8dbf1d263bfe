import AllyCore
import AllyContent
import ArgumentParser
import Foundation

/// `ally graph`: draws a scenario's steps and choices.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's steps and choices as a tree (or Graphviz DOT).",
        discussion: """
            Endings show their outcome (■), type changes show as ⇒, timed steps as ⏱.
            For a picture: ally graph FILE --format dot | dot -Tsvg > graph.svg
            """)

    /// The drawing formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tree, dot
    }

    @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
    var file: String

    @Option(help: "tree (for the terminal) or dot (for Graphviz).")
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
