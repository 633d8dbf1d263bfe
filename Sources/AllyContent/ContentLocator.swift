import Foundation

/// Finds the content folder: `--content DIR`, else `$ALLY_CONTENT`, else `./Content`, else
/// `<executable's folder>/../share/ally/Content`, else `<executable's folder>/Content`.
public enum ContentLocator {
    /// No content folder was found; `tried` lists every place looked at, in order.
    public struct NotFound: Error, Equatable, CustomStringConvertible {
        /// The folders tried, each with where the candidate came from.
        public let tried: [String]

        /// "no content folder found; tried: ..." on several lines.
        public var description: String {
            "no content folder found; tried:\n" + tried.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// Resolves the content folder without touching the process: every input is a parameter.
    ///
    /// An explicit `--content` or `ALLY_CONTENT` that is not a folder is an error by itself:
    /// falling back silently would load other content than the one the user asked for.
    /// - Parameters:
    ///   - option: the value of `--content`, if given.
    ///   - environment: the process environment (only `ALLY_CONTENT` is read).
    ///   - currentDirectory: the folder relative paths are resolved against.
    ///   - executablePath: the running executable, symbolic links resolved.
    ///   - isDirectory: whether a path is an existing folder.
    public static func locate(
        option: String?, environment: [String: String], currentDirectory: String, executablePath: String,
        isDirectory: (String) -> Bool
    ) -> Result<URL, NotFound> {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        // A relative path stays relative to `base`, so diagnostics read "Content/nl/x.yaml" as typed.
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : URL(fileURLWithPath: path, relativeTo: base)
        }
        func exists(_ url: URL) -> Bool { isDirectory(url.standardizedFileURL.path) }
        if let option {
            let url = resolve(option)
            return exists(url) ? .success(url) : .failure(NotFound(tried: ["\(url.standardizedFileURL.path) (--content): not a folder"]))
        }
        if let value = environment["ALLY_CONTENT"], !value.isEmpty {
            let url = resolve(value)
            return exists(url) ? .success(url) : .failure(NotFound(tried: ["\(url.standardizedFileURL.path) (ALLY_CONTENT): not a folder"]))
        }
        let executableFolder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        let candidates: [(URL, String)] = [
            (resolve("Content"), "the current folder"),
            (executableFolder.appendingPathComponent("../share/ally/Content").standardizedFileURL, "installed beside the executable"),
            (executableFolder.appendingPathComponent("Content").standardizedFileURL, "next to the executable"),
        ]
        for (url, _) in candidates where exists(url) {
            return .success(url)
        }
        return .failure(NotFound(tried: candidates.map { "\($0.0.standardizedFileURL.path) (\($0.1))" }))
    }

    /// Resolves the content folder for the running process (environment, working folder, executable).
    public static func locate(option: String?) -> Result<URL, NotFound> {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().path
        let executablePath = Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? executable
        return locate(
            option: option, environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath, executablePath: executablePath,
            isDirectory: { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            })
    }
}
