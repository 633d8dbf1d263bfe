import AllyCore
import Foundation

/// Finds the content folder: `--content DIR`, else `$ALLY_CONTENT`, else `./Content`, else
/// `<executable's folder>/../share/ally/Content`, else `<executable's folder>/Content`.
public enum ContentLocator {
    /// No content folder was found; `tried` lists every place looked at, in order.
    public struct NotFound: Error, Equatable, CustomStringConvertible {
        /// The folders tried, each with where the candidate came from.
        public let tried: [Localized]

        /// "no content folder found; tried: ..." on several lines.
        public var description: String { message(in: .en) }

        /// The same in `language`.
        public func message(in language: Language) -> String {
            language.text("content.noFolder", ["tried": tried.map { "  " + $0(language) }.joined(separator: "\n")])
        }
    }

    /// A content folder that exists: as it was written, and the folder it is relative to.
    ///
    /// Plain strings until a URL is asked for, because the trainer locates its content before
    /// its first frame and a Foundation URL costs more there than the search itself.
    public struct Folder: Equatable, Sendable {
        /// The folder as given (`Content`, `../here/Content`) or, when absolute, standardized.
        public let path: String
        /// The folder a relative `path` is resolved against (the working folder).
        public let base: String

        /// The folder, `.` and `..` resolved.
        public var absolutePath: String { ContentLocator.standardized(path.hasPrefix("/") ? path : base + "/" + path) }

        /// The folder as a file URL; a relative path stays relative to `base`, so diagnostics read
        /// "Content/nl/x.yaml" as typed.
        public var url: URL {
            path.hasPrefix("/")
                ? URL(fileURLWithPath: path, isDirectory: true)
                : URL(fileURLWithPath: path, isDirectory: true, relativeTo: URL(fileURLWithPath: base, isDirectory: true))
        }
    }

    /// Resolves the content folder without touching the process: every input is a parameter.
    ///
    /// An explicit `--content` or `ALLY_CONTENT` that is not a folder is an error by itself:
    /// falling back silently would load other content than the one the user asked for.
    /// - Parameters:
    ///   - option: the value of `--content`, if given.
    ///   - environment: looks up a variable of the process environment (only `ALLY_CONTENT` is read).
    ///   - currentDirectory: the folder relative paths are resolved against.
    ///   - executablePath: the running executable, symbolic links resolved; asked for only when
    ///     neither the option, the environment nor the current folder gives a folder.
    ///   - isDirectory: whether a path is an existing folder.
    public static func locate(
        option: String?, environment: (String) -> String?, currentDirectory: String, executablePath: () -> String,
        isDirectory: (String) -> Bool
    ) -> Result<Folder, NotFound> {
        func folder(_ path: String) -> Folder {
            Folder(path: path.hasPrefix("/") ? standardized(path) : path, base: currentDirectory)
        }
        if let option {
            let found = folder(option)
            return isDirectory(found.absolutePath)
                ? .success(found) : .failure(NotFound(tried: [Localized("content.tried.notFolder", ["path": found.absolutePath, "via": "--content"])]))
        }
        if let value = environment("ALLY_CONTENT"), !value.isEmpty {
            let found = folder(value)
            return isDirectory(found.absolutePath)
                ? .success(found) : .failure(NotFound(tried: [Localized("content.tried.notFolder", ["path": found.absolutePath, "via": "ALLY_CONTENT"])]))
        }
        // The common case, a trainee in the folder that holds Content/, needs nothing more.
        let here = folder("Content")
        if isDirectory(here.absolutePath) { return .success(here) }
        let executableFolder = standardized(executablePath() + "/..")
        let candidates: [(Folder, String)] = [
            (here, "content.tried.here"),
            (folder(executableFolder + "/../share/ally/Content"), "content.tried.installed"),
            (folder(executableFolder + "/Content"), "content.tried.beside"),
        ]
        for (found, _) in candidates.dropFirst() where isDirectory(found.absolutePath) {
            return .success(found)
        }
        return .failure(NotFound(tried: candidates.map { Localized($0.1, ["path": $0.0.absolutePath]) }))
    }

    /// `path` with `.`, `..` and repeated slashes resolved, without looking at the disk
    /// (as `URL.standardizedFileURL` does; symbolic links are left alone).
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        // Appended by hand: `joined(separator:)` over substrings is an unspecialised generic here.
        var result = path.hasPrefix("/") ? "/" : ""
        for (index, part) in parts.enumerated() {
            if index > 0 { result += "/" }
            result.append(contentsOf: String(part))
        }
        return result
    }

    /// Resolves the content folder for the running process (environment, working folder, executable).
    ///
    /// It runs before the trainer's first frame, so it asks the system directly (getenv, stat)
    /// rather than through `ProcessInfo` and `Bundle`, which set up far more than is needed here.
    public static func locate(option: String?) -> Result<Folder, NotFound> {
        locate(
            option: option, environment: { getenv($0).map { String(cString: $0) } },
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: {
                let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "."
                return URL(fileURLWithPath: executable).resolvingSymlinksInPath().path
            },
            isDirectory: { path in
                var status = stat()
                return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            })
    }
}
