import AllyCore
import AllyStore
import AllyTestSupport
import Foundation
import Testing

/// Terminal escape sequences in every field that reaches any output: trainee names (`--trainee`,
/// `$USER`), titles kept in the store, scenario keys and values, file names, an LRS's replies and
/// command-line arguments. Whatever the path and the format, no control character may reach
/// standard output or standard error: one trainee in a shared store must not be able to clear,
/// retitle or read the clipboard of the instructor's terminal.
@Suite("escape sequences never reach the terminal", .serialized)
struct EscapeInjectionTests {
    /// OSC 52 (set the clipboard), OSC 0 (the window title) ended by BEL and by ST, CSI 2J (clear),
    /// the C1 forms of CSI, OSC and ST, DEL, a lone CR (overwrite the line), and a formula.
    static let payload = "=\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;pwned\u{1B}\\\u{1B}[2J\u{9B}31m\u{9D}0;t\u{9C}\u{7F}\rX"

    /// The first control character in `text` a terminal would act on, if any (a CR LF is a line end).
    static func firstControl(in text: String) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let v = scalar.value
            if v == 0x0D, index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) { return scalar }
        }
        return nil
    }

    /// Every run of a path whose output carried a control character, by the path's name.
    final class Tally {
        var tried: [String] = []
        var leaked: [String] = []

        /// Runs `ally` and notes whether anything it wrote carried a control character.
        @discardableResult
        func run(
            _ name: String, _ arguments: [String], input: String = "", environment: [String: String] = [:], in directory: URL = repositoryRoot
        ) throws -> RunResult {
            let result = try runAlly(arguments, input: input, environment: environment, in: directory)
            tried.append(name)
            for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                if let control = firstControl(in: text) {
                    leaked.append("\(name) (\(stream): U+\(String(control.value, radix: 16, uppercase: true)))")
                }
            }
            return result
        }
    }

    let folder = try! temporaryFolder("escape").path
    var store: String { folder + "/ally.sqlite" }
    let content = fixtures.appendingPathComponent("good").path  // the fixture scenario desk-en

    @Test("trainee names from --trainee and $USER, and titles kept in the store, in every command and format")
    func names() throws {
        let tally = Tally()
        let play = ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--seed", String(deskSeed)]
        // The type, the family, then the best reply at each step, where this seed shows it.
        let answers = (["2", "2"] + replyKeys([("waiting", 0), ("needs", 0), ("check", 0)])).map { $0 + "\n" }.joined()
        try tally.run("play --plain --trainee", play + ["--trainee", Self.payload], input: answers)
        try tally.run("play --plain with $USER", play, input: answers, environment: ["USER": Self.payload + "u"])
        try tally.run("play --plain, left unfinished", play + ["--trainee", Self.payload + "2"], input: "2\n")
        try tally.run("play --plain, the resume question", play + ["--trainee", Self.payload + "2"], input: "q\n")
        // A title written into the shared store by another program.
        let opened = try Store.open(path: store)
        let attempt = try opened.startAttempt(
            trainee: Self.payload, scenarioID: "desk-\u{1B}[2J", contentHash: "h", source: "id: x\u{1B}]0;t\u{07}\n",
            title: "Title \u{1B}]0;pwned\u{07}", language: .en, customerType: .tolerant)
        try opened.append(TimedDecision(.identify(.tolerant), seconds: 1), to: attempt, at: 0)
        try opened.finish(attempt, result: AttemptResult(total: 50, outcome: .satisfied, seconds: 1))

        for format in ["table", "csv", "json", "attempts", "xapi"] {
            try tally.run("report --format \(format)", ["report", "--format", format, "--store", store])
            try tally.run("report --format \(format) --trainee", ["report", "--format", format, "--store", store, "--trainee", Self.payload])
        }
        try tally.run("report --format xapi --site", ["report", "--format", "xapi", "--store", store, "--site", "https://x.example/" + Self.payload])
        try tally.run("progress --plain --trainee", ["progress", "--plain", "--store", store, "--trainee", Self.payload, "--lang", "en"])
        try tally.run("progress --plain with $USER", ["progress", "--plain", "--store", store], environment: ["USER": Self.payload + "u"])
        for id in try opened.attempts().map(\.id) {
            try tally.run("replay \(id)", ["replay", String(id), "--store", store])
        }
        try tally.run("drill --trainee", ["drill", "--rounds", "2", "--seed", "7", "--lang", "en", "--content", content,
                                          "--trainee", Self.payload, "--store", store], input: "1\n1\n2\n2\n")
        try tally.run("drill with $USER", ["drill", "--rounds", "1", "--seed", "7", "--lang", "en", "--content", content,
                                           "--store", store], input: "q\n", environment: ["USER": Self.payload + "u"])
        #expect(tally.leaked.isEmpty, "\(tally.leaked)")

        // The neutralised name is still there to read, and a spreadsheet would not run it. (The
        // columns come from the content, so the store's hostile scenario id gets none.)
        let csv = try runAlly(["report", "--format", "csv", "--store", store, "--content", content])
        #expect(csv.stdout.hasPrefix("username,desk-en\r\n"))
        #expect(csv.stdout.contains("\"'=␛]52;c;aGVsbG8=␇␛]0;pwned␛\\␛[2J\u{FFFD}31m\u{FFFD}0;t\u{FFFD}␡␍X\",100\r\n"))
    }

    @Test("scenario files: file names, keys and values in check (text and JSON), graph and preview's loader")
    func scenarioFiles() throws {
        let tally = Tally()
        let hostile = folder + "/content/en"
        try FileManager.default.createDirectory(atPath: hostile, withIntermediateDirectories: true)
        // Raw control bytes, YAML escapes that decode to them, in keys and in values, and in the file's name.
        let raw = try String(contentsOfFile: content + "/desk-en.yaml", encoding: .utf8)
            .replacingOccurrences(of: "title:", with: "\"\\e]0;key\\a\": 1\ntitle:")
        try raw.write(toFile: hostile + "/keys-\u{1B}]0;file\u{07}.yaml", atomically: true, encoding: .utf8)
        let values = try String(contentsOfFile: content + "/desk-en.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: desk-en", with: "id: \"desk-\\e[2J\\x9b1m\"")
        try values.write(toFile: hostile + "/values.yaml", atomically: true, encoding: .utf8)
        try "id: x\ntitle: \u{1B}]52;c;aGk=\u{07}\u{9B}2J\n".write(toFile: hostile + "/bytes.yaml", atomically: true, encoding: .utf8)
        try "\u{1B}[2J: [".write(toFile: hostile + "/\u{9B}broken.yaml", atomically: true, encoding: .utf8)

        for format in ["text", "json"] {
            try tally.run("check --format \(format) (folder)", ["check", "--format", format, folder + "/content"])
            for file in try FileManager.default.contentsOfDirectory(atPath: hostile) {
                try tally.run("check --format \(format) \(file.debugDescription)", ["check", "--format", format, hostile + "/" + file])
            }
        }
        try tally.run("check of a missing file named with escapes", ["check", folder + "/\u{1B}[2Jmissing.yaml"])
        for file in try FileManager.default.contentsOfDirectory(atPath: hostile) {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: hostile + "/" + file)), as: UTF8.self)
            try tally.run("check - with \(file.debugDescription) on standard input", ["check", "-"], input: text)
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: hostile) {
            try tally.run("graph \(file.debugDescription)", ["graph", hostile + "/" + file])
        }
        try tally.run("play --plain on the hostile folder", ["play", "--plain", "--content", folder + "/content", "--store", store],
                      input: "1\n")
        #expect(tally.leaked.isEmpty, "\(tally.leaked)")
    }

    @Test("command-line arguments that end up in a message")
    func arguments() throws {
        let tally = Tally()
        let p = Self.payload
        try tally.run("play --scenario", ["play", "--plain", "--content", content, "--scenario", p, "--store", store])
        try tally.run("play --lang (argument-parser's message)", ["play", "--plain", "--lang", p])
        try tally.run("an unknown option", ["report", "--" + p])
        try tally.run("an unknown subcommand", [p])
        try tally.run("--content", ["check", "--content", folder + "/" + p])
        try tally.run("--store", ["progress", "--plain", "--store", folder + "/" + p + "/x.sqlite", "--trainee", "a"])
        try tally.run("replay's id", ["replay", p, "--store", store])
        try tally.run("new --id", ["new", "scenario", "--type", "hostage", "--lang", "en", "--id", p], in: URL(fileURLWithPath: folder))
        try tally.run("sync --lrs", ["sync", "--lrs", p, "--user", "u", "--password", "p", "--store", store])
        try tally.run("report --format", ["report", "--format", p, "--store", store])
        #expect(tally.leaked.isEmpty, "\(tally.leaked)")
    }

    @Test("an LRS whose replies carry escape sequences: rejections, server errors and garbage")
    func lrsReplies() throws {
        let tally = Tally()
        try tally.run("play", ["play", "--plain", "--content", content, "--scenario", "desk-en", "--store", store, "--trainee", "a"],
                      input: "2\n2\n1\n1\n1\n")
        for status in [400, 401, 409, 500, 200] {
            let lrs = try HostileLRS(status: status, body: "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}[2J\u{9B}31m bad " + Self.payload)
            defer { lrs.stop() }
            try tally.run("sync against an LRS answering \(status)",
                          ["sync", "--lrs", lrs.url, "--user", "u", "--password", "p", "--store", store, "--resend"])
        }
        #expect(tally.leaked.isEmpty, "\(tally.leaked)")
    }
}

