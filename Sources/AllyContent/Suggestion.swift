import AllyCore

/// Did-you-mean: the known name closest to a misspelling, if it is close enough to be a likely typo.
///
/// Uses the optimal-string-alignment form of Damerau–Levenshtein distance (a swapped pair of
/// letters costs one edit, as in `terorist`/`terrorist` or `emapthy`/`empathy`), compared
/// case-insensitively. A suggestion is made only within a third of the longer word's length
/// (at least one edit), so `xyz` does not suggest `ally`.
public func suggestion(for word: String, among candidates: [String]) -> String? {
    let needle = Array(word.lowercased().unicodeScalars)
    guard !needle.isEmpty else { return nil }
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let hay = Array(candidate.lowercased().unicodeScalars)
        let limit = max(1, max(needle.count, hay.count) / 3)
        guard abs(needle.count - hay.count) <= limit else { continue }
        let distance = editDistance(needle, hay)
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// " (did you mean 'x'?)" or nothing — appended to "unknown ..." messages.
func didYouMean(_ word: String, among candidates: [String]) -> Localized {
    suggestion(for: word, among: candidates).map { Localized("content.didYouMean", ["name": $0]) } ?? Localized("content.nothing")
}

/// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    // Three rolling rows: the swap rule looks two rows back.
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, previous2[j - 2] + 1)
            }
            current[j] = value
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
}
