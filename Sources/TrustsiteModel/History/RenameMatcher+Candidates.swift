extension RenameMatcher {
    /// Old section `i`'s best candidates among the new sections not `taken`, best first, each one certainly better
    /// than every candidate left out; at least `want` of them when there are that many, at most `listLength`; and
    /// whether that is all of its candidates. Its words are looked up rarest first; a new section first met at a word
    /// lacks every word looked up before, which bounds its score, and the search stops once no unmet section can beat
    /// what was found (the prefix and length filters of PPJoin). Among sections of one size, the nearest come first,
    /// as distance breaks ties. So sections that share only common words with this one are mostly never compared.
    package func best(for i: Int, taken: [Bool]?, want: Int) -> (list: [Candidate], complete: Bool) {
        let a = oldBags[i], o = olds[i]
        var list: [Candidate] = []
        var seen = Set<Int>()
        var (probed, found, passedOver) = (0, 0, false)
        // The best score of a section not met yet: one lacking every word looked up so far.
        var unmet = 0.0
        for (hash, count) in index.rarestFirst(a) {
            let left = a.total - probed
            unmet = 2 * Double(left) / Double(a.total + left)
            if unmet < (list.count >= want ? list[want - 1].key : 0.5) { break }
            probed += count
            unmet = 0
            let threshold = list.count == Self.listLength ? list[list.count - 1].key : 0.5
            for bucket in index.buckets(with: hash, sizes: WordIndex.sizes(left: left, total: a.total, threshold: threshold)) {
                let bound = 2 * Double(min(left, bucket.size)) / Double(a.total + bucket.size)
                guard bound >= 0.5 else { continue }
                for j in NearestFirst(bucket.places, to: o, positions: news) {
                    let n = news[j], distance = Double(abs(o - n)) * 1e-6
                    if list.count == Self.listLength, bound - distance < list[list.count - 1].key {
                        passedOver = true
                        break
                    }
                    guard taken?[j] != true, seen.insert(j).inserted else { continue }
                    let score = a.similarity(newBags[j])
                    guard score >= 0.5 else { continue }
                    found += 1
                    let candidate = Candidate(key: score - distance, o: o, n: n, j: j)
                    guard list.count < Self.listLength || candidate > list[list.count - 1] else { continue }
                    list.insert(candidate, at: list.firstIndex { candidate > $0 } ?? list.count)
                    if list.count > Self.listLength { list.removeLast() }
                }
            }
        }
        let certain = list.prefix { $0.key > unmet }
        return (Array(certain), certain.count == list.count && !passedOver && found <= Self.listLength && unmet < 0.5)
    }
}
