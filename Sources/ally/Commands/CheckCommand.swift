import AllyCore
import AllyContent
import AllyTerminal
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

    /// How a file read from standard input (`ally check -`) is named in diagnostics.
    static let standardInputName = "<stdin>"

    @Argument(help: ArgumentHelp(cli("help.check.paths"), valueName: "path"), completion: .file(extensions: ["yaml"]))
    var paths: [String] = []

    @Option(help: ArgumentHelp(cli("help.check.format")))
    var format: Format = .text

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if paths.contains("-") && paths.count > 1 { throw ValidationError(cli("check.standardInputAlone")) }
    }

    func run() throws {
        let focus: ContentOptions.Focused
        var sources = SourceLines()
        if paths == ["-"] {
            if isatty(STDIN_FILENO) == 1 { Output.errorLine(cli("check.readingStandardInput")) }
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            focus = contentOptions.load(standardInput: bytes, named: Self.standardInputName)
            sources.add(Self.standardInputName, text: String(decoding: bytes, as: UTF8.self))
        } else {
            focus = contentOptions.load(focusingOn: paths.isEmpty ? try contentOptions.layers().map(\.pathRelativeToWorkingDirectory) : paths)
        }
        let diagnostics = focus.diagnostics
        let summary = DiagnosticFormats.Summary(scenarios: focus.scenarios.count, diagnostics: diagnostics)
        let language = languageOption.language
        switch format {
        case .text:
            let theme = Output.theme()
            Output.styled(DiagnosticExcerpt.lines(diagnostics, in: language) { sources.line($0.line, of: $0.file) }, theme: theme)
            Output.errorLine(language.text("check.summary", ["scenarios": summary.scenarios, "errors": summary.errors, "warnings": summary.warnings]))
        case .json:
            Output.json(try DiagnosticFormats.json(diagnostics, summary: summary, in: language, version: AllyVersion.current))
        case .github:
            Output.write(DiagnosticFormats.github(diagnostics, in: language))
        case .sarif:
            Output.json(try DiagnosticFormats.sarif(diagnostics, in: language, version: AllyVersion.current))
        }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}

/// The lines of the files diagnostics point into, each file read once (as the loader reads it:
/// never blocking, a regular file only); a file that cannot be read has no lines, and its
/// diagnostics no excerpt.
private struct SourceLines {
    private var files: [String: [String]] = [:]

    /// Keeps `text` as the file `name` (standard input, which cannot be read again).
    mutating func add(_ name: String, text: String) {
        files[name] = DiagnosticExcerpt.sourceLines(text)
    }

    /// Line `number` (1-based) of `file`, if the file can be read and has it.
    mutating func line(_ number: Int, of file: String) -> String? {
        if files[file] == nil {
            files[file] = ContentLoader.text(ofFile: file).map(DiagnosticExcerpt.sourceLines) ?? []
        }
        guard let lines = files[file], number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
