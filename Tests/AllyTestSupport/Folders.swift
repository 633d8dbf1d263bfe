import Foundation

/// The repository's root folder, found from this file's path (`Tests/AllyTestSupport/Folders.swift`).
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh empty folder under the system's temporary folder, named after `name` (the calling test
/// by default) so that a leftover one says whose it was; the caller removes it when it wants.
public func temporaryFolder(_ name: String = #function) throws -> URL {
    let clean = name.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ally-\(clean)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
