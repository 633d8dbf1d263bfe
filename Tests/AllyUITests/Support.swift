import AllyCore
import AllyTerminal
@testable import AllyUI

/// Sends `keys` one second apart.
func press(_ keys: [Key], _ model: AppModel) -> AppModel {
    Storyboard.press(keys, model)
}

/// Sends one event one second after the model's clock, returning model and commands.
func send(_ event: InputEvent, _ model: AppModel, after seconds: Double = 1) -> (AppModel, [Command]) {
    App.update(model, .input(event), now: model.now + seconds)
}

/// A model on the menu of the sample library, in `language`.
func menuModel(_ language: Language = .en, size: TerminalSize = AppModel.minimumSize) -> AppModel {
    let start = AppModel(library: SampleContent.library, language: language, size: size)
    return press(Storyboard.type("Ana") + [.enter], start)
}

/// A model playing the English garage scenario, at its identify question.
func garageModel() -> AppModel {
    var m = menuModel()
    m = press([.enter], m)
    let index = m.filteredScenarios.firstIndex { $0.id == "garage-warranty-en" }!
    return press(Array(repeating: .down, count: index) + [.enter], m)
}

/// The keys that answer graded questions with `digits` in turn: each digit selects its option,
/// Enter answers, a second Enter leaves the feedback (at an ending: goes on to the debrief).
func answers(_ digits: String) -> [Key] {
    digits.flatMap { [Key.char($0), .enter, .enter] }
}

/// What the tests ask of whichever screen shows, by its old one-line names.
extension AppModel {
    /// Rows scrolled on the scrolling page showing (debrief, progress, help), nil elsewhere.
    var scroll: Int? { screen.debrief?.scroll ?? screen.progress?.scroll ?? screen.help?.scroll }
    /// The selected menu item, -1 when the menu does not show.
    var menuSelected: Int { screen.menu?.selected ?? -1 }
}

extension DocumentScreen {
    /// The wrapped lines of the scrolling page showing.
    static func lines(_ m: AppModel, width: Int) -> [[Span]] {
        switch m.screen {
        case .debrief(let state): DebriefDocument.lines(state, language: m.language, width: width)
        case .progress(let state): ProgressPage.lines(state, m.context, width: width)
        case .help: HelpPage.lines(m.context, width: width)
        default: []
        }
    }
}

extension Layout {
    /// The number of wrapped lines of the scrolling page showing.
    static func documentHeight(_ m: AppModel) -> Int { DocumentScreen.lines(m, width: DocumentScreen.textWidth(m.size.columns)).count }
    /// The rows a scrolling page shows its text in.
    static func documentViewHeight(_ m: AppModel) -> Int { DocumentScreen.viewHeight(m.context) }
}

extension PlayScreen {
    static func customerArea(_ m: AppModel) -> Rect? { m.screen.play.map { customerArea($0, m.context) } }
    static func customerMaxScroll(_ m: AppModel) -> Int { m.screen.play.map { customerMaxScroll($0, m.context) } ?? 0 }
    static func feedbackMaxScroll(_ m: AppModel) -> Int { m.screen.play.map { feedbackMaxScroll($0, m.context) } ?? 0 }
}

extension HelpPage {
    static func lines(_ m: AppModel, width: Int) -> [[Span]] { lines(m.context, width: width) }
}

/// The debrief the screen shows, as the plain front end prints it.
enum DebriefPage {
    static func lines(_ m: AppModel, width: Int) -> [[Span]] {
        m.screen.debrief.map { DebriefDocument.lines($0, language: m.language, width: width) } ?? []
    }
}

extension ProgressPage {
    static func lines(_ m: AppModel, width: Int) -> [[Span]] { m.screen.progress.map { lines($0, m.context, width: width) } ?? [] }
    static func matrixLines(_ m: AppModel, _ matrix: ConfusionMatrix) -> [[Span]] { matrixLines(m.context, matrix) }
}

extension ReplayScreen {
    static func maxScroll(_ m: AppModel) -> Int { m.screen.replay.map { maxScroll($0, m.context) } ?? 0 }
}
