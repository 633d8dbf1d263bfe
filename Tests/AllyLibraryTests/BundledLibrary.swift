import AllyContent
import AllyCore
import Foundation

/// The repository's bundled Content/ folder.
let contentFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content")

/// The bundled library, loaded once for all tests.
let bundled = ContentLoader.load(from: [contentFolder])
