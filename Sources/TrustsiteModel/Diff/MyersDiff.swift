/// One step of an edit script: keep, delete or insert `count` consecutive tokens.
package struct EditStep: Equatable {
    package var kind: DiffRun.Kind
    package var count: Int
}

/// Myers' O(ND) diff in linear space: find a point on a shortest edit path by searching
/// from both corners at once, then solve the two halves recursively.
/// Follows the bisection in Neil Fraser's diff-match-patch.
package struct MyersDiff {
    private let old: [Int]
    private let new: [Int]
    private var remainingCost: Int
    private var script: [EditStep] = []

    /// Shortest edit script from `old` to `new`; parts still unsolved when the cost limit runs out
    /// become delete-all/insert-all.
    package static func editScript(_ old: [Int], _ new: [Int], costLimit: Int) -> [EditStep] {
        var search = MyersDiff(old: old, new: new, remainingCost: costLimit)
        search.diff(old: 0..<old.count, new: 0..<new.count)
        return search.script
    }

    private init(old: [Int], new: [Int], remainingCost: Int) {
        self.old = old
        self.new = new
        self.remainingCost = remainingCost
    }

    private mutating func record(_ kind: DiffRun.Kind, _ count: Int) {
        guard count > 0 else { return }
        if let last = script.last, last.kind == kind {
            script[script.count - 1].count += count
        } else {
            script.append(EditStep(kind: kind, count: count))
        }
    }

    private mutating func diff(old oldRange: Range<Int>, new newRange: Range<Int>) {
        var (oldStart, oldEnd) = (oldRange.lowerBound, oldRange.upperBound)
        var (newStart, newEnd) = (newRange.lowerBound, newRange.upperBound)
        let prefixStart = oldStart
        while oldStart < oldEnd, newStart < newEnd, old[oldStart] == new[newStart] {
            oldStart += 1
            newStart += 1
        }
        var suffix = 0
        while oldStart < oldEnd, newStart < newEnd, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
            suffix += 1
        }

        record(.equal, oldStart - prefixStart)
        // Trimming above guarantees the split point is strictly inside the box, so both halves shrink.
        if oldStart < oldEnd, newStart < newEnd,
            let (x, y) = splitPoint(old: oldStart..<oldEnd, new: newStart..<newEnd)
        {
            diff(old: oldStart..<x, new: newStart..<y)
            diff(old: x..<oldEnd, new: y..<newEnd)
        } else {
            record(.delete, oldEnd - oldStart)
            record(.insert, newEnd - newStart)
        }
        record(.equal, suffix)
    }

    /// A point on a shortest edit path through the box, as absolute (old, new) positions; nil when the
    /// two sides share nothing or the cost limit is reached.
    private mutating func splitPoint(old oldBox: Range<Int>, new newBox: Range<Int>) -> (Int, Int)? {
        let (oldCount, newCount) = (oldBox.count, newBox.count)
        let delta = oldCount - newCount
        let overlapFoundGoingForward = delta & 1 != 0
        // Round d costs at least 2(d + 1), so the budget also caps d near its square root;
        // sizing the arrays by that keeps memory tiny even for huge inputs.
        let costCap = Int(Double(max(remainingCost, 0)).squareRoot()) + 1
        let maxD = min((oldCount + newCount + 1) / 2, costCap)
        let offset = maxD
        // forward[offset + k]: furthest x reached on diagonal k = x - y from the top-left;
        // reverse[offset + k]: the same measured from the bottom-right corner. -1 = not reached.
        var forward = [Int](repeating: -1, count: 2 * maxD + 2)
        var reverse = forward
        forward[offset + 1] = 0
        reverse[offset + 1] = 0
        var (forwardSkipLow, forwardSkipHigh, reverseSkipLow, reverseSkipHigh) = (0, 0, 0, 0)

        for d in 0..<maxD {
            remainingCost -= 2 * (d + 1)
            if remainingCost < 0 { return nil }

            var k = -d + forwardSkipLow
            while k <= d - forwardSkipHigh {
                let i = offset + k
                let viaInsertion = k == -d || (k != d && forward[i - 1] < forward[i + 1])
                var x = viaInsertion ? forward[i + 1] : forward[i - 1] + 1
                var y = x - k
                let snakeStart = x
                while x < oldCount, y < newCount, old[oldBox.lowerBound + x] == new[newBox.lowerBound + y] {
                    x += 1
                    y += 1
                }
                remainingCost -= x - snakeStart
                if remainingCost < 0 { return nil }
                forward[i] = x
                // Diagonals that ran off the grid are never useful again; stop visiting them.
                if x > oldCount {
                    forwardSkipHigh += 2
                } else if y > newCount {
                    forwardSkipLow += 2
                } else if overlapFoundGoingForward {
                    let j = offset + delta - k
                    if j >= 0, j < reverse.count, reverse[j] != -1, x >= oldCount - reverse[j] {
                        return (oldBox.lowerBound + x, newBox.lowerBound + y)
                    }
                }
                k += 2
            }

            k = -d + reverseSkipLow
            while k <= d - reverseSkipHigh {
                let i = offset + k
                let viaInsertion = k == -d || (k != d && reverse[i - 1] < reverse[i + 1])
                var x = viaInsertion ? reverse[i + 1] : reverse[i - 1] + 1
                var y = x - k
                let snakeStart = x
                while x < oldCount, y < newCount,
                    old[oldBox.upperBound - 1 - x] == new[newBox.upperBound - 1 - y]
                {
                    x += 1
                    y += 1
                }
                remainingCost -= x - snakeStart
                if remainingCost < 0 { return nil }
                reverse[i] = x
                if x > oldCount {
                    reverseSkipHigh += 2
                } else if y > newCount {
                    reverseSkipLow += 2
                } else if !overlapFoundGoingForward {
                    let j = offset + delta - k
                    if j >= 0, j < forward.count, forward[j] != -1, forward[j] >= oldCount - x {
                        let forwardX = forward[j]
                        let forwardY = forwardX - (j - offset)
                        return (oldBox.lowerBound + forwardX, newBox.lowerBound + forwardY)
                    }
                }
                k += 2
            }
        }
        return nil
    }
}
