@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Word-level redline of two texts: tokenize, diff, clean up, render as `[-deleted-]{+inserted+}`.
func redline(_ old: String, _ new: String) -> String {
    let oldTokens = WordTokenizer.tokens(old)
    let newTokens = WordTokenizer.tokens(new)
    let raw = SequenceDiff.runs(oldTokens, newTokens)
    let runs = SemanticCleanup.apply(raw, old: oldTokens, new: newTokens, weight: WordTokenizer.weight)
    return render(runs, old: oldTokens, new: newTokens) { $0.joined() }
}

/// Renders runs as text, marking deletions `[-…-]` and insertions `{+…+}`.
func render<T>(_ runs: [DiffRun], old: [T], new: [T], text: (ArraySlice<T>) -> String) -> String {
    runs.map { run in
        switch run.kind {
        case .equal: text(old[run.old])
        case .delete: "[-" + text(old[run.old]) + "-]"
        case .insert: "{+" + text(new[run.new]) + "+}"
        }
    }.joined()
}

/// Character-level rendering, handy for spelling out small expected diffs.
func renderCharacters(_ runs: [DiffRun], _ old: String, _ new: String) -> String {
    render(runs, old: Array(old), new: Array(new)) { String($0) }
}

/// The first broken `DiffRun` invariant, or nil: runs non-empty, coverage of both sides in order,
/// equal runs really equal, no two neighbours of one kind, deletion before insertion.
func invariantViolation<T: Equatable>(_ runs: [DiffRun], old: [T], new: [T]) -> String? {
    var oldPosition = 0
    var newPosition = 0
    for (index, run) in runs.enumerated() {
        if run.old.isEmpty && run.new.isEmpty { return "run \(index) is empty" }
        if run.old.lowerBound != oldPosition || run.new.lowerBound != newPosition {
            return "run \(index) starts at \(run.old.lowerBound)/\(run.new.lowerBound), expected \(oldPosition)/\(newPosition)"
        }
        switch run.kind {
        case .equal:
            if run.old.count != run.new.count || !old[run.old].elementsEqual(new[run.new]) {
                return "equal run \(index) pairs different tokens"
            }
        case .delete where !run.new.isEmpty: return "delete run \(index) spans new tokens"
        case .insert where !run.old.isEmpty: return "insert run \(index) spans old tokens"
        default: break
        }
        if index > 0 {
            let previous = runs[index - 1].kind
            if previous == run.kind { return "runs \(index - 1) and \(index) are both \(run.kind)" }
            if previous == .insert && run.kind == .delete { return "insert before delete at run \(index)" }
        }
        oldPosition = run.old.upperBound
        newPosition = run.new.upperBound
    }
    if oldPosition != old.count || newPosition != new.count { return "runs stop at \(oldPosition)/\(newPosition)" }
    return nil
}

/// Rebuilds the new sequence from the old one and the runs.
func applying<T>(_ runs: [DiffRun], to old: [T], new: [T]) -> [T] {
    runs.flatMap { run -> ArraySlice<T> in
        switch run.kind {
        case .equal: old[run.old]
        case .delete: []
        case .insert: new[run.new]
        }
    }
}

/// Number of deleted plus inserted tokens.
func editCount(_ runs: [DiffRun]) -> Int {
    runs.reduce(0) { $0 + ($1.kind == .equal ? 0 : $1.old.count + $1.new.count) }
}

/// Length of the longest common subsequence, by the textbook O(N·M) table.
func longestCommonSubsequence<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    var previous = [Int](repeating: 0, count: b.count + 1)
    for x in a {
        var current = [0]
        for (j, y) in b.enumerated() {
            current.append(x == y ? previous[j] + 1 : max(previous[j + 1], current[j]))
        }
        previous = current
    }
    return previous[b.count]
}

/// A random pair of token arrays over a small alphabet: either independent, or the second an edit of the first.
func randomPair(using rng: inout SplitMix64) -> (old: [Int], new: [Int]) {
    let alphabet = rng.int(in: 1...5)
    let old = (0..<rng.int(in: 0...60)).map { _ in rng.int(in: 0...(alphabet - 1)) }
    if rng.int(in: 0...1) == 0 {
        return (old, (0..<rng.int(in: 0...60)).map { _ in rng.int(in: 0...(alphabet - 1)) })
    }
    var new = old
    for _ in 0..<rng.int(in: 0...8) {
        let position = rng.int(in: 0...new.count)
        switch rng.int(in: 0...2) {
        case 0: new.insert(rng.int(in: 0...alphabet), at: position)
        case 1 where position < new.count: new.remove(at: position)
        default: if position < new.count { new[position] = rng.int(in: 0...alphabet) }
        }
    }
    return (old, new)
}
