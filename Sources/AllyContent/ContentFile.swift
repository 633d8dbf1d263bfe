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
}

/// Everything one file contributed: at most one value, and its diagnostics.
struct FileResult: Sendable {
    /// The file as shown in diagnostics.
    var file = ""
    var diagnostics: [Diagnostic] = []
    var scenario: ScenarioSource?
    var course: CourseSource?
    var scoring: ScoringWeights?
    /// The id a broken scenario file declares, so references to it are not reported twice.
    var declaredID: String?
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
            return FileResult(file: display, diagnostics: [Diagnostic(file: display, line: 0, column: 0, severity: .error, failure.message)])
        case .success(let bytes):
            return bytes.withUnsafeBufferPointer { decode($0, file: display, kind: kind) }
        }
    }

    /// Checks and decodes a file's bytes: the whole pipeline except reading.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String, kind: ContentKind) -> FileResult {
        var d = FileDecoder(file: file)
        if let problem = TextCheck.checkSize(bytes.count) {
            d.error(problem.mark, problem.message)
            return FileResult(file: file, diagnostics: d.diagnostics)
        }
        let start: Int
        switch TextCheck.check(bytes) {
        case .failure(let problem):
            d.error(problem.mark, problem.message)
            return FileResult(file: file, diagnostics: d.diagnostics)
        case .success(let offset):
            start = offset
        }
        let output = YAMLReader.read(UnsafeBufferPointer(rebasing: bytes[start...]))
        for problem in output.problems { d.error(problem.mark, problem.message) }
        guard let root = output.root else { return FileResult(file: file, diagnostics: d.diagnostics) }
        var result = FileResult(file: file)
        switch kind {
        case .scenario:
            result.scenario = ScenarioDecoder.decode(root, &d)
            if result.scenario == nil { result.declaredID = declaredID(root) }
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
        result.diagnostics = d.diagnostics
        return result
    }

    /// The top-level `id` of a file, if it is a well-formed id.
    private static func declaredID(_ root: YAMLNode) -> String? {
        guard case .mapping(let m) = root, case .scalar(let s)? = m["id"]?.value, FileDecoder.isID(s.value) else { return nil }
        return s.value
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
