/// Classifies matched sections (renamed, modified, moved…) and lays the changes out in reading order.
package enum SectionDiffer {
    /// The diff between two versions whose sections carry lineage keys; sections with the same key are the same section.
    /// `splits`: whether sections split in two are noted (`SectionSplit`), which only a step from one version to the
    /// next does.
    package static func diff(
        old: [Section], oldLineage: [String], new: [Section], newLineage: [String], splits: Bool = true
    ) -> VersionDiff {
        let oldIndex = Dictionary(oldLineage.indices.map { (oldLineage[$0], $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [SectionChange] = []
        var matchedOld: [Int] = []
        for (n, key) in newLineage.enumerated() {
            guard let o = oldIndex[key] else {
                changes.append(SectionChange(old: nil, new: n, lineage: key))
                continue
            }
            var change = SectionChange(old: o, new: n, lineage: key)
            let (a, b) = (old[o], new[n])
            change.renumbered = HeadingNumber.onlyRenumbered(a.title, b.title)
            change.renamed = a.title != b.title && !change.renumbered
            change.textChanged = !sameContent(a.blocks, b.blocks)
            change.modified = change.textChanged || (!change.renumbered && !sameHeading(a.heading, b.heading))
            change.levelChanged = a.level != b.level
            changes.append(change)
            matchedOld.append(o)
        }
        // Sections outside the longest run of matched sections in their old order are the ones that moved.
        let stay = Set(longestIncreasingSubsequence(matchedOld))
        for i in changes.indices { if let o = changes[i].old, !stay.contains(o) { changes[i].moved = true } }
        if splits { SectionSplit.annotate(&changes, old: old, new: new) }
        let newKeys = Set(newLineage)
        let removed = oldLineage.indices.filter { !newKeys.contains(oldLineage[$0]) }
        return VersionDiff(changes: interleave(removed: removed, oldLineage: oldLineage, into: changes))
    }

    /// Whether two bodies read the same (`Block.asRead`).
    package static func sameContent(_ a: [Block], _ b: [Block]) -> Bool {
        a == b || a.asRead == b.asRead
    }

    /// Whether two headings read the same, positions aside (`[Inline].asRead`).
    package static func sameHeading(_ a: Heading?, _ b: Heading?) -> Bool {
        a?.content == b?.content || a?.content.asRead == b?.content.asRead
    }

    /// Puts each removed section after the change that holds its nearest preceding old section.
    package static func interleave(removed: [Int], oldLineage: [String], into changes: [SectionChange]) -> [SectionChange] {
        guard !removed.isEmpty else { return changes }
        var out = changes
        for o in removed.reversed() {
            let change = SectionChange(old: o, new: nil, lineage: oldLineage[o])
            let anchor = out.lastIndex { ($0.old ?? Int.max) < o && $0.new != nil }
            out.insert(change, at: anchor.map { $0 + 1 } ?? 0)
        }
        // Consecutive removed sections must keep their old order.
        return out
    }

    /// Values of the longest strictly increasing subsequence, O(n log n).
    package static func longestIncreasingSubsequence(_ values: [Int]) -> [Int] {
        var tails: [Int] = [], tailIndex: [Int] = [], previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < v { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { previous[i] = tailIndex[lo - 1] }
            if lo == tails.count { tails.append(v); tailIndex.append(i) } else { tails[lo] = v; tailIndex[lo] = i }
        }
        var out: [Int] = []
        var k = tailIndex.last ?? -1
        while k >= 0 { out.append(values[k]); k = previous[k] }
        return out.reversed()
    }
}
