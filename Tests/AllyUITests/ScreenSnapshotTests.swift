import AllyCore
import AllyTerminal
import AllyTestSupport
import AllyUI
import Testing

/// Text snapshots (content lines plus style runs) of every screen.
@Suite struct ScreenSnapshotTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40)]

    @Test(arguments: sizes, [Language.en, .nl])
    func everyScreen(size: TerminalSize, language: Language) throws {
        let shots = Storyboard.shots(language: language, size: size, all: true)
        #expect(shots.count >= 16)
        for shot in shots {
            let suffix = shot.name == "too-small" ? "" : "-\(size.columns)x\(size.rows)"
            try Snapshot.check(App.frame(shot.model), named: "\(language.rawValue)-\(shot.name)\(suffix)")
        }
    }

    @Test func everyScreenIsVisited() {
        let names = Set(Storyboard.shots(all: true).map { $0.model.screen.id })
        #expect(names == Set(ScreenID.allCases))
    }
}
