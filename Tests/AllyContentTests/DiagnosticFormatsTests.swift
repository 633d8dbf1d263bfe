import AllyCore
import Foundation
import Testing
@testable import AllyContent

/// `ally check --format github|sarif`: the findings in the formats CI and code scanning read.
@Suite struct DiagnosticFormatsTests {
    let findings = [
        Diagnostic(file: "nl/a,b.yaml", line: 3, column: 7, severity: .error, Localized("content.secondScoringFile", ["first": "x"])),
        Diagnostic(file: "nl/c.yaml", line: 0, column: 0, severity: .warning, Localized("content.notRegularFile")),
    ]

    @Test func githubGetsOneWorkflowCommandPerFindingWithItsPlaceAndCode() {
        let lines = DiagnosticFormats.github(findings, in: .en).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("::error file=nl/a%2Cb.yaml,line=3,col=7,title=content.secondScoringFile::"))
        #expect(lines[1].hasPrefix("::warning file=nl/c.yaml,title=content.notRegularFile::"), "no position for a whole-file finding")
    }

    @Test func aMessageCannotEndTheCommandOrStartAnother() {
        #expect(DiagnosticFormats.data("50% done\nnext::x") == "50%25 done%0Anext::x")
        #expect(DiagnosticFormats.property("a:b,c") == "a%3Ab%2Cc")
    }

    @Test func sarifHasARulePerCodeAndAResultPerFinding() throws {
        let text = try DiagnosticFormats.sarif(findings, in: .nl, version: "1.2.3")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.map { $0["id"] as? String } == ["content.secondScoringFile", "content.notRegularFile"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "warning"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 1])
        let location = ((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 3)
        let whole = ((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(whole?["region"] == nil, "SARIF lines start at 1: a whole-file finding has no region")
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String == Localized("content.secondScoringFile", ["first": "x"])(.nl))
    }

    @Test func aSarifURIIsAURIReferenceEvenForOddFileNames() {
        #expect(DiagnosticFormats.uri("Content/nl/a.yaml") == "Content/nl/a.yaml")
        #expect(DiagnosticFormats.uri("mijn map/zoë #2.yaml") == "mijn%20map/zo%C3%AB%20%232.yaml")
        #expect(DiagnosticFormats.uri("<stdin>") == "%3Cstdin%3E")
        #expect(DiagnosticFormats.uri("100%.yaml") == "100%25.yaml")
    }
}
