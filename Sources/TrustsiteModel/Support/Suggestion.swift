/// "Did you mean" hints for misspelt names.
package enum Suggestion {
    /// ` (did you mean 'x'?)` for the closest candidate within a small edit distance, else "".
    package static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, word.count / 3)) else { return "" }
        return " (did you mean '\(best.0)'?)"
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of two neighbours as one edit
    /// (optimal string alignment), so `titel` is one edit from `title`.
    package static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], beforePrevious[j - 2] + 1) }
            }
            (beforePrevious, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
