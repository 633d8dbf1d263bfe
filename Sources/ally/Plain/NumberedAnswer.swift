import Foundation

/// What a line typed at a numbered question means, in `play --plain` and `ally drill` alike.
enum NumberedAnswer: Equatable {
    /// The option with this 0-based index.
    case option(Int)
    /// `q`: the trainee stops.
    case stop
    /// Anything else: ask again.
    case invalid

    /// Reads `line` against `count` numbered options; when `names` are given, an option's own
    /// text (in any case) picks it too.
    init(_ line: String, count: Int, names: [String] = []) {
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "q" {
            self = .stop
        } else if let number = Int(text), number >= 1, number <= count {
            self = .option(number - 1)
        } else if let index = names.firstIndex(where: { $0.lowercased() == text }) {
            self = .option(index)
        } else {
            self = .invalid
        }
    }
}
