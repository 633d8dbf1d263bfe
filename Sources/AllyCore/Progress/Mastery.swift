/// Mastery of a customer type: how reliably the trainee names it, from the most recent answers.
///
/// The rule (for the README): the mastery of a type is the mean identification credit of the last
/// ``window`` times the trainee was asked to name a customer of that type (in scenarios or drills);
/// exact 1, same strategy family 0.5, wrong or no answer 0. Old mistakes therefore stop counting once
/// the trainee has met the type ``window`` more times. A type never met has no mastery (nil).
public enum Mastery {
    /// How many recent answers count.
    public static let window = 5

    /// Mastery per type, 0...1, from `answers` in any order; types never met are absent.
    public static func byType(_ answers: [Answer]) -> [CustomerType: Double] {
        var recent: [CustomerType: [Answer]] = [:]
        for answer in answers where answer.question == .identify {
            recent[answer.truth, default: []].append(answer)
        }
        return recent.mapValues { list in
            let last = list.sorted { $0.time < $1.time }.suffix(window)
            return last.map { max(0, $0.credit) }.reduce(0, +) / Double(last.count)
        }
    }

    /// Types whose mastery changed between `before` and `after`, with both figures, in type order.
    public static func changes(
        from before: [CustomerType: Double], to after: [CustomerType: Double]
    ) -> [(type: CustomerType, before: Double?, after: Double)] {
        CustomerType.allCases.compactMap { type in
            guard let now = after[type], now != before[type] else { return nil }
            return (type, before[type], now)
        }
    }
}

/// The 9×9 confusion matrix: how often a customer of each true type was named as each type.
public struct ConfusionMatrix: Sendable, Equatable {
    /// counts[truth][named], both indexed in `CustomerType.allCases` order.
    public private(set) var counts: [[Int]]
    /// Identify questions left unanswered (time ran out), per true type.
    public private(set) var unanswered: [Int]

    /// An empty matrix.
    public init() {
        counts = Array(repeating: Array(repeating: 0, count: CustomerType.allCases.count), count: CustomerType.allCases.count)
        unanswered = Array(repeating: 0, count: CustomerType.allCases.count)
    }

    /// The matrix of the identify answers among `answers`.
    public init(_ answers: [Answer]) {
        self.init()
        for answer in answers where answer.question == .identify {
            add(truth: answer.truth, named: answer.named)
        }
    }

    /// Adds `count` answers naming `named` (nil: unanswered) for a customer of type `truth`.
    public mutating func add(truth: CustomerType, named: CustomerType?, count: Int = 1) {
        if let named {
            counts[truth.index][named.index] += count
        } else {
            unanswered[truth.index] += count
        }
    }

    /// How often a customer of type `truth` was named `named`.
    public subscript(truth: CustomerType, named: CustomerType) -> Int {
        counts[truth.index][named.index]
    }

    /// All answers in the row of `truth` (unanswered included).
    public func total(truth: CustomerType) -> Int {
        counts[truth.index].reduce(0, +) + unanswered[truth.index]
    }

    /// The type `truth` is most often mistaken for, if it ever was.
    public func mostConfused(truth: CustomerType) -> CustomerType? {
        let row = counts[truth.index]
        let wrong = CustomerType.allCases.filter { $0 != truth && row[$0.index] > 0 }
        return wrong.max { row[$0.index] < row[$1.index] }
    }
}

extension CustomerType {
    /// The type's position in `allCases`, for matrix rows and columns.
    public var index: Int { Self.allCases.firstIndex(of: self)! }
}
