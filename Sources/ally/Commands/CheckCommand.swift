import AllyContent
import ArgumentParser
import Foundation

/// `ally check`: finds every mistake in scenario files, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and print every mistake as file:line:column: message.",
        discussion: """
            A file is checked with the library it belongs to: the nearest folder above it that holds \
            scenario.schema.json, over the configured content folders, so translation links and ids are \
            checked as the trainer will see them.

            EXAMPLES
              ally check                              the whole content (every configured folder)
              ally check Content/nl/garage-warranty.yaml
              ally check --format json > problems.json

            EXIT STATUS
              0 when there is no error (warnings alone pass), 1 when there is any, 2 when nothing could be read.
            """)

    /// The output formats of `ally check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Files or folders to check (default: the content folder).", valueName: "path"), completion: .file(extensions: ["yaml"]))
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let focus = contentOptions.load(focusingOn: paths.isEmpty ? try contentOptions.layers().map(\.pathRelativeToWorkingDirectory) : paths)
        let diagnostics = focus.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        switch format {
        case .text:
            for diagnostic in diagnostics { Output.line(diagnostic.description) }
            let summary = "checked \(focus.scenarios.count) scenario(s): \(errors) error(s), \(diagnostics.count - errors) warning(s)"
            Output.errorLine(summary)
        case .json:
            let objects = diagnostics.map(\.jsonObject)
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Output.json(String(decoding: data, as: UTF8.self))
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
