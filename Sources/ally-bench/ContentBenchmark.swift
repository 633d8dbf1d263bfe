import AllyContent
import ArgumentParser
import Foundation

/// `ally-bench content --files N`: time loading and checking N realistic scenario files.
struct ContentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Write N synthetic scenario files (about 10 KB each) and time loading plus checking them.")

    @Option(help: "How many scenario files to write.")
    var files: Int = 1000

    @Option(help: "How many timed loads to run; the best and the median are reported.")
    var runs: Int = 5

    @Option(help: "Write the files here instead of a fresh temporary folder (kept afterwards).")
    var folder: String?

    @Flag(help: "Also time each stage of the pipeline on one thread.")
    var stages = false

    func validate() throws {
        guard files > 0, runs > 0 else { throw ValidationError("--files and --runs must be positive") }
    }

    func run() throws {
        let target = folder.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ally-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(at: target) } }

        var bytes = 0
        for language in ["en", "nl"] {
            try FileManager.default.createDirectory(at: target.appendingPathComponent(language), withIntermediateDirectories: true)
        }
        for i in 0..<files {
            let text = SyntheticScenario.text(index: i, count: files)
            bytes += text.utf8.count
            // Spread over subfolders like a real library (en/, nl/).
            let sub = target.appendingPathComponent(i % 2 == 0 ? "en" : "nl")
            try text.write(to: sub.appendingPathComponent(String(format: "scenario-%06d.yaml", i)), atomically: false, encoding: .utf8)
        }

        var times: [Double] = []
        var library = ContentLibrary()
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            library = ContentLoader.load(from: [target])
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        guard library.scenarios.count == files, !library.hasErrors else {
            for d in library.diagnostics.prefix(10) { print(d) }
            throw ValidationError("the synthetic files did not load cleanly (\(library.scenarios.count) of \(files))")
        }
        times.sort()
        let best = times[0], median = times[times.count / 2]
        let megabytes = Double(bytes) / 1e6
        print("files        \(files)")
        print("size         \(String(format: "%.1f", megabytes)) MB (\(bytes / files) bytes per file)")
        print("total ms     best \(String(format: "%.1f", best)), median \(String(format: "%.1f", median)) (\(runs) runs)")
        print("ms per file  \(String(format: "%.4f", best / Double(files)))")
        print("MB/s         \(String(format: "%.1f", megabytes / (best / 1000)))")
        print("diagnostics  \(library.diagnostics.count)")
        if stages {
            let paths = (0..<files).map { i in
                target.appendingPathComponent(i % 2 == 0 ? "en" : "nl").appendingPathComponent(String(format: "scenario-%06d.yaml", i)).path
            }
            for (stage, ms) in ContentStages.measure(paths) {
                print("one thread   \(stage): \(String(format: "%.1f", ms)) ms")
            }
        }
    }
}
