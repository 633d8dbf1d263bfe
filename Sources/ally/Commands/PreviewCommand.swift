import AllyContent
import AllyCore
import AllyNcurses
import AllyTerminal
import AllyUI
import ArgumentParser
import Foundation

/// `ally preview FILE`: plays one scenario file full-screen and reloads it when it changes.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: cli("help.preview.abstract"),
        discussion: cli("help.preview.discussion"))

    @Argument(help: ArgumentHelp(cli("help.preview.file"), valueName: "file"))
    var file: String

    @OptionGroup var languageOption: LanguageOption

    @Flag(name: .customLong("monochrome"), help: ArgumentHelp(cli("help.preview.monochrome")))
    var monochrome = false

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            Terminal.error(cli("cli.noSuchFile", ["file": file]))
            throw ExitCode(2)
        }
        let language = languageOption.language
        let backend = try FullScreen.open(monochrome: monochrome)
        let stopwatch = Stopwatch()
        let loop = PreviewLoop(
            backend: backend, model: PreviewModel(file: file, language: language),
            load: { [contentOptions, file] in Self.read(file, contentOptions) },
            stamp: { [file] in Self.stamp(of: file) },
            clock: stopwatch.seconds)
        loop.run()
        backend.restore()
        // Stopped by a signal (SIGTERM, SIGHUP when SSH drops): exit as the shell convention says.
        if let signal = loop.terminatingSignal { throw ExitCode(128 + signal) }
    }

    /// Reads `file` in the context of the content folder: its scenario, or its diagnostics.
    static func read(_ file: String, _ options: ContentOptions) -> PreviewLoad {
        let focus = options.load(focusingOn: [file])
        let diagnostics = focus.diagnostics
        if let scenario = focus.scenarios.first, !diagnostics.contains(where: { $0.severity == .error }) {
            return .scenario(scenario)
        }
        let lines = diagnostics.map { $0.description(in: CommandLanguage.current) }
        return .broken(lines.isEmpty ? [cli("cli.noScenarioIn", ["file": file])] : lines)
    }

    /// The file's modification time, size and inode, to notice a save. `stat` directly, for the
    /// nanoseconds of the modification time: two saves of the same size within one second differ.
    static func stamp(of file: String) -> FileStamp {
        var status = stat()
        guard stat(file, &status) == 0 else { return FileStamp(modified: nil, size: nil) }
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        return FileStamp(modified: modified, size: Int(status.st_size), inode: UInt64(status.st_ino))
    }
}
