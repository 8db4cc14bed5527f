import TrustsiteModel

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
        // Most sections do not change between two versions: render them directly, without tokenizing. One whose only
        // edit is invisible (an HTML comment) is unchanged too, and shows the newer text.
        if let old, let new, SectionDiffer.sameHeading(old.heading, new.heading), SectionDiffer.sameContent(old.blocks, new.blocks) {
            var out = ""
            if let heading = new.heading { newRenderer.render(.heading(heading), into: &out) }
            newRenderer.render(new.blocks, into: &out)
            return out
        }
        var emitter = RedlineEmitter()
        for step in steps(old: old, new: new) {
            if let tokens = step.tokens {
                emitter.leaf(step.leaf, containers: step.containers, tokens: tokens, leafOp: step.leafOp)
            } else {
                emitter.leaf(step.leaf, containers: step.containers, html: LeafTokens.html(step.leaf.content, renderer: newRenderer))
            }
        }
        emitter.finish()
        return emitter.html
    }

    /// The redline of `old` → `new` as blocks of runs of equal, deleted and inserted text (for text, Markdown, JSON).
    package func blocks(old: Section?, new: Section?) -> [RedlineBlock] { RedlineBlock.blocks(steps(old: old, new: new)) }

    /// The aligned leaves of `old` → `new`, in reading order, as the writers take them.
    package func steps(old: Section?, new: Section?) -> [RedlineStep] {
        var oldSide = LeafFlattener(renderer: oldRenderer, firstInstance: 0)
        var newSide = LeafFlattener(renderer: newRenderer, firstInstance: 1 << 40)
        if let h = old?.heading { oldSide.add(.heading(h), in: [], tight: false) }
        let oldHasHeading = !oldSide.leaves.isEmpty
        if let h = new?.heading { newSide.add(.heading(h), in: [], tight: false) }
        let newHasHeading = !newSide.leaves.isEmpty
        oldSide.add(old?.blocks ?? [], in: [])
        newSide.add(new?.blocks ?? [], in: [])
        var out: [RedlineStep] = []
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
        // Deleted leaves that come before the first aligned leaf of their list or table still belong to the new one.
        for step in steps {
            switch step {
            case .same(let o, let n), .changed(let o, let n): mapContainers(oldSide.leaves[o], newSide.leaves[n], into: &containerMap)
            case .deleted, .inserted: break
            }
        }
        for step in steps {
            switch step {
            case .same(let o, let n), .changed(let o, let n):
                let (a, b) = (oldSide.leaves[o], newSide.leaves[n])
                for (x, y) in zip(a.containers, b.containers) where x.open == y.open { containerMap[x.instance] = y }
                let tokens = step == .same(old: o, new: n) ? nil : WordRedline.tokens(a.tokens, b.tokens)
                out.append(RedlineStep(leaf: b, containers: b.containers, tokens: tokens, leafOp: .equal))
            case .deleted(let o):
                let a = oldSide.leaves[o]
                out.append(
                    RedlineStep(
                        leaf: a, containers: a.containers.map { containerMap[$0.instance] ?? $0 }, tokens: a.tokens.map { ($0, .delete) },
                        leafOp: .delete))
            case .inserted(let n):
                let b = newSide.leaves[n]
                out.append(RedlineStep(leaf: b, containers: b.containers, tokens: b.tokens.map { ($0, .insert) }, leafOp: .insert))
            }
        }
        return out
    }

    /// Records where `a`'s containers first meet a same-tag container of `b`.
    private func mapContainers(_ a: Leaf, _ b: Leaf, into map: inout [Int: Enclosure]) {
        for (x, y) in zip(a.containers, b.containers) where x.open == y.open && map[x.instance] == nil { map[x.instance] = y }
    }
}

/// One aligned leaf of a section's redline, as the HTML and the text writers take it.
package struct RedlineStep {
    package var leaf: Leaf
    /// The block containers it is written in (a deleted leaf's are the newer side's where they still exist).
    package var containers: [Enclosure]
    /// Its tokens with their operations; nil for an unchanged leaf, written as it is.
    package var tokens: [(Token, RedlineEmitter.Op)]?
    /// `delete` or `insert` for a wholly deleted or inserted leaf.
    package var leafOp: RedlineEmitter.Op
}

/// The word-level diff of two leaves' tokens, cleaned up so rewrites read as one deletion and one insertion.
package enum WordRedline {
    package static func tokens(_ old: [Token], _ new: [Token]) -> [(Token, RedlineEmitter.Op)] {
        let (oldKeys, newKeys) = (old.map(\.key), new.map(\.key))
        let raw = SequenceDiff.runs(oldKeys, newKeys)
        let runs = SemanticCleanup.apply(raw, old: oldKeys, new: newKeys) { key in
            // The key carries its enclosing tags before \u{1}; only the word itself counts.
            // \u{1} is a control character, so it is always a Character of its own: the byte finds it.
            let word = key.utf8.lastIndex(of: 1).map { key[key.utf8.index(after: $0)...] } ?? key[...]
            return WordTokenizer.weight(word)
        }
        // Old inline elements that stay map onto their new counterparts, so a partly changed link stays one link.
        var inlineMap: [Int: Enclosure] = [:]
        // A cell is the same element on both sides (its instance is its column); deleted words take the new cell's tag.
        for token in new { for e in token.inlines where e.column != nil { inlineMap[e.instance] = e } }
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
        // In a table row a change may span cells; each cell must be written once, so group the tokens by column
        // (keeping their order within a column: deletions before insertions).
        if out.contains(where: { $0.0.inlines.first?.column != nil }) {
            out = out.enumerated().sorted {
                let (a, b) = ($0.element.0.inlines.first?.column ?? -1, $1.element.0.inlines.first?.column ?? -1)
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }
        return out
    }
}
