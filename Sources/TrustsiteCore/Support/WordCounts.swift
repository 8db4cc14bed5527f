/// A multiset of words, compared by the Dice coefficient: how sections and blocks are judged similar.
struct WordCounts {
    private var counts: [String: Int] = [:]
    private var total = 0

    /// Counts `words`.
    init(_ words: some Sequence<String>) {
        for word in words {
            counts[word, default: 0] += 1
            total += 1
        }
    }

    /// 1 for the same words, 0 for none in common.
    func similarity(_ other: WordCounts) -> Double {
        guard total + other.total > 0 else { return 0 }
        var common = 0
        for (word, n) in counts { common += min(n, other.counts[word] ?? 0) }
        return 2 * Double(common) / Double(total + other.total)
    }
}
