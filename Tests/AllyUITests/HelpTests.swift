import AllyCore
import AllyTerminal
@testable import AllyUI
import Testing

/// The help is complete and true: the `?` overlay lists every key of the screen it is over,
/// and the help page lists every screen's keys, in both languages.
@Suite struct HelpTests {
    /// The text of `m`'s frame, without spaces (so "← →" and "←→" compare alike).
    func squeezed(_ m: AppModel) -> String {
        App.frame(m).lines.joined().filter { $0 != " " }.replacingOccurrences("–", "-")
    }

    @Test(arguments: [Language.en, .nl])
    func theOverlayListsEveryKeyTheHintBarShows(language: Language) {
        for shot in Storyboard.shots(language: language, all: true) where shot.name != "too-small" && !shot.model.showHelp {
            var over = shot.model
            if over.screen.play?.confirmingLeave == true { continue }   // ? is not taken while the leave question is open
            over = Storyboard.press([.char("?")], over)
            #expect(over.showHelp, "\(shot.name)")
            let text = squeezed(over)
            for hint in Layout.hints(shot.model) {
                for key in hint.key.split(separator: " ").map(String.init) {
                    // The hint bar counts the options ("1-6"); the help says 1 – 9.
                    let token = key.hasPrefix("1-") ? "1-9" : key
                    #expect(text.contains(token), "\(language) \(shot.name): the help overlay does not list \(key)")
                }
            }
        }
    }

    @Test func theOverlayOverAReplayListsItsKeys() {
        let store = InMemoryTrainerPersistence()
        let (source, _) = ProgressReplayTests.playedGarage(store)
        var m = ProgressReplayTests.progressModel(store)
        m = App.update(press([.enter], m), .replayLoaded(source), now: m.now + 2).0
        let text = App.frame(press([.char("?")], m)).lines.joined(separator: "\n")
        for line in Strings.helpReplayKeys { #expect(text.contains(line(.en))) }
        #expect(!text.contains(Strings.helpProgressKeys[0](.en)))
        // Without the replay, the progress screen's own keys.
        let progress = App.frame(press([.char("?")], ProgressReplayTests.progressModel(store))).lines.joined(separator: "\n")
        for line in Strings.helpProgressKeys { #expect(progress.contains(line(.en))) }
    }

    @Test func theOverlayOverTheDrillListsItsKeys() {
        let index = menuModel().menuItems.firstIndex(of: .drill)!
        var m = press([.char(Character("\(index + 1)"))], menuModel(.nl))
        m = App.update(m, .drillLoaded(DrillHistory(answers: [], now: 0)), now: m.now + 1).0
        let text = App.frame(press([.char("?")], m)).lines.joined(separator: "\n")
        for line in Strings.helpDrillKeys { #expect(text.contains(line(.nl))) }
    }

    @Test func thePreviewsOverlaySaysWhatRAndQDoThere() {
        let preview = Preview.update(PreviewModel(file: "garage.yaml", language: .en), .loaded(.scenario(SampleContent.garageEnglish)), now: 0).0
        let over = Preview.update(preview, .input(.key(.char("?"))), now: 1).0
        let text = Preview.frame(over).lines.joined(separator: "\n")
        for line in Strings.helpPreviewKeys { #expect(text.contains(line(.en))) }
        #expect(!text.contains("reminders"))
        #expect(!text.contains(Strings.helpBackLine(.en)))
    }

    @Test(arguments: [Language.en, .nl])
    func theHelpPageListsEveryScreensKeys(language: Language) {
        let index = menuModel().menuItems.firstIndex(of: .help)!
        let m = press([.char(Character("\(index + 1)"))], menuModel(language))
        let text = HelpPage.lines(m, width: DocumentScreen.textWidth(80)).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for line in Strings.helpKeyLines { #expect(text.contains(line(language))) }
        for section in HelpKeys.all {
            #expect(text.contains(section.heading(language)))
            for line in section.lines { #expect(text.contains(line(language))) }
        }
    }

    @Test(arguments: [Language.en, .nl])
    func everyKeyLineFitsTheOverlayAt80Columns(language: Language) {
        let lines = Strings.helpKeyLines + Strings.helpPreviewKeys + HelpKeys.all.flatMap(\.lines)
        for line in lines { #expect(line(language).displayWidth <= 68, "\(line(language))") }
        // The tallest overlay fits a 24-row window inside its box.
        let tallest = HelpKeys.all.map { $0.lines.count }.max()! + 2 + Strings.helpKeyLines.count
        #expect(tallest + 2 <= AppModel.minimumSize.rows - 2)
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (no Foundation needed).
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
