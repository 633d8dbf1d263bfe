import AllyContent
import ArgumentParser
import Foundation

/// The `--content` option shared by every command that reads scenarios.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of scenario files.",
        discussion: "Default: $ALLY_CONTENT, else ./Content, else the Content installed beside the binary.",
        valueName: "dir"))
    var content: String?

    /// Finds the content folder, or exits with a message that lists what was tried.
    func locate() throws -> URL {
        switch ContentLocator.locate(option: content) {
        case .success(let url): return url
        case .failure(let error):
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Loads the library; errors in some files are reported on standard error and those files are left out.
    func load() throws -> ContentLibrary {
        let library = ContentLoader.load(from: [try locate()])
        if library.hasErrors {
            Terminal.error(
                "\(library.errors.count) error(s) in the content; the files with errors are left out. "
                    + "Run 'ally check' for the details.")
        }
        return library
    }
}

/// Small helpers for writing to standard error.
enum Terminal {
    /// Writes `message` to standard error as "ally: message".
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("ally: \(message)\n".utf8))
    }
}
