import AllyCore
import Foundation

/// Languages a translator adds without touching Swift: every `<code>.yaml` catalogue in the
/// folders of `ALLY_CATALOGUES` (separated by `:`), installed before the command line is read.
enum InstalledCatalogues {
    /// Reads and installs the catalogues; a file that cannot be read is named on standard error
    /// and left out. Unset, it costs one getenv at start-up.
    static func install() {
        guard let folders = environmentVariable("ALLY_CATALOGUES"), !folders.isEmpty else { return }
        var languages: [Language] = []
        for folder in folders.split(separator: ":").map(String.init) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = (folder as NSString).appendingPathComponent(name)
                do {
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    languages.append(Language(catalogue: try Catalogue.parse(text, code: String(name.dropLast(5))).catalogue))
                } catch {
                    Output.errorLine("ally: \(path): \(error)")
                }
            }
        }
        Language.install(languages)
    }
}
