/// The redline of one section: its heading and body with deletions in `<del>` and insertions in `<ins>`.
public struct SectionRedliner: Sendable {
    /// Renders the older version's atoms and links as the site does.
    public var oldRenderer: HTMLRenderer
    /// Renders the newer version's atoms and links.
    public var newRenderer: HTMLRenderer

    /// Creates a redliner; the two renderers differ only in where in-page links lead.
    public init(old: HTMLRenderer, new: HTMLRenderer) {
        oldRenderer = old
        newRenderer = new
    }

    /// The redline HTML of `old` → `new` (either may be nil for an added or removed section).
    public func html(old: Section?, new: Section?) -> String {
        var oldSide = LeafFlattener(renderer: oldRenderer, firstInstance: 0)
        var newSide = LeafFlattener(renderer: newRenderer, firstInstance: 1 << 40)
        if let h = old?.heading { oldSide.add(.heading(h), in: [], tight: false) }
        let oldHasHeading = !oldSide.leaves.isEmpty
        if let h = new?.heading { newSide.add(.heading(h), in: [], tight: false) }
        let newHasHeading = !newSide.leaves.isEmpty
        oldSide.add(old?.blocks ?? [], in: [])
        newSide.add(new?.blocks ?? [], in: [])
        var emitter = RedlineEmitter()
        var containerMap: [Int: Enclosure] = [:]
        // Headings always align with each other, so a renamed heading reads as a word-level change.
        var steps: [BlockAligner.Step] = []
        let oldBody = oldHasHeading ? Array(oldSide.leaves.dropFirst()) : oldSide.leaves
        let newBody = newHasHeading ? Array(newSide.leaves.dropFirst()) : newSide.leaves
        switch (oldHasHeading, newHasHeading) {
        case (true, true): steps.append(oldSide.leaves[0].key == newSide.leaves[0].key ? .same(old: 0, new: 0) : .changed(old: 0, new: 0))
        case (true, false): steps.append(.deleted(0))
        case (false, true): steps.append(.inserted(0))
        case (false, false): break
        }
        let oShift = oldHasHeading ? 1 : 0, nShift = newHasHeading ? 1 : 0
        for step in BlockAligner.align(oldBody, newBody) {
            switch step {
            case .same(let o, let n): steps.append(.same(old: o + oShift, new: n + nShift))
            case .changed(let o, let n): steps.append(.changed(old: o + oShift, new: n + nShift))
            case .deleted(let o): steps.append(.deleted(o + oShift))
            case .inserted(let n): steps.append(.inserted(n + nShift))
            }
        }
        for step in steps {
            switch step {
            case .same(let o, let n), .changed(let o, let n):
                let (a, b) = (oldSide.leaves[o], newSide.leaves[n])
                for (x, y) in zip(a.containers, b.containers) where x.open == y.open { containerMap[x.instance] = y }
                let tokens = step == .same(old: o, new: n) ? b.tokens.map { ($0, RedlineEmitter.Op.equal) } : WordRedline.tokens(a.tokens, b.tokens)
                emitter.leaf(b, containers: b.containers, tokens: tokens, leafOp: .equal)
            case .deleted(let o):
                let a = oldSide.leaves[o]
                emitter.leaf(a, containers: a.containers.map { containerMap[$0.instance] ?? $0 }, tokens: a.tokens.map { ($0, .delete) }, leafOp: .delete)
            case .inserted(let n):
                let b = newSide.leaves[n]
                emitter.leaf(b, containers: b.containers, tokens: b.tokens.map { ($0, .insert) }, leafOp: .insert)
            }
        }
        emitter.finish()
        return emitter.html
    }
}

/// The word-level diff of two leaves' tokens, cleaned up so rewrites read as one deletion and one insertion.
enum WordRedline {
    static func tokens(_ old: [Token], _ new: [Token]) -> [(Token, RedlineEmitter.Op)] {
        let raw = SequenceDiff.runs(old.map(\.key), new.map(\.key))
        let runs = SemanticCleanup.apply(raw, old: old.map(\.key), new: new.map(\.key)) { key in
            // The key carries its enclosing tags before \u{1}; only the word itself counts.
            WordTokenizer.weight(key.split(separator: "\u{1}", omittingEmptySubsequences: false).last ?? "")
        }
        // Old inline elements that stay map onto their new counterparts, so a partly changed link stays one link.
        var inlineMap: [Int: Enclosure] = [:]
        for run in runs where run.kind == .equal {
            for (o, n) in zip(run.old, run.new) {
                for (x, y) in zip(old[o].inlines, new[n].inlines) where inlineMap[x.instance] == nil { inlineMap[x.instance] = y }
            }
        }
        var out: [(Token, RedlineEmitter.Op)] = []
        for run in runs {
            switch run.kind {
            case .equal: out += run.new.map { (new[$0], .equal) }
            case .insert: out += run.new.map { (new[$0], .insert) }
            case .delete:
                out += run.old.map { i in
                    var t = old[i]
                    t.inlines = t.inlines.map { inlineMap[$0.instance] ?? $0 }
                    return (t, .delete)
                }
            }
        }
        return out
    }
}
