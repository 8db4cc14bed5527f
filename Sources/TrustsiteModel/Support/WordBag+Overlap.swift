extension WordBag {
    /// A bag of these words (hashes ascending, each with its count).
    package init(hashes: [UInt64], counts: [Int]) {
        self.hashes = hashes
        self.counts = counts
        total = counts.reduce(0, +)
    }

    /// The words of this bag that `other` does not hold (a word held twice here and once there is left once).
    package func minus(_ other: WordBag) -> WordBag {
        var leftHashes: [UInt64] = [], leftCounts: [Int] = []
        var j = 0
        for (i, hash) in hashes.enumerated() {
            while j < other.hashes.count && other.hashes[j] < hash { j += 1 }
            let left = counts[i] - (j < other.hashes.count && other.hashes[j] == hash ? other.counts[j] : 0)
            if left > 0 {
                leftHashes.append(hash)
                leftCounts.append(left)
            }
        }
        return WordBag(hashes: leftHashes, counts: leftCounts)
    }

    /// How many words the two bags have in common, each counted as often as both hold it.
    package func common(_ other: WordBag) -> Int {
        var common = 0, i = 0, j = 0
        while i < hashes.count && j < other.hashes.count {
            if hashes[i] == other.hashes[j] {
                common += min(counts[i], other.counts[j])
                i += 1
                j += 1
            } else if hashes[i] < other.hashes[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }
}
