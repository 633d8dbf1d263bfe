import AllyCore
import AllyReporting
import ArgumentParser
import Foundation

/// Reading a roster file (docs/roster.md): the one way `report`, `serve` and `class report` do it.
enum RosterFile {
    /// The roster at `path`, or every problem in it printed (each with its line) and exit status 2.
    static func read(_ path: String) throws -> Roster {
        let language = LanguageOption.language(nil)
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error(ReportingStrings.rosterUnreadable(path)(language))
            throw ExitCode(2)
        }
        switch Roster.parse(String(decoding: data, as: UTF8.self)) {
        case .success(let roster):
            return roster
        case .failure(let error):
            for line in ReportingStrings.rosterUnusable(path, error) { Terminal.error(line(language)) }
            throw ExitCode(2)
        }
    }
}
