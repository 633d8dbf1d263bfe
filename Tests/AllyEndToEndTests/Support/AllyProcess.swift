import Foundation

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The end-to-end fixtures folder.
let fixtures = repositoryRoot.appendingPathComponent("Tests/AllyEndToEndTests/Fixtures")

/// The built `ally` binary: beside the test bundle, where `swift build` put it.
let allyBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [beside, beside.deletingLastPathComponent()] {
        let candidate = folder.appendingPathComponent("ally")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/ally")
}()

/// What a finished run of the binary printed and returned.
struct RunResult {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output.
    var stdout: String
    /// Everything written to standard error.
    var stderr: String
}

/// Runs `ally` with `arguments`, feeding `input` on standard input (closed afterwards), and waits for it.
func runAlly(
    _ arguments: [String], input: String = "", environment: [String: String] = [:], in directory: URL = repositoryRoot
) throws -> RunResult {
    let process = Process()
    process.executableURL = allyBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    env.removeValue(forKey: "LC_ALL")
    env.removeValue(forKey: "ALLY_CONTENT")
    // Never the real user's store: each run gets a data home of its own unless the test names one.
    env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ally-data-\(UUID().uuidString)").path
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes on their own threads so neither can fill up and block the child.
    let out = ReadAll(stdout.fileHandleForReading), err = ReadAll(stderr.fileHandleForReading)
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus, stdout: out.wait(), stderr: err.wait())
}

/// Reads a file handle to its end on a background thread.
final class ReadAll: @unchecked Sendable {
    // Written once by the reader thread before the semaphore is signalled, read after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Waits for end of file and returns the text.
    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
