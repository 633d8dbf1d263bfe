import AllyCore
import AllyReporting
import Foundation
import Testing

/// The gradebook as Moodle's CSV grade import reads it (see ``MoodleGradeImport`` for the rules and
/// where they come from), with the roster's identifiers and fixtures under Fixtures/.
@Suite("Gradebook for Moodle")
struct GradebookTests {
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func scenario(_ id: String, _ language: Language, translation: String? = nil) -> Scenario {
        Scenario(id: id, language: language, translation: translation, title: id, setting: "Desk",
                 customer: Customer(name: "Mr Smit", type: .tolerant), start: "a", steps: [], endings: [])
    }

    /// A library where a translation is linked both ways (desk), one way only (kettle) and not at all (station).
    static let library = [
        scenario("desk-en", .en, translation: "desk-nl"), scenario("desk-nl", .nl, translation: "desk-en"),
        scenario("kettle-en", .en), scenario("kettle-nl", .nl, translation: "kettle-en"), scenario("station-nl", .nl),
    ]

    static func attempt(_ id: Int64, _ trainee: String, _ scenario: String, _ total: Int?) -> AttemptSummary {
        AttemptSummary(id: id, trainee: trainee, scenarioID: scenario, startedAt: Double(id), finishedAt: total.map { _ in Double(id) + 1 }, total: total)
    }

    static let attempts = [
        attempt(1, "anna", "desk-en", 70), attempt(2, "anna", "desk-nl", 80), attempt(3, "zoe", "desk-nl", 95),
        attempt(4, "zoe", "kettle-en", 40), attempt(5, "mallory", "desk-en", 50), attempt(6, "anna", "kettle-nl", nil),
    ]

    static func roster(_ name: String) throws -> Roster {
        try Roster.parse(try fixture(name)).get()
    }

    @Test("with a roster: Moodle usernames, '-' for no grade, translations in one column; imports cleanly")
    func rosterGradebookImports() throws {
        let columns = GradeColumn.columns(library: Self.library)
        let book = Gradebook(Self.attempts, columns: columns, roster: try Self.roster("roster.csv"))
        let csv = book.csv()
        #expect(csv == (try Self.fixture("gradebook.csv")))
        #expect(book.unlisted == ["mallory"])
        let moodle = MoodleGradeImport(userField: "username", users: ["anna.devries", "zoe.bakker", "bram.jansen", "teacher"])
        let grades = try moodle.run(csv)
        #expect(grades["anna.devries"]?["desk-nl"] == .some(80))     // the best of her English 70 and Dutch 80
        #expect(grades["zoe.bakker"]?["kettle-nl"] == .some(40))     // an English attempt, linked one way only
        #expect(grades["anna.devries"]?["kettle-nl"] == .some(nil))  // unfinished: no grade, not 0
        #expect(grades["bram.jansen"]?.values.allSatisfy { $0 == nil } == true)
    }

    @Test("the old way fails in Moodle: empty cells become 0 and an unknown name aborts the import")
    func emulatorRejectsWhatTheIssueFound() throws {
        let moodle = MoodleGradeImport(userField: "username", users: ["anna"])
        #expect(try moodle.run("username,desk\r\nanna,\r\n")["anna"]?["desk"] == .some(0))
        #expect(throws: MoodleGradeImport.Abort.userNotFound("bram, jr")) { try moodle.run("username,desk\r\nanna,-\r\n\"bram, jr\",80\r\n") }
        // Without a roster the handle is the identifier, so every trainee who played must be a Moodle user.
        let book = Gradebook(Self.attempts, columns: GradeColumn.columns(library: Self.library))
        #expect(throws: MoodleGradeImport.Abort.userNotFound("mallory")) { try moodle.run(book.csv()) }
        #expect(book.lines.map(\.identifier) == ["anna", "mallory", "zoe"])
    }

