/// One run of a diff: equal, deleted from the old sequence, or inserted from the new one.
public struct DiffRun: Equatable, Sendable {
    /// What a run does: keeps shared tokens, deletes old tokens, or inserts new ones.
    public enum Kind: Sendable { case equal, delete, insert }

    /// What this run does.
    public var kind: Kind
    /// Old-sequence tokens the run spans; empty (at the current old position) for `.insert`.
    public var old: Range<Int>
    /// New-sequence tokens the run spans; empty (at the current new position) for `.delete`.
    public var new: Range<Int>

    /// Creates a run from its kind and the token ranges it spans.
    public init(kind: Kind, old: Range<Int>, new: Range<Int>) {
        self.kind = kind
        self.old = old
        self.new = new
    }
}

/// Computes shortest edit scripts between token sequences (Myers' O(ND) algorithm in linear space).
public enum SequenceDiff {
    /// Work (search rounds, diagonals visited, tokens compared) allowed before settling for a coarser diff.
    package static func defaultCostLimit(tokenCount: Int) -> Int {
        // A fixed 4M steps bounds the edit distance searched (~2,000 edits per split); the per-token
        // allowance lets long shared stretches be compared without tripping the limit on big inputs.
        4_000_000 + 8 * tokenCount
    }

    /// Shortest edit script between two sequences as runs, in order; equal runs maximal.
    public static func runs<T: Hashable>(_ a: [T], _ b: [T]) -> [DiffRun] {
        runs(a, b, costLimit: defaultCostLimit(tokenCount: a.count + b.count))
    }

    /// `runs(_:_:)` with an explicit work limit; past it, unresolved middles become delete-all/insert-all.
    package static func runs<T: Hashable>(_ a: [T], _ b: [T], costLimit: Int) -> [DiffRun] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        let (oldIDs, newIDs) = intern(a[prefix..<(a.count - suffix)], b[prefix..<(b.count - suffix)])

        var steps = [EditStep(kind: .equal, count: prefix)]
        steps += MyersDiff.editScript(oldIDs, newIDs, costLimit: costLimit)
        steps.append(EditStep(kind: .equal, count: suffix))
        return assembleRuns(steps)
    }

    /// Replaces each distinct element by a small integer, numbered in order of first appearance.
    private static func intern<T: Hashable>(_ a: ArraySlice<T>, _ b: ArraySlice<T>) -> ([Int], [Int]) {
        var ids: [T: Int] = [:]
        func id(_ element: T) -> Int {
            if let known = ids[element] { return known }
            let fresh = ids.count
            ids[element] = fresh
            return fresh
        }
        return (a.map(id), b.map(id))
    }

    /// Turns an edit script into runs: neighbours of the same kind merged, each change region as [delete][insert].
    package static func assembleRuns(_ steps: [EditStep]) -> [DiffRun] {
        var runs: [DiffRun] = []
        var oldPosition = 0
        var newPosition = 0
        var pendingDeletes = 0
        var pendingInserts = 0

        func flushChanges() {
            if pendingDeletes > 0 {
                let deleted = oldPosition..<(oldPosition + pendingDeletes)
                runs.append(DiffRun(kind: .delete, old: deleted, new: newPosition..<newPosition))
                oldPosition = deleted.upperBound
            }
            if pendingInserts > 0 {
                let inserted = newPosition..<(newPosition + pendingInserts)
                runs.append(DiffRun(kind: .insert, old: oldPosition..<oldPosition, new: inserted))
                newPosition = inserted.upperBound
            }
            pendingDeletes = 0
            pendingInserts = 0
        }

        for step in steps where step.count > 0 {
            switch step.kind {
            case .delete: pendingDeletes += step.count
            case .insert: pendingInserts += step.count
            case .equal:
                flushChanges()
                let old = oldPosition..<(oldPosition + step.count)
                let new = newPosition..<(newPosition + step.count)
                if let last = runs.last, last.kind == .equal {
                    runs[runs.count - 1].old = last.old.lowerBound..<old.upperBound
                    runs[runs.count - 1].new = last.new.lowerBound..<new.upperBound
                } else {
                    runs.append(DiffRun(kind: .equal, old: old, new: new))
                }
                oldPosition = old.upperBound
                newPosition = new.upperBound
            }
        }
        flushChanges()
        return runs
    }
}
