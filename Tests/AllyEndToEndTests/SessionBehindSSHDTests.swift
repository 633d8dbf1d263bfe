import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// `ally session` as the `ForceCommand` of Debian's own `sshd`, set up as the README tells a school
/// (here `Match User root`: the test has no trainee account to make, and root is who runs it).
/// The sshd is this test's own, on a free loopback port, with host key, keys and config in a
/// scratch folder; it needs root and openssh-server, and is skipped without them.
@Suite(
    .serialized,
    .enabled(if: getuid() == 0, "sshd needs root"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd"), "openssh-server is not installed"),
    .enabled(if: TmuxSession.version() != nil, "tmux is not installed"))
final class SessionBehindSSHDTests {
    @Test func aDecisionPlayedThroughSSHDAndForceCommandAllySession() throws {
        let scratch = try temporaryFolder("sshd").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for key in ["host", "client"] { try makeSSHKey(at: "\(scratch)/\(key)") }
        try FileManager.default.copyItem(atPath: "\(scratch)/client.pub", toPath: "\(scratch)/authorized_keys")
        // sshd's privilege separation folder, which Debian's service would make; removed again if made here.
        let madeRunFolder = !FileManager.default.fileExists(atPath: "/run/sshd")
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        defer { if madeRunFolder { rmdir("/run/sshd") } }
        let port = 20000 + Int(getpid() % 20000)
        let store = scratch + "/class.sqlite"
        let command = "\(allyBinary.path) session --lang en --content \(fixtures.appendingPathComponent("good").path) --store \(store)"
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(scratch)/host
            PidFile \(scratch)/sshd.pid
            AuthorizedKeysFile \(scratch)/authorized_keys
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            MaxStartups 100:30:200
            PermitUserEnvironment no
            Match User root
                ForceCommand \(command)
                PermitTTY yes
                DisableForwarding yes
                MaxSessions 1
            """.write(toFile: "\(scratch)/sshd_config", atomically: true, encoding: .utf8)
        #expect(try Subprocess.run("/usr/sbin/sshd", ["-t", "-f", "\(scratch)/sshd_config"]).status == 0)
        let sshd = try Subprocess.start(
            "/usr/sbin/sshd", ["-D", "-e", "-f", "\(scratch)/sshd_config"], environment: [:], outputPath: "\(scratch)/sshd.log")
        defer {
            kill(sshd, SIGTERM)
            Subprocess.waitForExit(sshd)
        }
        let ssh = ["ssh", "-F", "/dev/null", "-p", "\(port)", "-i", "\(scratch)/client", "-o", "IdentitiesOnly=yes",
                   "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                   "-o", "ConnectionAttempts=20"]
        // A command is never run; without a terminal the trainer refuses.
        let marker = scratch + "/ran"
        let exec = try Subprocess.run(ssh[0], Array(ssh.dropFirst()) + ["root@127.0.0.1", "touch", marker])
        #expect(exec.status == 1)
        #expect(exec.stderr.contains("use ssh -t"))
        #expect(!FileManager.default.fileExists(atPath: marker))

        let session = try TmuxSession(command: ssh + ["-t", "root@127.0.0.1"])
        let menu = try session.waitFor(text: "› 1. Play a scenario")
        #expect(menu.contains("Hello, root"))
        try session.sendKeys("Enter")
        try session.waitFor(text: "The quiet one at the desk")
        try session.sendKeys("Enter")
        try session.waitFor(text: "What type of customer is this?")
        try session.sendKeys("2", "Enter")
        try session.waitFor(text: "Right")
        // The decision is in the class's store: the next login offers to resume.
        session.kill()
        let again = try TmuxSession(command: ssh + ["-t", "root@127.0.0.1"])
        defer { again.kill() }
        try again.waitFor(text: "Resume: The quiet one at the desk")
    }
}