    @Test("the columns come from the library, not from what was played")
    func columnsAreStable() throws {
        let columns = GradeColumn.columns(library: Self.library)
        #expect(columns.map(\.heading) == ["desk-nl", "kettle-nl", "station-nl"])
        let empty = Gradebook([], columns: columns, roster: try Self.roster("roster.csv")).csv()
        let full = Gradebook(Self.attempts, columns: columns, roster: try Self.roster("roster.csv")).csv()
        #expect(empty.split(separator: "\r\n").first == full.split(separator: "\r\n").first)
        // Each Moodle import of the same columns maps to the same grade items.
        #expect(Set(try MoodleGradeImport(userField: "username", users: ["anna.devries", "zoe.bakker", "bram.jansen"]).run(empty)
            .values.flatMap(\.keys)) == ["desk-nl", "kettle-nl", "station-nl"])
    }

    @Test("--course: its scenarios in its order, named in its language, translations merged")
    func courseChoosesTheColumns() {
        let course = Course(id: "front-desk", language: .en, title: "Front desk", scenarios: ["station-nl", "desk-en", "gone-en"])
        let columns = GradeColumn.columns(course: course, library: Self.library)
        #expect(columns.map(\.heading) == ["station-nl", "desk-en", "gone-en"])
        let book = Gradebook(Self.attempts, columns: columns)
        #expect(book.csv().hasPrefix("username,station-nl,desk-en,gone-en\r\nanna,-,80,-\r\n"))
    }

    @Test("--excel: a BOM and ';', so Dutch Excel keeps Zoë and the columns; Moodle reads it with 'semicolon'")
    func excelDialect() throws {
        let roster = try Self.roster("roster-excel.csv")
        #expect(roster.identifier == .email)
        #expect(roster.entries.map(\.name) == ["Anna de Vries", "Zoë Bakker"])
        let book = Gradebook(Self.attempts, columns: GradeColumn.columns(library: Self.library), roster: roster)
        let csv = book.csv(dialect: .excel)
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.dropFirst().hasPrefix("email;desk-nl;kettle-nl;station-nl\r\nanna@school.example;80;-;-\r\n"))
        let grades = try MoodleGradeImport(userField: "email", users: ["anna@school.example", "zoe@school.example"], separator: ";").run(csv)
        #expect(grades["zoe@school.example"]?["desk-nl"] == .some(95))
    }

    @Test("a name a spreadsheet would run as a formula gets a ' in front (OWASP), and is quoted as CSV needs")
    func formulaInjectionIsNeutralised() {
        let names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "anna", "a=b"]
        let book = Gradebook(names.enumerated().map { Self.attempt(Int64($0), $1, "station-nl", 80) },
                             columns: GradeColumn.columns(library: Self.library))
        let rows = book.csv().split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.contains("'+1,-,-,80"))
        #expect(rows.contains("'-2+3,-,-,80"))
        #expect(rows.contains("'@SUM(A1),-,-,80"))
        #expect(rows.contains("'\tx,-,-,80"))
        #expect(rows.contains("\"'\rx\",-,-,80"))
        #expect(rows.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-,-,80"))
        #expect(rows.contains("anna,-,-,80"))
        #expect(rows.contains("a=b,-,-,80"))
    }

    @Test("a roster that cannot be used says which line and why", arguments: [
        ("", nil, "empty"),
        ("name,handle,moodle\n", 1, "header"),
        ("handle,username,name\n", 1, "header"),
        ("handle,moodle,name\nanna,anna\n", 2, "3 fields"),
        ("handle,moodle,name\nanna,,Anna\n", 2, "Moodle username or e-mail"),
        ("handle,moodle,name\nanna,a1,A\nanna,a2,B\n", 3, "twice in the handle column (first on line 2)"),
        ("handle,moodle,name\nanna,a1,A\nbram,a1,B\n", 3, "twice in the moodle column"),
        ("handle,moodle,name\nanna,a@x.nl,A\n\nbram,bram,B\n", 4, "mixed"),
        ("handle,moodle,name\nbad name,b,B\n", 2, "letters, digits"),
        ("handle,moodle,name\neva,e\u{1b}[31m,Eva\n", 2, "control characters"),
        ("handle,moodle,name\nfay,f,\"open\ngus,g,G\n", 2, "quote not closed"),
    ] as [(String, Int?, String)])
    func rosterErrors(text: String, line: Int?, words: String) {
        guard case .failure(let error) = Roster.parse(text) else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(error.problems.first?.line == line)
        #expect(error.problems.first?.message(.en).contains(words) == true, "\(error.problems)")
    }

    @Test("every problem of a roster is named, each with its line, ready to print")
    func everyRosterProblemIsNamed() {
        let text = "handle;moodle;name\nanna;a@x.nl;Anna\nanna;b@x.nl;Anna B\nbad name;c@x.nl;C\ncees;;Cees\ndirk;d@x.nl\n"
        guard case .failure(let error) = Roster.parse(text) else {
            Issue.record("accepted a broken roster")
            return
        }
        #expect(error.problems.map(\.line) == [3, 4, 5, 6])
        let lines = ReportingStrings.rosterUnusable("r.csv", error).map { $0(.en) }
        #expect(lines.first == "roster r.csv:3: 'anna' appears twice in the handle column (first on line 2)")
        #expect(ReportingStrings.rosterUnusable("r.csv", error)[0](.nl).hasPrefix("deelnemerslijst r.csv:3: "))
    }

    @Test("the roster's display names: shown in the table and the JSON lines, the handle where there is none")
    func displayNamesAndJSONLines() throws {
        let text = "\u{FEFF}handle;moodle;name\nanna;anna@school.example;\"de Vries; Anna\"\nzoe;zoe@school.example;\n"
        let roster = try Roster.parse(text).get()
        #expect(roster.identifier == .email)
        #expect(roster.displayName("anna") == "de Vries; Anna")
        #expect(roster.displayName("zoe") == "zoe")
        #expect(roster.displayName("mallory") == "mallory")
        let book = Gradebook(Self.attempts, columns: GradeColumn.columns(library: Self.library), roster: roster)
        #expect(book.table().split(separator: "\n").first?.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == ["trainee", "name", "scenario"])
        #expect(book.table().contains("anna     de Vries; Anna  desk-nl"))
        let anna = book.jsonLines()[0]
        #expect(anna.handle == "anna" && anna.identifier == "anna@school.example" && anna.name == "de Vries; Anna")
        #expect(anna.best == ["desk-nl": 80, "kettle-nl": Int?.none, "station-nl": Int?.none])
        #expect(anna.attempts == ["desk-nl": 2, "kettle-nl": 0, "station-nl": 0])
        #expect(book.jsonLines().map(\.name) == ["de Vries; Anna", "zoe"])
        // Without names the table has no name column.
        #expect(Gradebook(Self.attempts, columns: GradeColumn.columns(library: Self.library)).table().hasPrefix("trainee  scenario"))
    }
}
