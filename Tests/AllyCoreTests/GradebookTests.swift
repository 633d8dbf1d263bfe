import Testing
@testable import AllyCore

@Suite("Gradebook CSV")
struct GradebookTests {
    func gradebook(_ trainees: [String]) -> Gradebook {
        Gradebook(trainees.enumerated().map { index, name in
            AttemptSummary(id: Int64(index), trainee: name, scenarioID: "desk-en", startedAt: 0, finishedAt: 1, total: 80)
        })
    }

    @Test("a name a spreadsheet would run as a formula gets a ' in front (OWASP), and is quoted as CSV needs")
    func formulaInjectionIsNeutralised() {
        let csv = gradebook(["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "anna", "a=b"]).csv()
        let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.contains("'+1,80"))
        #expect(rows.contains("'-2+3,80"))
        #expect(rows.contains("'@SUM(A1),80"))
        #expect(rows.contains("'\tx,80"))
        #expect(rows.contains("\"'\rx\",80"))
        #expect(rows.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",80"))
        // Anything else is left alone.
        #expect(rows.contains("anna,80"))
        #expect(rows.contains("a=b,80"))
    }
}
