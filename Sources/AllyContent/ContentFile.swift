import AllyCore
import Foundation

/// What kind of content a file holds, told by its name.
enum ContentKind: Sendable, Equatable {
    case scenario, course, scoring

    /// `scoring.yaml` → scoring, `*.course.yaml` → course, any other name → scenario.
    init(fileName: String) {
        if fileName == "scoring.yaml" {
            self = .scoring
        } else if fileName.hasSuffix(".course.yaml") {
            self = .course
        } else {
            self = .scenario
        }
    }

    /// For a file without a telling name (standard input), by its top-level keys (`has`):
    /// `weights` → scoring, `scenarios` without `steps` → course, anything else → scenario.
    init(keys has: (String) -> Bool) {
        if has("weights") {
            self = .scoring
        } else if has("scenarios") && !has("steps") {
            self = .course
        } else {
            self = .scenario
        }
    }

    /// ``init(keys:)`` over a parsed file's top-level mapping.
    init(keysOf root: YAMLNode) {
        guard case .mapping(let mapping) = root else {
            self = .scenario
            return
        }
        self.init { mapping[$0] != nil }
    }
}

/// Everything one file contributed: at most one value, and its diagnostics.
struct FileResult: Sendable {
    /// The file as shown in diagnostics.
    var file = ""
    var diagnostics: [Diagnostic] = []
    var scenario: ScenarioSource?
    var course: CourseSource?
    var scoring: ScoringWeights?
    /// What the file holds, told by its name (or, for standard input, by its keys).
    var kind: ContentKind = .scenario
    /// The id a broken scenario or course file declares, so references to it are not reported
    /// again: the broken file has its own error, the root cause, and an author should see it once.
    var declaredID: String?

    /// The scenario id this file claims: its scenario's, or a broken scenario file's declared one.
    var scenarioID: String? { scenario?.scenario.id ?? (kind == .scenario ? declaredID : nil) }

    /// The course id this file claims: its course's, or a broken course file's declared one.
    var courseID: String? { course?.course.id ?? (kind == .course ? declaredID : nil) }

    /// Whether the file should have given a scenario and did not.
    var isBrokenScenario: Bool { kind == .scenario && scenario == nil }
}

/// Why a file could not be read.
struct ReadFailure: Error {
    var message: Localized
}

extension ReadFailure {
    /// "cannot read: Permission denied", from the C library's own words.
    init(errno code: Int32, what: Localized = Localized("content.word.file")) {
        message = Localized("content.cannotRead", ["what": what, "reason": String(cString: strerror(code))])
    }
}

/// Reads, checks and decodes single files. Pure apart from reading the file itself.
enum ContentFile {
    /// Reads and decodes the file at `path`, shown as `display` in diagnostics.
    static func load(path: String, display: String, kind: ContentKind) -> FileResult {
        switch readBytes(path) {
        case .failure(let failure):
            return FileResult(file: display, diagnostics: [Diagnostic(file: display, line: 0, column: 0, severity: .error, failure.message)], kind: kind)
        case .success(let bytes):
            return bytes.withUnsafeBufferPointer { decode($0, file: display, kind: kind) }
        }
    }

    /// Checks and decodes a file's bytes: the whole pipeline except reading. Without a `kind`
    /// (standard input has no name to tell it by), the file's keys tell it: `weights` is a scoring
    /// file, `scenarios` without `steps` a course, anything else a scenario.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String, kind given: ContentKind?) -> FileResult {
        var d = FileDecoder(file: file)
        var result = FileResult(file: file, kind: given ?? .scenario)
        if let problem = TextCheck.checkSize(bytes.count) {
            d.error(problem.mark, problem.message)
            result.diagnostics = d.diagnostics
            return result
        }
        let start: Int
        switch TextCheck.check(bytes) {
        case .failure(let problem):
            d.error(problem.mark, problem.message)
            result.diagnostics = d.diagnostics
            return result
        case .success(let offset):
            start = offset
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start...])
        let output = YAMLReader.read(text)
        for problem in output.problems { d.error(problem.mark, problem.message) }
        guard let root = output.root else {
            // No tree, but a top-level `id:` line still says what links to this file were meant.
            if given == nil { result.kind = ContentKind { !topLevelValues(text, key: $0).isEmpty } }
            result.declaredID = declaredID(text)
            result.diagnostics = d.diagnostics
            return result
        }
        let kind = given ?? ContentKind(keysOf: root)
        result.kind = kind
        switch kind {
        case .scenario:
            result.scenario = ScenarioDecoder.decode(root, &d)
        case .course:
            result.course = CourseDecoder.decode(root, &d)
        case .scoring:
            result.scoring = ScoringDecoder.decode(root, &d)
        }
        // Control characters found by the reader are errors even if decoding went through.
        if d.hasErrors {
            result.scenario = nil
            result.course = nil
            result.scoring = nil
        }
        if result.scenario == nil && result.course == nil { result.declaredID = declaredID(root) }
        result.diagnostics = d.diagnostics
        return result
    }

    /// The top-level `id` of a file, if it is a well-formed id.
    private static func declaredID(_ root: YAMLNode) -> String? {
        guard case .mapping(let m) = root, case .scalar(let s)? = m["id"]?.value, FileDecoder.isID(s.value) else { return nil }
        return s.value
    }

    /// The id on a line `id: value` at the start of a line, for a file YAML could not read
    /// (a tab, an unquoted ': '): quotes and a trailing comment are taken off; nil unless it is a
    /// well-formed id.
    static func declaredID(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        topLevelValues(text, key: "id").lazy.compactMap { value -> String? in
            var value = Substring(value)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
            value = value.drop { $0 == " " || $0 == "\t" }
            while value.last == " " || value.last == "\t" || value.last == "\r" { value.removeLast() }
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = value.dropFirst().dropLast()
            }
            return FileDecoder.isID(String(value)) ? String(value) : nil
        }.first
    }

    /// The rest of each line that starts with `key:` (no indentation: a top-level key), for a file
    /// YAML could not read: its declared id and its kind still come from these lines.
    private static func topLevelValues(_ text: UnsafeBufferPointer<UInt8>, key: String) -> [String] {
        let prefix = Array((key + ":").utf8)
        var values: [String] = []
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            if end - start >= prefix.count, text[start..<(start + prefix.count)].elementsEqual(prefix),
               start + prefix.count == end || text[start + prefix.count] == 0x20 || text[start + prefix.count] == 0x09 || text[start + prefix.count] == 0x0D {
                values.append(String(decoding: text[(start + prefix.count)..<end], as: UTF8.self))
            }
            start = end + 1
        }
        return values
    }

    /// The file's bytes, or a message saying why they cannot be read. Refuses oversized files before reading them.
    ///
    /// Opened without blocking: opening a FIFO (a named pipe called `x.yaml`) for reading waits for
    /// a writer, and hung every command that loads content, the trainer's keys included. The
    /// regular-file check below then refuses it.
    static func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(ReadFailure(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(ReadFailure(message: Localized("content.notRegularFile"))) }
        let size = Int(info.st_size)
        if let problem = TextCheck.checkSize(size) { return .failure(ReadFailure(message: problem.message)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if n == 0 { break }
            done += n
        }
        // The file may have shrunk between fstat and read; use what was there.
        if done < size { bytes.removeLast(size - done) }
        return .success(bytes)
    }
}
