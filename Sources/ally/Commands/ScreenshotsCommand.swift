import AllyUI
import ArgumentParser
import Foundation

/// `ally screenshots`: renders the storyboard's chosen screens to SVG files.
struct ScreenshotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screenshots",
        abstract: cli("help.screenshots.abstract"))

    @Option(help: ArgumentHelp(cli("help.screenshots.output"), valueName: "dir"))
    var output = "Screenshots"

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in Screenshots.files() {
            try Data(file.svg.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
            Output.line(folder.appendingPathComponent(file.name).relativePath)
        }
    }
}
