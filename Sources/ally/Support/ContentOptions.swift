import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// The `--content` option shared by every command that reads scenarios.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        cli("help.contentOptions.content"),
        discussion: cli("help.contentOptions.contentDefault"),
        valueName: "dir"))
    var content: String?

    /// Finds the content folder, or exits with a message that lists what was tried.
    func locate() throws -> URL {
        try Self.locate(content)
    }

    /// Finds the content folder for a `--content` value (nil: not given), or exits with a message.
    static func locate(_ content: String?) throws -> URL {
        try locateFolder(content).url
    }

    /// Like ``locate(_:)``, but the folder stays plain strings (see ``ContentLocator/Folder``).
    static func locateFolder(_ content: String?) throws -> ContentLocator.Folder {
        switch ContentLocator.locate(option: content) {
        case .success(let folder): return folder
        case .failure(let error):
            Terminal.error(error.message(in: CommandLanguage.current))
            throw ExitCode(2)
        }
    }

    /// Loads the library; errors in some files are reported on standard error and those files are left out.
    func load() throws -> ContentLibrary {
        let library = ContentLoader.load(from: [try locate()])
        if let message = Self.leftOut(library) { Terminal.error(message) }
        return library
    }

    /// What to say when files with errors were left out, naming them (the first ten); nil when none was.
    static func leftOut(_ library: ContentLibrary) -> String? {
        guard library.hasErrors else { return nil }
        var files: [String] = []
        for file in library.errors.map(\.file) where !files.contains(file) { files.append(file) }
        let named = files.prefix(10).joined(separator: ", ") + (files.count > 10 ? cli("cli.andMore", ["count": files.count - 10]) : "")
        return cli("cli.leftOut", ["errors": library.errors.count, "files": named])
    }
}

extension ContentOptions {
    /// Content loaded for checking `paths` in the context of the whole content folder.
    struct Focused {
        /// Everything loaded: the named paths and, for cross-file checks, the content folder.
        var library: ContentLibrary
        /// The named paths as the user typed them.
        var named: [String]

        /// Whether a diagnostic's or scenario's file lies under one of the named paths.
        func isNamed(_ file: String) -> Bool {
            named.contains { file == $0 || file.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }

        /// The diagnostics of the named files only.
        var diagnostics: [Diagnostic] { library.diagnostics.filter { isNamed($0.file) } }

        /// The scenarios read from the named files.
        var scenarios: [Scenario] { library.scenarios.filter { library.file(ofScenario: $0.id).map(isNamed) ?? false } }
    }

    /// Loads `paths` together with the content folder (when there is one), so that translation
    /// links and duplicate ids are checked against the whole library, as the trainer will see it.
    func load(focusingOn paths: [String]) -> Focused {
        let named = paths.map { URL(fileURLWithPath: $0) }
        // The named files come first so that they keep the names the user typed.
        let context = (try? ContentLocator.locate(option: content).get()).map { [$0.url] } ?? []
        return Focused(library: ContentLoader.load(from: named + context), named: named.map(\.relativePath))
    }
}

/// Small helpers for writing to standard error.
enum Terminal {
    /// Writes `message` to standard error as "ally: message" (through ``Output``).
    static func error(_ message: String) {
        Output.errorLine("ally: \(message)")
    }
}

extension URL {
    /// The path relative to the working folder when it lies inside it (as a user would type it), else absolute.
    var pathRelativeToWorkingDirectory: String {
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
