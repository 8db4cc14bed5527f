import TrustsiteModel

/// Aligns two sections' leaves: unchanged leaves first, then, inside each changed stretch, pairs of similar
/// leaves to diff word by word; the rest are whole insertions or deletions.
package enum BlockAligner {
    /// One step of the alignment, in output order.
    package enum Step: Equatable {
        case same(old: Int, new: Int)
        case changed(old: Int, new: Int)
        case deleted(Int)
        case inserted(Int)
    }

    package static func align(_ old: [Leaf], _ new: [Leaf]) -> [Step] {
        var steps: [Step] = []
        var regionOld: Range<Int>?, regionNew: Range<Int>?
        func flush() {
            if regionOld != nil || regionNew != nil {
                let o = regionOld ?? 0..<0, n = regionNew ?? 0..<0
                steps += pair(old, new, o, n)
            }
            regionOld = nil
            regionNew = nil
        }
        for run in SequenceDiff.runs(old.map(\.key), new.map(\.key)) {
            switch run.kind {
            case .equal:
                flush()
                steps += zip(run.old, run.new).map { .same(old: $0, new: $1) }
            case .delete:
                regionOld = (regionOld?.lowerBound ?? run.old.lowerBound)..<run.old.upperBound
            case .insert:
                regionNew = (regionNew?.lowerBound ?? run.new.lowerBound)..<run.new.upperBound
            }
        }
        flush()
        return steps
    }

    /// Best order-preserving pairing of similar leaves in a changed stretch (dynamic programming on similarity).
    package static func pair(_ old: [Leaf], _ new: [Leaf], _ o: Range<Int>, _ n: Range<Int>) -> [Step] {
        guard !o.isEmpty, !n.isEmpty, o.count * n.count <= 4096 else {
            return o.map { .deleted($0) } + n.map { .inserted($0) }
        }
        let oldBags = o.map { WordCounts(old[$0]) }, newBags = n.map { WordCounts(new[$0]) }
        var score = [[Double]](repeating: [Double](repeating: 0, count: n.count + 1), count: o.count + 1)
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: n.count), count: o.count)
        for i in 0..<o.count {
            for j in 0..<n.count
            where old[o.lowerBound + i].open == new[n.lowerBound + j].open || bothParagraphs(old[o.lowerBound + i], new[n.lowerBound + j]) {
                similarity[i][j] = oldBags[i].similarity(newBags[j])
            }
        }
        for i in stride(from: o.count - 1, through: 0, by: -1) {
            for j in stride(from: n.count - 1, through: 0, by: -1) {
                let s = similarity[i][j]
                score[i][j] = max(score[i + 1][j], score[i][j + 1], s >= 0.35 ? s + score[i + 1][j + 1] : 0)
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < o.count && j < n.count {
            let s = similarity[i][j]
            if s >= 0.35 && score[i][j] == s + score[i + 1][j + 1] {
                steps.append(.changed(old: o.lowerBound + i, new: n.lowerBound + j))
                i += 1
                j += 1
            } else if score[i][j] == score[i + 1][j] {
                steps.append(.deleted(o.lowerBound + i))
                i += 1
            } else {
                steps.append(.inserted(n.lowerBound + j))
                j += 1
            }
        }
        steps += (i..<o.count).map { .deleted(o.lowerBound + $0) } + (j..<n.count).map { .inserted(n.lowerBound + $0) }
        return steps
    }

    package static func bothParagraphs(_ a: Leaf, _ b: Leaf) -> Bool {
        (a.open == "" || a.open == "<p>") && (b.open == "" || b.open == "<p>")
    }
}

extension WordCounts {
    /// A leaf's words, for pairing similar leaves.
    package init(_ leaf: Leaf) { self.init(leaf.tokens.lazy.filter { $0.weight > 0 }.map(\.html)) }
}
