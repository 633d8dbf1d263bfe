import AllyContent
import AllyCore
import ArgumentParser
import Foundation

/// The `--content` option shared by every command that reads scenarios.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        cli("help.contentOptions.content"),
        discussion: cli("help.contentOptions.contentDefault"),
        valueName: "dir"), completion: .directory)
    var content: String?

    /// Finds the (top) content folder, or exits with a message that lists what was tried.
    func locate() throws -> URL {
        try Self.locate(content)
    }

    /// Finds the top content folder for a `--content` value (nil: not given), or exits with a message.
    static func locate(_ content: String?) throws -> URL {
        try locateFolder(content).url
    }

    /// Like ``locate(_:)``, but the folder stays plain strings (see ``ContentLocator/Folder``).
    static func locateFolder(_ content: String?) throws -> ContentLocator.Folder {
        try locateLayers(content)[0]
    }

    /// The content folders, the top layer first: `--content` alone; else the folders of
    /// `$ALLY_CONTENT` or of the config file's `content`, each of which must exist; else the one
    /// folder ``ContentLocator`` finds. Exits with a message when one is missing.
    static func locateLayers(_ content: String?) throws -> [ContentLocator.Folder] {
        let configured = content == nil ? (Settings.environment[.content]?.values ?? Settings.fileValues(.content)) : nil
        guard let configured, configured.count > 0 else { return [try locateOne(content)] }
        var folders: [ContentLocator.Folder] = []
        for path in configured {
            let folder = try locateOne(path)
            if !folders.contains(where: { $0.absolutePath == folder.absolutePath }) { folders.append(folder) }
        }
        return folders
    }

    /// Finds one folder (``ContentLocator/locate(option:)``), or exits with its message.
    private static func locateOne(_ path: String?) throws -> ContentLocator.Folder {
        switch ContentLocator.locate(option: path) {
        case .success(let folder): return folder
        case .failure(let error):
            Terminal.error(error.message(in: CommandLanguage.current))
            throw ExitCode(2)
        }
    }

    /// The content folders as URLs, the top layer first.
    func layers() throws -> [URL] { try Self.locateLayers(content).map(\.url) }

    /// Loads the library: every layer, a higher one's ids hiding a lower one's
    /// (``ContentLoader/load(layers:)``); errors in some files are reported on standard error and those files are left out.
    func load() throws -> ContentLibrary {
        let library = ContentLoader.load(layers: try layers().map { [$0] })
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

    /// Loads `paths` together with their content, so that translation links and duplicate ids are
    /// checked against the whole library, as the trainer will see it.
    ///
    /// A named file's content root is found from its own path (the folder above it that holds the
    /// schemas), not from the working folder: `ally check x.yaml` inside `Content/en` checks with
    /// the rest of that library. That root is the top layer, over the configured folders, so a
    /// working copy's ids hide an installed copy's instead of being reported as duplicates.
    func load(focusingOn paths: [String]) -> Focused {
        let named = paths.map { URL(fileURLWithPath: $0) }
        let configured = Self.quietLayers(content)
        // A layer per root: the named files' own roots on top (unless configured), then the
        // configured folders. Each named file goes first into its root's layer, so that it keeps
        // the name the user typed and a repeated id within its library is still an error.
        var layers: [(root: String?, urls: [URL])] = [(nil, [])]
        layers += configured.map { ($0.absolutePath, [$0.url]) }
        for url in named {
            let path = url.standardizedFileURL.path
            // A file inside a configured folder belongs to that layer (a school's folder need not hold the schemas).
            if let index = layers.firstIndex(where: { layer in layer.root.map { path == $0 || path.hasPrefix($0 + "/") } ?? false }) {
                layers[index].urls.insert(url, at: layers[index].urls.count - 1)
                continue
            }
            let root = ContentLocator.root(of: path, exists: { FileManager.default.fileExists(atPath: $0) })
            if let root, let index = layers.firstIndex(where: { $0.root == root }) {
                layers[index].urls.insert(url, at: layers[index].urls.count - 1)
            } else if let root {
                layers.insert((root, [url, URL(fileURLWithPath: root, isDirectory: true)]), at: 1)
            } else {
                layers[0].urls.append(url)
            }
        }
        return Focused(library: ContentLoader.load(layers: layers.map(\.urls)), named: named.map(\.relativePath))
    }

    /// Loads a file read from standard input (`ally check -`), named `name`, over the content
    /// around it: the content root of the working folder (the nearest folder at or above it that
    /// holds the schemas) unless `--content` is given, then the configured folders; so its ids and
    /// translations resolve, and its own id hides the same file's copy on disk.
    func load(standardInput bytes: [UInt8], named name: String) -> Focused {
        var layers = Self.quietLayers(content).map(\.url)
        let here = FileManager.default.currentDirectoryPath
        if content == nil, let root = ContentLocator.root(of: here, exists: { FileManager.default.fileExists(atPath: $0) }),
           !layers.contains(where: { $0.standardizedFileURL.path == root }) {
            layers.insert(URL(fileURLWithPath: root, isDirectory: true), at: 0)
        }
        return Focused(library: ContentLoader.load(bytes: bytes, named: name, over: layers.map { [$0] }), named: [name])
    }

    /// ``locateLayers(_:)`` without messages, leaving out what is missing (a file may be checked alone).
    static func quietLayers(_ content: String?) -> [ContentLocator.Folder] {
        let configured = content == nil ? (Settings.environment[.content]?.values ?? Settings.fileValues(.content)) : nil
        let paths: [String?] = configured.map { $0.map(Optional.some) } ?? [content]
        var folders: [ContentLocator.Folder] = []
        for path in paths {
            guard case .success(let folder) = ContentLocator.locate(option: path) else { continue }
            if !folders.contains(where: { $0.absolutePath == folder.absolutePath }) { folders.append(folder) }
        }
        return folders
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
