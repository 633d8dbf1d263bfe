import AllyReporting
import ArgumentParser
import Foundation

/// A class's folder (`$XDG_DATA_HOME/ally/classes/NAME`): its store, code, host key, roster,
/// registration and the state the server publishes.
enum ClassFolder {
    /// The folder of class `name`.
    static func path(_ name: String) -> String {
        ServeCommand.dataHome() + "/ally/classes/" + name
    }

    /// The class's store, `path` or the folder's, when the class has played; else the command ends
    /// with "no results yet" (a report never makes a store).
    static func existingStore(of name: String, at path: String? = nil) throws -> String {
        let store = path ?? self.path(name) + "/ally.sqlite"
        guard FileManager.default.fileExists(atPath: store) else {
            Terminal.error(cli("cli.classNoResults", ["className": name, "path": store]))
            throw ExitCode(1)
        }
        return store
    }

    /// The roster's copy in the folder.
    static func rosterPath(_ folder: String) -> String { folder + "/roster.csv" }

    /// Checks the roster at `path` and keeps a copy in `folder`; every problem is printed, with exit status 2.
    static func adopt(roster path: String, into folder: String) throws {
        _ = try RosterFile.read(path)
        let copy = rosterPath(folder)
        unlink(copy)
        guard FileManager.default.createFile(
            atPath: copy, contents: FileManager.default.contents(atPath: path), attributes: [.posixPermissions: 0o600]) else {
            Terminal.error(cli("cli.cannotWriteFile", ["path": copy]))
            throw ExitCode(2)
        }
    }

    /// The folder's roster, if it has one (it was checked when the class started).
    static func roster(in folder: String) -> Roster? {
        guard let data = FileManager.default.contents(atPath: rosterPath(folder)),
              case .success(let roster) = Roster.parse(String(decoding: data, as: UTF8.self)) else {
            return nil
        }
        return roster
    }

    /// The class run's registration (a UUID for xAPI's context.registration), made once and kept at `path`.
    static func registration(at path: String) -> String {
        if let text = try? String(contentsOfFile: path, encoding: .utf8),
           let uuid = UUID(uuidString: text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return uuid.uuidString.lowercased()
        }
        let made = UUID().uuidString.lowercased()
        try? (made + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return made
    }
}
