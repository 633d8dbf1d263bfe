import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// A short kill campaign through the binary (`Scripts/kill-campaign-binary.py`): `ally play --plain`
/// on a pty, SIGKILLed at once, during start-up, 0–2 ms after an answer and idle. The benchmark
/// runs hundreds of kills; this keeps the campaign itself working.
@Suite("kill campaign through the binary")
struct KillCampaignBinaryTests {
    @Test("no acknowledged decision lost, no finished play without its result, every resume at the right question")
    func shortCampaign() throws {
        let script = repositoryRoot.appendingPathComponent("Scripts/kill-campaign-binary.py").path
        let result = try Subprocess.run("/usr/bin/env", ["python3", script, "24", "--seed", "12", "--ally", allyBinary.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("24 kills"))
        #expect(result.stdout.contains(" 0 lost, 0 stuck"))
    }

    @Test("the same through the full-screen trainer in tmux: nothing lost, resumed from the menu at the right question",
          .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
    func shortTrainerCampaign() throws {
        let script = repositoryRoot.appendingPathComponent("Scripts/kill-campaign-binary.py").path
        let result = try Subprocess.run("/usr/bin/env", ["python3", script, "10", "--seed", "3", "--trainer", "--ally", allyBinary.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("10 kills"))
        #expect(result.stdout.contains(" 0 lost, 0 stuck"))
    }
}
