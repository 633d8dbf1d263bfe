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
        load(layers: [urls])
    }

    /// Loads content in layers, the first on top: a scenario or course in a higher layer hides the
    /// one with the same id below it (a school's own folder over the installed library, a working
    /// copy over an installed one), and a higher layer's scoring file hides a lower one's. Within a
    /// layer a repeated id is still an error. A hidden file is left out with its diagnostics.
    public static func load(layers: [[URL]]) -> ContentLibrary {
        load(over: [], layers: layers)
    }

    /// Loads one file given as bytes (standard input: `ally check -`), named `name` in diagnostics,
    /// on top of the content in `layers`: its ids hide the same ids below it, so piping in a file
    /// of the library checks that file's new text, and its links resolve against the rest. Its
    /// kind comes from its keys (``ContentKind/init(keysOf:)``).
    public static func load(bytes: [UInt8], named name: String, over layers: [[URL]]) -> ContentLibrary {
        let result = bytes.withUnsafeBufferPointer { ContentFile.decode($0, file: name, kind: nil) }
        return load(over: [result], layers: layers)
    }

    /// Stacks `top` (files already decoded) over `layers`, a higher layer hiding a lower one's ids.
    private static func load(over top: [FileResult], layers: [[URL]]) -> ContentLibrary {
        var results: [FileResult] = []
        var extra: [Diagnostic] = []
        var fileCount = 0
        var scenarioIDs = Set<String>(), courseIDs = Set<String>(), hasScoring = false
        func add(_ decoded: [FileResult]) {
            let layer = decoded.filter { result in
                if let id = result.scenarioID, scenarioIDs.contains(id) { return false }
                if let id = result.courseID, courseIDs.contains(id) { return false }
                return !(result.scoring != nil && hasScoring)
            }
            for result in layer {
                if let id = result.scenarioID { scenarioIDs.insert(id) }
                if let id = result.courseID { courseIDs.insert(id) }
                if result.scoring != nil { hasScoring = true }
            }
            results += layer
            fileCount += layer.count
        }
        add(top)
        for urls in layers {
            let (entries, walkDiagnostics) = ContentWalker.collect(urls)
            add(decodeAll(entries))
            extra += walkDiagnostics
        }
        return assemble(results, extra: extra, fileCount: fileCount)
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
        // Ids of files that failed: links to them are not reported again (their own error is the cause).
        var brokenScenarios = Set<String>(), brokenCourses = Set<String>()
        var allScenariosLoaded = true
        for result in results {
            diagnostics += result.diagnostics
            if let s = result.scenario { scenarios.append(s) }
            if let c = result.course { courses.append(c) }
            if result.isBrokenScenario { allScenariosLoaded = false }
            if result.scenario == nil, let id = result.scenarioID { brokenScenarios.insert(id) }
            if result.course == nil, let id = result.courseID { brokenCourses.insert(id) }
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
        let (uniqueScenarios, twiceScenarios) = linter.uniqueScenarios(scenarios.sorted { $0.file < $1.file })
        let (uniqueCourses, twiceCourses) = linter.uniqueCourses(courses.sorted { $0.file < $1.file })
        scenarios = uniqueScenarios
        courses = uniqueCourses
        // A link to an id two files declare is in doubt, not wrong: the duplicate is the error.
        linter.translations(scenarios.map(TranslationLink.init), unchecked: brokenScenarios.union(twiceScenarios))
        linter.translations(courses.map(TranslationLink.init), unchecked: brokenCourses.union(twiceCourses))
        linter.courseScenarios(courses, known: Set(scenarios.map(\.scenario.id)), broken: brokenScenarios)
        // Figures over the whole library mean nothing while part of it is missing: a scenario that
        // failed to load would move them, and the warning would land in a file nobody touched.
        if allScenariosLoaded { linter.giveaways(scenarios, courses: courses) }
        diagnostics += linter.diagnostics
        return ContentLibrary(scenarios: scenarios, courses: courses, scoringWeights: weights ?? .standard, diagnostics: diagnostics, fileCount: fileCount)
    }
}
