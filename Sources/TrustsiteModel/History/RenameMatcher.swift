/// Pairs the sections that neither id nor heading matched, by similar words (`WordCounts`, Dice ≥ 0.5): the best pair
/// first (by score less a millionth per step of distance in the document, then by older position, then newer), then
/// the best of what is left, exactly as if every pair were listed and sorted. No such list is made: each old section
/// keeps at most `listLength` candidates it is sure of (found through an index of the new sections' words, rarest
/// first), and looks for the next ones among the sections still free once those are all taken; a heap holds each
/// one's best. Memory grows with the number of sections, not with its square.
package struct RenameMatcher {
    /// Candidates kept per old section.
    package static let listLength = 8

    /// A possible pair; `>` is the order the pairs are taken in.
    package struct Candidate: Comparable {
        /// The score less a millionth per step of distance.
        package var key: Double
        /// The old and new section indices.
        package var o: Int, n: Int
        /// The new section's place in `news`.
        package var j: Int

        package static func < (a: Candidate, b: Candidate) -> Bool { (a.key, -a.o, -a.n) < (b.key, -b.o, -b.n) }
    }

    /// The old and new section indices in play, ascending.
    package let olds: [Int], news: [Int]
    /// Their words.
    package let oldBags: [WordBag], newBags: [WordBag]
    /// The new sections by word.
    package let index: WordIndex
    /// The most candidates held at once in the lists, for tests of the bound.
    private(set) var peakHeld = 0
    /// How many times a list ran out and was searched again, for tests.
    private(set) var refills = 0

    /// A matcher over the free sections of `old` and `new`.
    package init(old: [Section], new: [Section], oldFree: Set<Int>, newFree: Set<Int>) {
        olds = oldFree.sorted()
        news = newFree.sorted()
        oldBags = olds.map { WordBag(WordCounts(old[$0])) }
        newBags = news.map { WordBag(WordCounts(new[$0])) }
        index = WordIndex(newBags)
    }

    /// The pairs (old index, new index), best first.
    package mutating func pairs() -> [(Int, Int)] {
        var taken = [Bool](repeating: false, count: news.count)
        let matcher = self
        let first = Array(olds.indices).concurrentMapIfLarge(work: olds.count * news.count) { matcher.best(for: $0, taken: nil, want: 1) }
        var lists = first.map(\.list), complete = first.map(\.complete)
        var next = [Int](repeating: 0, count: olds.count)
        var heap = CandidateHeap()
        for (i, list) in lists.enumerated() where !list.isEmpty { heap.push(list[0], from: i) }
        var held = lists.reduce(0) { $0 + $1.count }
        peakHeld = held
        var out: [(Int, Int)] = []
        while let (candidate, i) = heap.pop() {
            if !taken[candidate.j] {
                taken[candidate.j] = true
                out.append((candidate.o, candidate.n))
                held -= lists[i].count
                lists[i] = []
                continue
            }
            next[i] += 1
            if next[i] == lists[i].count && !complete[i] {
                held -= lists[i].count
                refills += 1
                (lists[i], complete[i]) = best(for: i, taken: taken, want: Self.listLength)
                next[i] = 0
                held += lists[i].count
                peakHeld = max(peakHeld, held)
            }
            if next[i] < lists[i].count { heap.push(lists[i][next[i]], from: i) }
        }
        return out
    }
}

extension Array where Element: Sendable {
    /// `map`, on all cores when `work` is large enough to pay for it.
    package func concurrentMapIfLarge<T: Sendable>(work: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        work < 50_000 ? map(transform) : concurrentMap(transform)
    }
}
