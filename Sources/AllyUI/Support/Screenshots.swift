import AllyCore
import AllyTerminal

/// The screenshots in `Screenshots/`: chosen screens of the storyboard, as SVG, from the same
/// buffers the terminal shows.
public enum Screenshots {
    /// The screens shown in the README, in play-through order.
    public static let chosen = ["welcome", "menu", "browser", "play-identify", "play-feedback", "debrief", "too-small"]

    /// File name and SVG text of every screenshot, English then Dutch, at 80×24.
    public static func files() -> [(name: String, svg: String)] {
        Language.shipped.flatMap { language in
            Storyboard.shots(language: language, size: AppModel.minimumSize)
                .filter { chosen.contains($0.name) }
                .map { shot in
                    let name = "\(language.rawValue)-\(shot.name).svg"
                    return (name, App.frame(shot.model).svg(title: "Ally — \(shot.name)"))
                }
        }
    }
}
