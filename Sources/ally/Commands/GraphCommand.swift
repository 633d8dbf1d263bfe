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

    @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"), completion: .file(extensions: ["yaml"]))
    var file: String

    @Option(help: "tree (for the terminal) or dot (for Graphviz).")
    var format: Format = .tree

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let focus = contentOptions.load(focusingOn: [file])
        guard let scenario = focus.scenarios.first else {
            for diagnostic in focus.diagnostics { Output.errorLine("\(diagnostic)") }
            Terminal.error("\(file) holds no scenario that could be read; fix the errors above first.")
            throw ExitCode(1)
        }
        Output.write(format == .tree ? ScenarioGraph.tree(scenario) : ScenarioGraph.dot(scenario))
    }
}
