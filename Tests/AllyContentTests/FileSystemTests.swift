import AllyContent
import AllyTestSupport
import Foundation
import Testing

/// Cases that need a real file system: huge files, unreadable folders, odd names, symbolic links.
@Suite struct FileSystemTests {
    @Test func aTenMegabyteFileIsRefusedWithoutReadingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.yaml")
        let line = Array("say: \"\(String(repeating: "x", count: 90))\"\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10_000_000)
        while bytes.count + line.count <= 10_000_000 { bytes += line }
        bytes += [UInt8](repeating: 0x20, count: 10_000_000 - bytes.count)
        try Data(bytes).write(to: file)

        let library = ContentLoader.load(from: [folder])
        #expect(library.diagnostics.map(\.message) == ["file is 10.0 MB; a content file must be under 1 MiB"])
        #expect(library.diagnostics.first?.file.hasSuffix("/huge.yaml") == true)
    }

    @Test func anUnreadableFolderIsADiagnostic() throws {
        let folder = try temporaryFolder()
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Fixtures.scenarioNL.write(to: locked.appendingPathComponent("inside.yaml"), atomically: true, encoding: .utf8)
        #expect(chmod(locked.path, 0o000) == 0)
        let library = ContentLoader.load(from: [folder])
        // As root, permissions do not deny reading, so the folder loads; both outcomes are clean.
        if access(locked.path, R_OK) == 0 {
            #expect(library.scenarios.count == 1)
        } else {
            #expect(library.diagnostics.map(\.message) == ["cannot read folder: Permission denied"])
            #expect(library.diagnostics.first?.file.hasSuffix("/locked") == true)
            #expect(library.hasErrors)
        }
    }

    @Test func anUnreadableFileIsADiagnostic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.yaml")
        try Fixtures.scenarioNL.write(to: file, atomically: true, encoding: .utf8)
        #expect(chmod(file.path, 0o000) == 0)
        let library = ContentLoader.load(from: [folder])
        if access(file.path, R_OK) == 0 {
            #expect(library.scenarios.count == 1)
        } else {
            #expect(library.diagnostics.map(\.message) == ["cannot read file: Permission denied"])
        }
    }

    /// Opening a FIFO for reading waits for a writer: loading must refuse it, not hang.
    @Test(.timeLimit(.minutes(1)))
    func aNamedPipeCalledYamlIsRefusedWithoutBlocking() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.scenarioNL.write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let pipe = folder.appendingPathComponent("pipe.yaml")
        #expect(mkfifo(pipe.path, 0o644) == 0)

        let library = ContentLoader.load(from: [folder])
        #expect(library.scenarios.count == 1)
        #expect(library.diagnostics.filter { $0.file.hasSuffix("/pipe.yaml") }.map(\.message) == ["cannot read file: not a regular file"])
        // Named on its own, as `ally check pipe.yaml` does, and read for an attempt's source.
        #expect(ContentLoader.load(from: [pipe]).diagnostics.map(\.message) == ["cannot read file: not a regular file"])
        #expect(ContentLoader.text(ofFile: pipe.path) == nil)
    }

    @Test func aMissingPathIsADiagnostic() {
        let library = ContentLoader.load(from: [URL(fileURLWithPath: "/nonexistent/ally-content")])
        #expect(library.diagnostics.map(\.description) == ["/nonexistent/ally-content: error: cannot read path: No such file or directory"])
    }

    @Test func ymlFilesAreReportedAndOtherFilesIgnored() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.scenarioNL.write(to: folder.appendingPathComponent("old.yml"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "x: [".write(to: folder.appendingPathComponent(".hidden.yaml"), atomically: true, encoding: .utf8)
        let library = ContentLoader.load(from: [folder])
        #expect(library.diagnostics.map(\.message).sorted() == [
            "ignored: content files must end in '.yaml', not '.yml'",
            "no content files (*.yaml) found",
        ])
        #expect(!library.hasErrors)
    }

    @Test func symbolicLinkLoopsAreReadOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try Fixtures.scenarioNL.replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            .write(to: sub.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let library = ContentLoader.load(from: [folder])
        #expect(library.diagnostics == [])
        #expect(library.scenarios.count == 1)
        #expect(library.fileCount == 1)
    }

    @Test func diagnosticsKeepTheUsersSpellingOfPaths() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("Content/nl")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "id: x\n".write(to: nested.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let relative = URL(fileURLWithPath: "Content", relativeTo: URL(fileURLWithPath: folder.path, isDirectory: true))
        let library = ContentLoader.load(from: [relative])
        #expect(library.diagnostics.first?.file == "Content/nl/x.yaml")
        #expect(library.diagnostics.first?.line == 1)
    }

    @Test func loadingIsDeterministic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<40 {
            let text = i % 3 == 0 ? "id: broken-\(i)\nlanguage: xx\n" : Fixtures.scenarioNL
                .replacingOccurrences(of: "garage-warranty-nl", with: "s-\(i)")
                .replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            try text.write(to: folder.appendingPathComponent("s\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let first = ContentLoader.load(from: [folder])
        for _ in 0..<5 {
            let again = ContentLoader.load(from: [folder])
            #expect(again.diagnostics == first.diagnostics)
            #expect(again.scenarios == first.scenarios)
        }
        #expect(first.scenarios.map(\.id) == first.scenarios.map(\.id).sorted())
        #expect(first.scenarios.count == 26)
    }
}
