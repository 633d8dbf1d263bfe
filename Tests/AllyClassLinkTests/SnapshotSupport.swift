import AllyTerminal
import Foundation
import Testing

/// Compares text snapshots with the files under `Snapshots/`; `ALLY_RECORD_SNAPSHOTS=1` rewrites them.
enum DashboardSnapshot {
    /// The folder the snapshot files live in, beside this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Whether to record instead of compare.
    static var recording: Bool { ProcessInfo.processInfo.environment["ALLY_RECORD_SNAPSHOTS"] == "1" }

    /// Checks `buffer`'s text snapshot against `name`.txt (recording it when asked or missing).
    static func check(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = buffer.textSnapshot()
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
