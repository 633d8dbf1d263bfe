import AllyCore
import AllyTerminal
import AllyTestSupport
import AllyUI
import Foundation
import Testing

/// The pseudo-language `xx`, added from `Tests/Catalogues/xx.yaml` alone: every screen renders in
/// it, and no interface text shows in English or Dutch, so every string comes from the catalogue.
@Suite struct PseudoLanguageTests {
    /// The language of the fixture file, as the executable reads one from `ALLY_CATALOGUES`.
    static let xx: Language = {
        let file = repositoryRoot.appendingPathComponent("Tests/Catalogues/xx.yaml")
        let text = try! String(contentsOf: file, encoding: .utf8)
        return Language(catalogue: try! Catalogue.parse(text, code: "xx").catalogue)
    }()

    /// The shipped texts long enough to be told apart from a scenario's words, without placeholders.
    ///
    /// The English garage is played (xx has no scenarios), and the engine writes its feedback in
    /// the scenario's language; so English is looked for among the interface's own strings only.
    static func texts(of language: Language, interfaceOnly: Bool) -> [String] {
        language.catalogue.texts.filter { key, text in
            text.count >= 10 && !text.contains("{") && key != "language.name"
                && (!interfaceOnly || key.hasPrefix("strings.") || key.hasPrefix("report."))
        }.values.sorted()
    }

    /// `frame`'s text with every bracketed text taken out (a wrapped, nested or cut one too: "…" ends it).
    static func unbracketed(_ frame: String) -> String {
        var text = frame
        // Innermost first: a text can hold another ("[[het type [gijzelaar]] wordt …]").
        while case let next = text.replacing(/\[[^\[\]]*(\]|…)/, with: ""), next != text { text = next }
        return text
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func everyScreen(size: TerminalSize) throws {
        let shots = Storyboard.shots(language: Self.xx, size: size, all: true)
        #expect(Set(shots.map { $0.model.screen.id }) == Set(ScreenID.allCases))
        for shot in shots {
            let suffix = shot.name == "too-small" ? "" : "-\(size.columns)x\(size.rows)"
            let frame = App.frame(shot.model)
            try Snapshot.check(frame, named: "xx-\(shot.name)\(suffix)")
            let text = frame.lines.joined(separator: "\n")
            #expect(text.contains("["), "\(shot.name): nothing in the pseudo-language")
            let outside = Self.unbracketed(text)
            for english in Self.texts(of: .en, interfaceOnly: true) where outside.contains(english) {
                Issue.record("\(shot.name) shows English interface text: \(english)")
            }
            for dutch in Self.texts(of: .nl, interfaceOnly: false) where outside.contains(dutch) {
                Issue.record("\(shot.name) shows Dutch interface text: \(dutch)")
            }
        }
    }

    @Test func theWelcomeScreenOffersTheLanguageAndCyclesThroughEveryOne() {
        let start = AppModel(library: SampleContent.library, language: Self.xx, size: AppModel.minimumSize)
        let text = App.frame(start).lines.joined(separator: "\n")
        #expect(text.contains("English") && text.contains("Nederlands") && text.contains("[Pseudo]"))
        var m = press([.tab], start)
        // xx is offered while it is the language; in the program it is installed, so it stays.
        m = press([.right], m)
        #expect(m.language == .en)
        m = press([.right], m)
        #expect(m.language == .nl)
    }
}