/// An HTTP server on loopback that answers every request with `status` and `body` (Python's
/// http.server), as a hostile or broken LRS would.
final class HostileLRS {
    let process = Process()
    let port = Ralph.freePort()
    var url: String { "http://127.0.0.1:\(port)/xAPI" }

    init(status: Int, body: String) throws {
        let script = """
            import http.server, sys
            body = sys.argv[3].encode()
            class Handler(http.server.BaseHTTPRequestHandler):
                def reply(self):
                    length = int(self.headers.get('Content-Length') or 0)
                    self.rfile.read(length)
                    self.send_response(int(sys.argv[2]), 'Reason \\x1b]0;t\\x07')
                    self.send_header('Content-Type', 'application/json')
                    self.send_header('Content-Length', str(len(body)))
                    self.send_header('X-Experience-API-Version', '1.0.3')
                    self.end_headers()
                    self.wfile.write(body)
                do_GET = do_POST = do_PUT = reply
                def log_message(self, *args): pass
            http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, String(port), String(status), body]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Wait until it accepts connections (a poll, not a fixed wait).
        for _ in 0..<500 {
            if Self.accepts(port) { break }
            usleep(10_000)
        }
    }

    /// Ends the server: SIGKILL, because a child of a test thread may start with SIGTERM blocked.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
