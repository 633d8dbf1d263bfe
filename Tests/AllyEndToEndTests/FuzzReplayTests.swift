import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// The fuzz target (`Sources/ally-fuzz`, run by `Scripts/fuzz.sh`) replayed over the broken corpus and
/// the bundled library: where a finding of the fuzzer is kept, and proof the target still runs.
@Suite("the fuzz target replays its corpus")
struct FuzzReplayTests {
    @Test("every broken file and every bundled scenario goes through the checker and the engine's walks")
    func replayCorpus() throws {
        let fuzzer = builtProgram("ally-fuzz").path
        try #require(FileManager.default.isExecutableFile(atPath: fuzzer), "build ally-fuzz (swift build)")
        var files: [String] = []
        for folder in ["Tests/AllyContentTests/Broken", "Content/en", "Content/nl"] {
            let url = repositoryRoot.appendingPathComponent(folder)
            files += try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") }.sorted()
                .map { url.appendingPathComponent($0).path }
        }
        let result = try Subprocess.run(fuzzer, files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == files.count)
    }
}
