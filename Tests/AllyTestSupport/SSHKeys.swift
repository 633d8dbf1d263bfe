import AllyProcess
import Foundation

/// Makes an Ed25519 key pair without a passphrase with OpenSSH's `ssh-keygen`: the private key at
/// `path`, the public one at `path.pub` (its comment `comment`, when given).
public func makeSSHKey(at path: String, comment: String? = nil) throws {
    let made = try Subprocess.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", ""] + (comment.map { ["-C", $0] } ?? []) + ["-f", path])
    guard made.status == 0 else { throw SSHKeyNotMade(path: path, stderr: made.stderr) }
}

/// `ssh-keygen` failed: where the key was to go and what it said.
public struct SSHKeyNotMade: Error, CustomStringConvertible {
    /// The key's path.
    public var path: String
    /// What `ssh-keygen` wrote on standard error.
    public var stderr: String
    /// The path and ssh-keygen's words.
    public var description: String { "ssh-keygen could not make \(path): \(stderr)" }
}
