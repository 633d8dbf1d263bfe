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
