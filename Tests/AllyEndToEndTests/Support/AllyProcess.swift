import AllyProcess
import AllyTestSupport
import Foundation

/// The end-to-end fixtures folder.
let fixtures = repositoryRoot.appendingPathComponent("Tests/AllyEndToEndTests/Fixtures")

/// A program of this package (`ally`, `ally-lrs`, `ally-fuzz`…) as `swift build` built it: beside
/// the test bundle, or in `.build/debug`.
func builtProgram(_ name: String) -> URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [beside, beside.deletingLastPathComponent()] {
        let candidate = folder.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/" + name)
}

/// The built `ally` binary.
let allyBinary = builtProgram("ally")

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
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    env.removeValue(forKey: "LC_ALL")
    env.removeValue(forKey: "ALLY_CONTENT")
    // Never the real user's store: each run gets a data home of its own unless the test names one.
    env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ally-data-\(UUID().uuidString)").path
    // Nor the developer's config file: a test that wants one names its folder.
    env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("ally-config-\(UUID().uuidString)").path
    for (key, value) in environment { env[key] = value }
    let result = try Subprocess.run(allyBinary.path, arguments, input: input, environment: env, directory: directory.path)
    return RunResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
}
