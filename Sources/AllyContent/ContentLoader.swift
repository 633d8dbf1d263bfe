import AllyCore
import Dispatch
import Foundation

// How a file travels (each stage reports into the file's diagnostics and may stop it):
//
//   ContentWalker    finds `*.yaml` files under the named paths, in a stable order
//   ContentFile      reads the bytes (size limit before reading)
//   TextCheck        NUL → binary, invalid UTF-8, raw control characters, BOM
//   YAMLReader       libyaml events → a small positioned tree; no anchors, aliases, tags, 2nd document
//   *Decoder         the tree → AllyCore values, checking every rule of a single file
//   LibraryLinter    rules across files: unique ids, translation links, courses
//
// Files are independent until the linter, so they are decoded in parallel.

/// Loads and checks content files and folders into a `ContentLibrary`.
public enum ContentLoader {
    /// Loads every content file under `urls` (files, or folders searched recursively for `*.yaml`).
    ///
    /// Never throws and never stops at the first problem: unreadable paths and every mistake in
    /// every file become diagnostics. Files are decoded in parallel; the result does not depend
    /// on the order they finish in.
    public static func load(from urls: [URL]) -> ContentLibrary {
        let (entries, walkDiagnostics) = ContentWalker.collect(urls)
        let results = decodeAll(entries)
        return assemble(results, extra: walkDiagnostics, fileCount: entries.count)
    }

    /// The text of the content file at `path` (to keep with an attempt), read as the loader reads
    /// it: never blocking on a FIFO, a regular file only; nil when it cannot be read.
    public static func text(ofFile path: String) -> String? {
        (try? ContentFile.readBytes(path).get()).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Loads content given as text, for tests and editors: `files` pairs a file name (which tells
    /// the kind: `scoring.yaml`, `*.course.yaml`, else a scenario) with its contents.
    public static func load(texts files: [(name: String, text: String)]) -> ContentLibrary {
        let results = files.map { file in
            var bytes = Array(file.text.utf8)
            return bytes.withUnsafeMutableBufferPointer {
                ContentFile.decode(UnsafeBufferPointer($0), file: file.name, kind: ContentKind(fileName: (file.name as NSString).lastPathComponent))
            }
        }
        return assemble(results, extra: [], fileCount: files.count)
    }

    /// Decodes files on all cores; each result lands in its own slot, so order is the input order.
    private static func decodeAll(_ entries: [ContentWalker.Entry]) -> [FileResult] {
        let slots = UnsafeMutableBufferPointer<FileResult>.allocate(capacity: entries.count)
        slots.initialize(repeating: FileResult())
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slot, and all are done when concurrentPerform returns.
        nonisolated(unsafe) let output = slots
        DispatchQueue.concurrentPerform(iterations: entries.count) { i in
            let entry = entries[i]
            output[i] = ContentFile.load(path: entry.path, display: entry.display, kind: entry.kind)
        }
        return Array(slots)
    }

    /// Runs the library-wide checks and builds the library.
    private static func assemble(_ results: [FileResult], extra: [Diagnostic], fileCount: Int) -> ContentLibrary {
        var diagnostics = extra
        var scenarios: [ScenarioSource] = []
        var courses: [CourseSource] = []
        var weights: ScoringWeights?
        var weightsFile: String?
        var broken = Set<String>()
        for result in results {
            diagnostics += result.diagnostics
            if let s = result.scenario { scenarios.append(s) }
            if let c = result.course { courses.append(c) }
            if let id = result.declaredID { broken.insert(id) }
            if let w = result.scoring {
                if let first = weightsFile {
                    diagnostics.append(Diagnostic(file: result.file, line: 0, column: 0, severity: .error, Localized("content.secondScoringFile", ["first": first])))
                } else {
                    weights = w
                    weightsFile = result.file
                }
            }
        }
        var linter = LibraryLinter()
        scenarios = linter.uniqueScenarios(scenarios.sorted { $0.file < $1.file })
        courses = linter.uniqueCourses(courses.sorted { $0.file < $1.file })
        linter.translations(scenarios.map(TranslationLink.init), broken: broken)
        linter.translations(courses.map(TranslationLink.init), broken: [])
        linter.courseScenarios(courses, known: Set(scenarios.map(\.scenario.id)), broken: broken)
        linter.giveaways(scenarios, courses: courses)
        diagnostics += linter.diagnostics
        return ContentLibrary(scenarios: scenarios, courses: courses, scoringWeights: weights ?? .standard, diagnostics: diagnostics, fileCount: fileCount)
    }
}
