import AllyTerminal
import Foundation
import Testing

/// Compares text snapshots with the files in a `Snapshots/` folder beside the test that asks;
/// `ALLY_RECORD_SNAPSHOTS=1` rewrites them.
public enum Snapshot {
    /// Whether to record instead of compare.
    public static var recording: Bool { ProcessInfo.processInfo.environment["ALLY_RECORD_SNAPSHOTS"] == "1" }

    /// Checks `buffer`'s text snapshot against `name`.txt in the `Snapshots` folder beside the
    /// calling file (`filePath`), recording it when asked or missing: each test target keeps its own.
    public static func check(
        _ buffer: ScreenBuffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = buffer.textSnapshot()
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name + ".txt")
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if recording || existing == nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            if existing == nil && !recording {
                Issue.record("recorded missing snapshot \(name).txt; run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(text == existing, "snapshot \(name) differs; ALLY_RECORD_SNAPSHOTS=1 re-records it", sourceLocation: sourceLocation)
    }
}
