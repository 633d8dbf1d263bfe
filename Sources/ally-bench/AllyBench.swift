import ArgumentParser

/// `ally-bench`: measurements whose figures go into closing notes (not asserted by tests).
@main
struct AllyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ally-bench",
        abstract: "Benchmarks for Ally.",
        subcommands: [ContentBenchmark.self, LibraryReport.self])
}
