import AllyCore
import Foundation

/// Diagnostics in the formats other tools read: Ally's own JSON, GitHub's workflow commands and
/// SARIF 2.1.0.
///
/// Pure: each takes the diagnostics and gives text. The rule id is the diagnostic's code (its
/// catalogue key), which stays the same in every language and release.
public enum DiagnosticFormats {
    /// The version of the JSON document (`docs/check-json.md`): an integer, raised only when a
    /// field is removed or changes meaning; added fields do not raise it.
    public static let jsonVersion = 1

    /// What one run of `ally check` counted, for the JSON document's summary.
    public struct Summary: Sendable, Equatable {
        /// Scenarios read from the checked files.
        public var scenarios: Int
        /// Diagnostics that are errors.
        public var errors: Int
        /// Diagnostics that are warnings.
        public var warnings: Int

        /// A summary of `diagnostics` over `scenarios` scenarios.
        public init(scenarios: Int, diagnostics: [Diagnostic]) {
            self.scenarios = scenarios
            errors = diagnostics.count { $0.severity == .error }
            warnings = diagnostics.count - errors
        }
    }

    /// `ally check --format json`: one object with the document's `version`, the tool, the
    /// summary's counts and the diagnostics (`docs/check-json.md`, `docs/check-json.schema.json`).
    public static func json(_ diagnostics: [Diagnostic], summary: Summary, in language: Language, version: String) throws -> String {
        let document: [String: Any] = [
            "version": jsonVersion,
            "tool": ["name": "ally", "version": version],
            "summary": ["scenarios": summary.scenarios, "errors": summary.errors, "warnings": summary.warnings],
            "diagnostics": diagnostics.map { $0.jsonObject(in: language) },
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// One GitHub Actions workflow command per diagnostic (`::error file=…,line=…,col=…,title=…::message`),
    /// so a pull request shows each finding on its line.
    public static func github(_ diagnostics: [Diagnostic], in language: Language) -> String {
        diagnostics.map { diagnostic in
            var properties = ["file=" + property(diagnostic.file)]
            if diagnostic.line > 0 {
                properties += ["line=\(diagnostic.line)", "col=\(max(1, diagnostic.column))"]
            }
            properties.append("title=" + property(diagnostic.code))
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(data(diagnostic.text(language)))\n"
        }.joined()
    }

    /// A file's name as SARIF's `uri` wants it, a URI reference: a space, `%`, `#` or `?` in a
    /// path (or the brackets of `<stdin>`) are percent-encoded; the `/` between folders stays.
    static func uri(_ file: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%;")
        return file.addingPercentEncoding(withAllowedCharacters: allowed) ?? file
    }

    /// A SARIF 2.1.0 log (one run of `ally check`), for code scanning: every code met is a rule,
    /// every diagnostic a result with its file and, when it has one, its position.
    public static func sarif(_ diagnostics: [Diagnostic], in language: Language, version: String) throws -> String {
        var rules: [String] = []
        for diagnostic in diagnostics where !rules.contains(diagnostic.code) { rules.append(diagnostic.code) }
        let results: [[String: Any]] = diagnostics.map { diagnostic in
            var location: [String: Any] = ["artifactLocation": ["uri": uri(diagnostic.file)]]
            if diagnostic.line > 0 {
                location["region"] = ["startLine": diagnostic.line, "startColumn": max(1, diagnostic.column)]
            }
            return [
                "ruleId": diagnostic.code,
                "ruleIndex": rules.firstIndex(of: diagnostic.code) ?? 0,
                "level": diagnostic.severity.rawValue,
                "message": ["text": diagnostic.text(language)],
                "locations": [["physicalLocation": location]],
            ]
        }
        let log: [String: Any] = [
            "version": "2.1.0",
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [[
                "tool": ["driver": [
                    "name": "ally check", "version": version,
                    "rules": rules.map { ["id": $0] },
                ]],
                "results": results,
            ]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A workflow command's message: `%`, CR and LF escaped, as the runner expects.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A workflow command's property value: the message's escapes plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
