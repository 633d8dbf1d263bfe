import AllyCore
import Foundation

/// Finds the content files under the paths the user named, in a stable order.
enum ContentWalker {
    /// A file to load: where it is, how to show it, and what it holds.
    struct Entry: Sendable, Equatable {
        var path: String
        var display: String
        var kind: ContentKind
    }

    /// Files found and problems met on the way (unreadable folders, missing paths, ignored names).
    static func collect(_ urls: [URL]) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var walk = Walk()
        for url in urls {
            // `relativePath` keeps the user's spelling ("Content/nl/x.yaml"), like a compiler does.
            walk.visit(path: url.path, display: display(url), named: true)
        }
        // Readable places without any content are suspicious (a wrong --content?), not an error.
        if walk.entries.isEmpty, !walk.diagnostics.contains(where: { $0.severity == .error }) {
            for url in urls {
                walk.diagnostics.append(Diagnostic(file: display(url), line: 0, column: 0, severity: .warning, Localized("content.noContentFiles")))
            }
        }
        return (walk.entries, walk.diagnostics)
    }

    private static func display(_ url: URL) -> String {
        url.relativePath.isEmpty ? url.path : url.relativePath
    }

    private struct Walk {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var seenFolders = Set<[UInt64]>()
        var seenFiles = Set<[UInt64]>()

        /// `named`: the user gave this path explicitly, so it is loaded whatever its name.
        mutating func visit(path: String, display: String, named: Bool) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                report(display, ReadFailure(errno: errno, what: Localized(named ? "content.word.path" : "content.word.file")).message)
                return
            }
            let name = (path as NSString).lastPathComponent
            if (info.st_mode & S_IFMT) == S_IFDIR {
                // Symbolic links can make loops; each folder is read once.
                guard seenFolders.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
                readFolder(path: path, display: display)
            } else if (info.st_mode & S_IFMT) != S_IFREG, named || name.hasSuffix(".yaml") {
                // A FIFO, socket or device is never opened: reading one can block for ever.
                report(display, Localized("content.cannotReadNotRegular"))
            } else if named || name.hasSuffix(".yaml") {
                // The same file may be named twice (a path and its folder); the first name wins.
                guard seenFiles.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
                entries.append(Entry(path: path, display: display, kind: ContentKind(fileName: name)))
            } else if name.hasSuffix(".yml") {
                diagnostics.append(Diagnostic(file: display, line: 0, column: 0, severity: .warning, Localized("content.ignoredYml")))
            }
        }

        mutating func readFolder(path: String, display: String) {
            guard let folder = opendir(path) else {
                report(display, ReadFailure(errno: errno, what: Localized("content.word.folder")).message)
                return
            }
            var names: [String] = []
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                // Hidden files and folders (".git", editor swap files) are not content.
                if !name.hasPrefix(".") { names.append(name) }
            }
            closedir(folder)
            for name in names.sorted() {
                visit(path: path + "/" + name, display: display.hasSuffix("/") ? display + name : display + "/" + name, named: false)
            }
        }

        mutating func report(_ file: String, _ message: Localized) {
            diagnostics.append(Diagnostic(file: file, line: 0, column: 0, severity: .error, message))
        }
    }
}
