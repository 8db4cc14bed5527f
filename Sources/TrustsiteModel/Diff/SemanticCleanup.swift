/// Makes a minimal diff read like an editor's redline (after diff-match-patch's `cleanupSemantic`).
public enum SemanticCleanup {
    /// Folds short equal runs sandwiched between changes into the changes, so a rewritten sentence reads as one deletion and one insertion, not confetti.
    public static func apply<T: Equatable>(_ runs: [DiffRun], old: [T], new: [T], weight: (T) -> Int) -> [DiffRun] {
        // The rule is diff-match-patch's: an equality between two changes is absorbed when its weight
        // is at most the weight of the change on its left AND of the one on its right (a change weighs
        // max(deleted, inserted)). Requiring both sides keeps substantial shared text visible next to
        // a small edit. Zero-weight equalities always qualify; the first and last runs never do.
        var kept: [Region] = []
        for region in regions(of: runs, old: old, new: new, weight: weight) {
            kept.append(region)
            absorbSandwichedEqualities(in: &kept)
        }
        let steps = kept.flatMap { region in
            region.isChange
                ? stepsSharingAffixes(old[region.old], new[region.new])
                : [EditStep(kind: .equal, count: region.old.count)]
        }
        return SequenceDiff.assembleRuns(steps)
    }

    /// A change region as steps, moving tokens that both sides start or end with out into equalities.
    /// Absorption can leave e.g. a trailing space on both sides ("[-collect -]{+gather extensive +}").
    private static func stepsSharingAffixes<T: Equatable>(
        _ deleted: ArraySlice<T>,
        _ inserted: ArraySlice<T>
    ) -> [EditStep] {
        let prefix = zip(deleted, inserted).prefix { $0 == $1 }.count
        let suffix = zip(deleted.dropFirst(prefix).reversed(), inserted.dropFirst(prefix).reversed())
            .prefix { $0 == $1 }.count
        return [
            EditStep(kind: .equal, count: prefix),
            EditStep(kind: .delete, count: deleted.count - prefix - suffix),
            EditStep(kind: .insert, count: inserted.count - prefix - suffix),
            EditStep(kind: .equal, count: suffix),
        ]
    }

    /// Groups runs into alternating equal and change regions, weighing each.
    private static func regions<T>(of runs: [DiffRun], old: [T], new: [T], weight: (T) -> Int) -> [Region] {
        var regions: [Region] = []
        for run in runs where !(run.old.isEmpty && run.new.isEmpty) {
            let oldWeight = run.kind == .insert ? 0 : run.old.reduce(0) { $0 + weight(old[$1]) }
            let newWeight: Int
            switch run.kind {
            case .equal: newWeight = oldWeight
            case .delete: newWeight = 0
            case .insert: newWeight = run.new.reduce(0) { $0 + weight(new[$1]) }
            }
            let region = Region(
                isChange: run.kind != .equal, old: run.old, new: run.new,
                deletedWeight: oldWeight, insertedWeight: newWeight)
            if let last = regions.last, last.isChange == region.isChange {
                regions[regions.count - 1] = last.merged(with: region)
            } else {
                regions.append(region)
            }
        }
        return regions
    }

    /// Repeatedly absorbs the equality just before the last region while the rule allows it; the
    /// stack alternates equal/change, so this cascades leftwards like diff-match-patch's backtracking.
    private static func absorbSandwichedEqualities(in regions: inout [Region]) {
        while regions.count >= 3 {
            let right = regions[regions.count - 1]
            let equality = regions[regions.count - 2]
            let left = regions[regions.count - 3]
            guard left.isChange, !equality.isChange, right.isChange,
                equality.deletedWeight <= left.changeWeight,
                equality.deletedWeight <= right.changeWeight
            else { return }
            regions.removeLast(3)
            regions.append(left.merged(with: equality).merged(with: right))
        }
    }
}

/// A maximal stretch of equal runs, or of change runs, with its weight.
private struct Region {
    var isChange: Bool
    var old: Range<Int>
    var new: Range<Int>
    /// Weight of the old tokens; for an equality also its own weight.
    var deletedWeight: Int
    /// Weight of the new tokens; equal to `deletedWeight` for an equality.
    var insertedWeight: Int

    var changeWeight: Int { max(deletedWeight, insertedWeight) }

    /// This region extended by the one right after it, keeping this region's kind; absorbed
    /// equal tokens count as both deleted and inserted.
    func merged(with next: Region) -> Region {
        Region(
            isChange: isChange,
            old: old.lowerBound..<next.old.upperBound,
            new: new.lowerBound..<next.new.upperBound,
            deletedWeight: deletedWeight + next.deletedWeight,
            insertedWeight: insertedWeight + next.insertedWeight)
    }
}
