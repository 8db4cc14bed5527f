/// The places of one bucket of a `WordIndex`, nearest to a section's position first.
package struct NearestFirst: Sequence, IteratorProtocol {
    private let places: [Int], positions: [Int], target: Int
    private var below: Int, above: Int

    /// Walks `places` (ascending) outwards from where `target` would sit; `positions[place]` is a place's position.
    package init(_ places: [Int], to target: Int, positions: [Int]) {
        (self.places, self.positions, self.target) = (places, positions, target)
        var lo = 0, hi = places.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[places[mid]] < target { lo = mid + 1 } else { hi = mid }
        }
        (below, above) = (lo - 1, lo)
    }

    package mutating func next() -> Int? {
        let up = above < places.count ? positions[places[above]] - target : Int.max
        let down = below >= 0 ? target - positions[places[below]] : Int.max
        guard up != Int.max || down != Int.max else { return nil }
        if up <= down {
            above += 1
            return places[above - 1]
        }
        below -= 1
        return places[below + 1]
    }
}

/// The new sections of a rename search, by word: for each word, the sections holding it, grouped by size.
package struct WordIndex {
    /// One size's sections holding a word: their places in `news`, ascending.
    package struct Bucket {
        package var size: Int
        package var places: [Int]
    }

    /// Buckets by word hash, by ascending size.
    private let postings: [UInt64: [Bucket]]
    /// How many sections hold each word.
    private let held: [UInt64: Int]

    /// Indexes `bags`.
    package init(_ bags: [WordBag]) {
        var places: [UInt64: [Int]] = [:]
        for (j, bag) in bags.enumerated() { for hash in bag.hashes { places[hash, default: []].append(j) } }
        held = places.mapValues(\.count)
        postings = places.mapValues { held in
            // Places are ascending; a stable sort by size keeps them so within each size.
            var buckets: [Bucket] = []
            for j in held.count > 1 ? held.sorted(by: { (bags[$0].total, $0) < (bags[$1].total, $1) }) : held {
                if buckets.last?.size == bags[j].total {
                    buckets[buckets.count - 1].places.append(j)
                } else {
                    buckets.append(Bucket(size: bags[j].total, places: [j]))
                }
            }
            return buckets
        }
    }

    /// `bag`'s words (with their counts), those held by fewest sections first; ties by hash, so the order is fixed.
    package func rarestFirst(_ bag: WordBag) -> [(hash: UInt64, count: Int)] {
        let held = bag.hashes.map { self.held[$0] ?? 0 }
        return bag.hashes.indices.sorted { (held[$0], bag.hashes[$0]) < (held[$1], bag.hashes[$1]) }.map {
            (bag.hashes[$0], bag.counts[$0])
        }
    }

    /// The sizes a section can have and still score `threshold` against one of `total` words when at most `left` of
    /// them can be common: 2·min(left, b)/(total + b) ≥ threshold. Widened by one each way; the caller checks exactly.
    package static func sizes(left: Int, total: Int, threshold: Double) -> ClosedRange<Int> {
        let low = Int((threshold * Double(total) / (2 - threshold)).rounded(.down)) - 1
        let high = Int((2 * Double(left) / threshold - Double(total)).rounded(.up)) + 1
        return max(0, low)...max(0, low, high)
    }

    /// The buckets of the sections holding `hash` whose size is in `sizes`.
    package func buckets(with hash: UInt64, sizes range: ClosedRange<Int>) -> ArraySlice<Bucket> {
        guard let buckets = postings[hash] else { return [] }
        let start = buckets.firstIndex { $0.size >= range.lowerBound } ?? buckets.count
        let end = buckets[start...].firstIndex { $0.size > range.upperBound } ?? buckets.count
        return buckets[start..<end]
    }
}
