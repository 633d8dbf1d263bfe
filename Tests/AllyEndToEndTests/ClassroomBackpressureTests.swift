import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// A client that stops reading must not grow the server: the server reads a trainer's terminal
/// only while the SSH channel can take more, so a trainer that writes without end blocks instead.
/// The "trainer" here is `yes`; the client is a real `ssh` stopped with SIGSTOP.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh"), "openssh-client is not installed"))
final class ClassroomBackpressureTests {
    @Test func aStalledClientStallsItsTrainerAndNotTheServersMemory() throws {
        let scratch = try temporaryFolder("flood").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let flood = scratch + "/flood"
        try writeScript("#!/bin/sh\nexec yes 'the trainer writes and writes'\n", to: flood)
        let askpass = scratch + "/askpass"
        try writeScript("#!/bin/sh\necho flood-code\n", to: askpass)
        let classroom = builtProgram("ally-classroom").path
        let log = scratch + "/server.log"
        let server = try Subprocess.start(
            classroom,
            ["--class", "flood", "--address", "127.0.0.1", "--port", "0", "--code", "flood-code", "--host-key", scratch + "/host",
             "--class-folder", scratch, "--ally", flood, "--content", scratch, "--lang", "en"],
            environment: ["PATH": "/usr/bin:/bin"], outputPath: log)
        defer {
            kill(server, SIGTERM)
            Subprocess.waitForExit(server)
        }
        let listening = try poll("the server to listen") { () -> Int? in
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").first { $0.contains("listening on") }.flatMap { $0.split(separator: " ").last }.flatMap { Int($0) }
        }
        let ssh = try Subprocess.start(
            "/usr/bin/ssh",
            ["-tt", "-F", "/dev/null", "-p", "\(listening)", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
             "-o", "PubkeyAuthentication=no", "flo@127.0.0.1"],
            environment: ["SSH_ASKPASS": askpass, "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0", "PATH": "/usr/bin:/bin", "HOME": scratch],
            outputPath: "/dev/null")
        defer {
            kill(ssh, SIGCONT)
            kill(ssh, SIGKILL)
            Subprocess.waitForExit(ssh)
        }
        let trainer = try poll("the trainer to start") { () -> pid_t? in
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.range(of: "started trainer pid ").flatMap { pid_t(text[$0.upperBound...].prefix { $0.isNumber }) }
        }
        try poll("the trainer to write") { written(by: trainer) > 1_000_000 ? true : nil }
        let before = residentKB(server)

        // The client stops reading: the trainer's writes must come to a halt.
        kill(ssh, SIGSTOP)
        var last = written(by: trainer)
        try poll("the trainer to be held up", timeout: .seconds(60)) { () -> Bool? in
            Thread.sleep(forTimeInterval: 0.5)  // the interval over which "no more bytes" is judged
            let now = written(by: trainer)
            defer { last = now }
            return now == last ? true : nil
        }
        let held = residentKB(server)
        #expect(held < before + 32 * 1024, "the server grew from \(before) kB to \(held) kB while the client was stalled")

        // It was flow control, not an end: reading again lets the trainer go on.
        kill(ssh, SIGCONT)
        try poll("the trainer to go on") { written(by: trainer) > last + 1_000_000 ? true : nil }
    }

    /// Bytes `pid` has written so far (/proc/PID/io's wchar).
    private func written(by pid: pid_t) -> Int {
        let io = (try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)) ?? ""
        return io.split(separator: "\n").first { $0.hasPrefix("wchar:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    }

    /// The resident memory of `pid`, in kB.
    private func residentKB(_ pid: pid_t) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") } ?? 0
    }

    /// A wait that ran out.
    struct Stalled: Error, CustomStringConvertible {
        var what: String
        var description: String { "timed out waiting for \(what)" }
    }

    /// Polls `check` until it gives a value, or throws after `timeout`.
    @discardableResult
    private func poll<T>(_ what: String, timeout: Duration = .seconds(30), _ check: () -> T?) throws -> T {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if let value = check() { return value }
            if ContinuousClock.now >= deadline { throw Stalled(what: what) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
