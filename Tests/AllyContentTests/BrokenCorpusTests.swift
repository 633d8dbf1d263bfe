import AllyContent
import Foundation
import Testing

/// Every file under `Broken/` holds one mistake and names, in `# expect:` comments at its top,
/// exactly the diagnostics it must produce: `# expect: error 23:11 message` (or `# expect: nothing`).
/// A folder under `Broken/` is one library case (duplicate ids, translation links, courses):
/// it is loaded as a whole, and `$DIR` in an expected message stands for the folder's path.
@Suite struct BrokenCorpusTests {
    /// The corpus folder copied into the test bundle.
    static let corpus: URL = Bundle.module.url(forResource: "Broken", withExtension: nil)!

    /// Single-file cases, by file name.
    static let fileCases: [String] = cases(folders: false)
    /// Library cases, by folder name.
    static let folderCases: [String] = cases(folders: true)

    static func cases(folders: Bool) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &isFolder)
            return isFolder.boolValue == folders && (folders || name.hasSuffix(".yaml"))
        }.sorted()
    }

    @Test func corpusIsThere() {
        #expect(Self.fileCases.count >= 60)
        #expect(Self.folderCases.count >= 8)
    }

    @Test(arguments: fileCases)
    func file(_ name: String) throws {
        let url = Self.corpus.appendingPathComponent(name)
        let expected = try Self.expectations(in: url, file: name)
        let library = Self.load(url)
        let actual = library.diagnostics.map { Self.line(for: $0, file: name) }
        #expect(actual == expected, "\(name)")
        // A file with an error yields no scenario; a file with only warnings still does.
        let errors = library.hasErrors
        #expect(library.scenarios.isEmpty == errors || !name.hasSuffix(".yaml") || name.hasSuffix(".course.yaml"))
    }

    @Test(arguments: folderCases)
    func folder(_ name: String) throws {
        let url = Self.corpus.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var expected: [String] = []
        for file in files {
            expected += try Self.expectations(in: url.appendingPathComponent(file), file: file)
                .map { $0.replacingOccurrences(of: "$DIR", with: url.relativePath) }
        }
        let library = Self.load(url)
        let actual = library.diagnostics.map { Self.line(for: $0, file: ($0.file as NSString).lastPathComponent) }
        #expect(actual.sorted() == expected.sorted(), "\(name)")
    }

    /// "file: error 3:7 message", the shape both sides are compared in.
    static func line(for d: Diagnostic, file: String) -> String {
        "\(file): \(d.severity.rawValue) \(d.line):\(d.column) \(d.message)"
    }

    /// The `# expect:` lines at the top of a file (read as bytes: some files are not valid UTF-8).
    static func expectations(in url: URL, file: String) throws -> [String] {
        let data = try Data(contentsOf: url)
        var lines: [String] = []
        for raw in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var text = String(decoding: raw, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if text.hasSuffix("\r") { text.removeLast() }
            guard text.hasPrefix("# expect: ") else { break }
            let body = String(text.dropFirst("# expect: ".count))
            if body != "nothing" { lines.append("\(file): \(body)") }
        }
        if lines.isEmpty && !String(decoding: data.prefix(40), as: UTF8.self).contains("# expect: nothing") {
            Issue.record("\(file) has no '# expect:' line")
        }
        return lines
    }

    static func load(_ url: URL) -> ContentLibrary {
        let library = ContentLoader.load(from: [url])
        // Maintainers: ALLY_DUMP_BROKEN=<folder> writes what each case produced, to review by hand.
        if let folder = ProcessInfo.processInfo.environment["ALLY_DUMP_BROKEN"] {
            let text = library.diagnostics.map { "\($0.file)| # expect: \($0.severity.rawValue) \($0.line):\($0.column) \($0.message)\n" }.joined()
            try? text.write(toFile: folder + "/" + url.lastPathComponent + ".txt", atomically: true, encoding: .utf8)
        }
        return library
    }
}
