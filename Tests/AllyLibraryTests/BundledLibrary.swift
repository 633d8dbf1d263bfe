import AllyContent
import AllyCore
import AllyTestSupport
import Foundation

/// The repository's bundled Content/ folder.
let contentFolder = repositoryRoot.appendingPathComponent("Content")

/// The bundled library, loaded once for all tests.
let bundled = ContentLoader.load(from: [contentFolder])
