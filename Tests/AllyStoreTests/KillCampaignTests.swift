import AllyCore
import Foundation
import Testing
@testable import AllyStore
import AllyTestSupport

/// Kills writer processes with SIGKILL at random moments and checks that every decision they
/// acknowledged is in the store and that the file is sound.
///
/// The writers are this test binary started again with `ALLY_KILL_WRITER_STORE` set, which enables
/// ``writer()``: it appends decisions as a trainee's play does and writes `ACK attempt seq` to a file after each
/// append returns (the moment the next screen would show). Two writers share the store each round.
/// `ALLY_KILL_CAMPAIGN_KILLS` sets the number of kills (default 12); `Scripts/kill-campaign.sh` runs a long one.
@Suite(.serialized) struct KillCampaignTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["ALLY_KILL_WRITER_STORE"] == nil))
    func killingWritersAtRandomMomentsLosesNothing() throws {
        let kills = Int(Self.environment["ALLY_KILL_CAMPAIGN_KILLS"] ?? "") ?? 12
        let path = try temporaryFolder().path + "/campaign.sqlite"
        _ = try Store.open(path: path)
        var generator = SystemRandomNumberGenerator()
        var acknowledged: Set<Acknowledgement> = []
        var killed = 0
        while killed < kills {
            let writers = try (0..<2).map { _ in try Writer(store: path) }
            for writer in writers {
                writer.waitForFirstAcknowledgement()
            }
            for writer in writers {
                usleep(UInt32.random(in: 0...150_000, using: &generator))
                writer.kill()
                killed += 1
            }
            for writer in writers {
                acknowledged.formUnion(writer.acknowledgements())
            }
        }
        let store = try Store.open(path: path)
        var lost = 0
        var byAttempt: [AttemptID: Int] = [:]
        for ack in acknowledged { byAttempt[ack.attempt] = max(byAttempt[ack.attempt] ?? 0, ack.seq + 1) }
        for (attempt, count) in byAttempt {
            let stored = try store.decisions(of: attempt).count
            lost += max(0, count - stored)
        }
        let integrity = try store.integrityCheck()
        print("kill campaign: \(killed) kills, \(acknowledged.count) decisions acknowledged, \(lost) lost, integrity_check \(integrity)")
        #expect(!acknowledged.isEmpty)
        #expect(lost == 0)
        #expect(integrity == "ok")
    }

    /// The writer process's body (enabled only in a child started by the campaign).
    @Test(.enabled(if: environment["ALLY_KILL_WRITER_STORE"] != nil))
    func writer() throws {
        let store = try Store.open(path: Self.environment["ALLY_KILL_WRITER_STORE"]!)
        let acks = open(Self.environment["ALLY_KILL_WRITER_ACKS"]!, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        while true {
            let attempt = try store.startAttempt(trainee: "campaign", scenarioID: "desk-en", contentHash: "h", source: deskSource)
            for seq in 0..<25 {
                try store.append(TimedDecision(.reply(seq % 2), seconds: Double(seq)), to: attempt, at: seq)
                let line = "ACK \(attempt) \(seq)\n"
                _ = line.withCString { write(acks, $0, strlen($0)) }
            }
            try store.finish(attempt, result: AttemptResult(total: 50, outcome: .satisfied, seconds: 1))
        }
    }
}

/// One decision a writer reported as saved.
struct Acknowledgement: Hashable {
    var attempt: AttemptID
    var seq: Int
}

/// A writer child process and the acknowledgements it wrote.
///
/// Acknowledgements go to a file (one `write(2)` each, after the append returned): the kernel keeps
/// what was written when the process is killed, and no pipe reader can race with the kill.
final class Writer {
    private let process = Process()
    private let acknowledgementFile: String

    init(store: String) throws {
        acknowledgementFile = store + ".acks-\(UUID().uuidString.prefix(8))"
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--testing-library", "swift-testing", "--filter", "KillCampaignTests/writer"]
        var environment = ProcessInfo.processInfo.environment
        environment["ALLY_KILL_WRITER_STORE"] = store
        environment["ALLY_KILL_WRITER_ACKS"] = acknowledgementFile
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Blocks until the writer saved its first decision (or gave up after 20 s).
    func waitForFirstAcknowledgement() {
        for _ in 0..<2000 {
            if let size = try? FileManager.default.attributesOfItem(atPath: acknowledgementFile)[.size] as? Int, size > 0 { return }
            usleep(10_000)
        }
    }

    /// SIGKILL, then wait for the process to be gone.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Every complete `ACK` line written before the kill.
    func acknowledgements() -> Set<Acknowledgement> {
        let text = (try? String(contentsOfFile: acknowledgementFile, encoding: .utf8)) ?? ""
        var out: Set<Acknowledgement> = []
        for line in text.split(separator: "\n") where line.hasPrefix("ACK ") {
            let fields = line.split(separator: " ")
            if fields.count == 3, let attempt = AttemptID(fields[1]), let seq = Int(fields[2]) {
                out.insert(Acknowledgement(attempt: attempt, seq: seq))
            }
        }
        return out
    }
}
