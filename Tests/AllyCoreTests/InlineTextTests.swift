import Foundation
import Testing
@testable import AllyCore
import AllyTestSupport

/// No user-facing text written inline in Swift: every sentence comes from the catalogues, and
/// every key the code names is in them. A scan over `Sources`, with a short list of files whose
/// literals are not for a trainee's or an instructor's eyes.
@Suite("Inline text")
struct InlineTextTests {
    static let sources = repositoryRoot.appendingPathComponent("Sources")

    /// Files whose prose literals are not interface text, and why.
    static let notInterface: [String: String] = [
        "AllyContent/Authoring/ScenarioGraph.swift": "Graphviz attributes",
        "AllyContent/Stages.swift": "benchmark stage names",
        "AllyContent/DiagnosticFormats.swift": "SARIF keys and GitHub workflow-command markup",
        "AllyContent/YAMLReader.swift": "libyaml's own problem texts, matched, not shown",
        "AllyCore/Domain/Giveaways.swift": "the giveaway word lists the linter matches content against",
        "AllyCore/Engine/Engine.swift": "programming errors of a caller, not of a user",
        "AllyCore/Localization/Catalogue.swift": "a translator's parse errors, in English like the keys",
        "AllyCore/Localization/Language.swift": "a decoding error for a programmer",
        "AllyCore/Localization/ShippedCatalogues.swift": "the catalogues themselves",
        "AllyTerminal/SVG.swift": "SVG markup",
        "AllyUI/Support/SampleContent.swift": "sample scenarios: content, not interface",
        "AllyUI/Support/Storyboard.swift": "sample scenario titles the storyboard looks for",
        "ally-bench": "a developer's benchmark tool",
        "ally-fuzz": "a developer's fuzzing tool",
        "ally-lrs": "the HTTP helper ally sync runs; its words reach ally sync's log",
        "ally-classroom": "the classroom server's own command line (issue 10 leaves AllyClassroom out)",
        // What a trainee is told over SSH comes from the catalogues (Session.swift); these are the
        // server's log lines and its start-up refusals, for the administrator, in English like sshd's.
        "AllyClassroom": "the classroom server's log and start-up errors, for its administrator",
        "AllyLRSHTTP": "HTTP transport errors, shown inside ally sync's log",
        "AllyNcurses/NcursesBackend.swift": "the error's English description for logs; the executable words it from the catalogue (FullScreen)",
        "AllyStore/Attempts.swift": "SQL, and an encoding failure that would be a programming error",
        "AllyStore/LiveAnswers.swift": "SQL, and an encoding failure that would be a programming error",
        "AllyStore/Preferences.swift": "SQL", "AllyStore/Progress.swift": "SQL",
        "AllyStore/Store.swift": "SQL", "AllyStore/XAPI/Statements.swift": "SQL", "AllyStore/XAPI/Sync.swift": "SQL",
    ]

    /// Files with inline interface text still to move to the catalogues; this list only shrinks
    /// (and is empty: a file that must keep prose of its own belongs in ``notInterface``, with why).
    static let notYetSwept: Set<String> = []

    /// Swift files under `Sources`, by path relative to it.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: sources.path)!
        return try enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { path in
            (path, try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// The string literals of `line` outside comments, each with its interpolations taken out.
    static func literals(_ line: Substring) -> [String] {
        let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line
        var result: [String] = []
        var current: String?
        var depth = 0
        var index = code.startIndex
        while index < code.endIndex {
            let character = code[index]
            let next = code.index(after: index)
            if var text = current {
                if depth > 0 {
                    if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                } else if character == "\\", next < code.endIndex {
                    if code[next] == "(" { depth = 1; text += " " } else { text.append(code[next]) }
                    current = text
                    index = code.index(after: next)
                    continue
                } else if character == "\"" {
                    result.append(text)
                    current = nil
                    index = next
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" {
                current = ""
            } else if character == "/", next < code.endIndex, code[next] == "/" {
                break
            }
            index = next
        }
        return result
    }

    /// Two words of prose in a row: what a sentence for a person looks like.
    static func isProse(_ literal: String) -> Bool {
        literal.contains(/[A-Za-z]{2,}[,:;.]? [a-z]{2,}/)
    }

    @Test func noSentenceIsWrittenInlineOutsideTheListedFiles() throws {
        var found: [String: [String]] = [:]
        for (path, text) in try Self.swiftFiles() where !Self.notInterface.keys.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for literal in Self.literals(line) where Self.isProse(literal) {
                    found[path, default: []].append("\(number + 1): \(literal)")
                }
            }
        }
        for (path, hits) in found.sorted(by: { $0.key < $1.key }) where !Self.notYetSwept.contains(path) {
            Issue.record("\(path) writes interface text inline; put it in the catalogues:\n\(hits.joined(separator: "\n"))")
        }
        for path in Self.notYetSwept.sorted() where found[path] == nil {
            Issue.record("\(path) has no inline text left: take it off notYetSwept")
        }
    }

    @Test func noTranslationIsChosenBySwitchingOnTheLanguage() throws {
        let patterns = [#"Localized\(en:"#, #"func t\(_ en"#, #"== \.en \?"#, #"== \.nl \?"#, #"\? \.nl : \.en"#, #"case \(\.\w+, \.(en|nl)\): ""#]
        for (path, text) in try Self.swiftFiles() {
            for pattern in patterns where text.contains(try Regex(pattern)) {
                Issue.record("\(path) picks a text by language (\(pattern)): use a catalogue key")
            }
        }
    }

    @Test func everyKeyTheCodeNamesIsInTheCatalogues() throws {
        let english = Language.en.catalogue.texts
        let prefixes = Set(english.keys.map { String($0.prefix { $0 != "." }) })
        var missing: [String] = []
        for (path, text) in try Self.swiftFiles() where path != "AllyCore/Localization/ShippedCatalogues.swift" {
            for match in text.matches(of: /"([a-z][A-Za-z]*)\.([A-Za-z0-9.\-]+)"/) {
                let key = String(match.output.1) + "." + String(match.output.2)
                if prefixes.contains(String(match.output.1)), english[key] == nil { missing.append("\(path): \(key)") }
            }
        }
        #expect(missing == [])
    }
}
