import TrustsiteModel

/// A block of a section's redline as text: a paragraph, heading, list item's paragraph, code block or table row, with
/// its words as runs of equal, deleted and inserted text. What `trustsite diff` prints, as text, Markdown or JSON.
package struct RedlineBlock: Equatable, Sendable {
    /// What the block is.
    package enum Kind: Equatable, Sendable {
        case paragraph
        case heading(level: Int)
        case code
        case row(header: Bool)
        /// Text-free markup: a thematic break or a raw HTML block.
        case rule
    }

    package var kind: Kind
    /// How many list items and block quotes enclose it.
    package var listDepth: Int
    package var quoteDepth: Int
    /// It is the first block of a list item, so it carries the item's bullet.
    package var startsItem: Bool
    /// The whole block was deleted or inserted (`equal` when it is in both versions, changed or not).
    package var op: RedlineRun.Op
    /// The block's runs: one list per cell for a table row, one list for any other block.
    package var cells: [[RedlineRun]]

    /// Whether any of its text changed.
    package var changed: Bool { op != .equal || cells.contains { $0.contains { $0.op != .equal } } }
}

/// A stretch of a block's text with one operation.
package struct RedlineRun: Equatable, Sendable {
    /// Whether the text is in both versions, only the older or only the newer.
    package enum Op: String, Equatable, Sendable { case equal, deleted, inserted }

    package var op: Op
    /// The text as a reader sees it (no markup), with the markup spelled out (`*x*`, `<target>`) where only it changed.
    package var text: String
    /// Only markup changed here: the words read the same on both sides.
    package var markupOnly: Bool = false
}

extension RedlineBlock {
    /// The blocks of a section's aligned leaves.
    package static func blocks(_ steps: [RedlineStep]) -> [RedlineBlock] {
        var out: [RedlineBlock] = []
        var lastItem: Int?
        for step in steps {
            let items = step.containers.filter { $0.open == "<li>" }
            let item = items.last?.instance
            let startsItem = item != nil && item != lastItem
            lastItem = item
            let tokens = step.tokens ?? step.leaf.tokens.map { ($0, .equal) }
            out.append(
                RedlineBlock(
                    kind: kind(step.leaf), listDepth: items.count,
                    quoteDepth: step.containers.filter { $0.open.hasPrefix("<blockquote") }.count, startsItem: startsItem,
                    op: RedlineRun.Op(step.leafOp), cells: RedlineRuns.cells(tokens, isRow: step.leaf.open == "<tr>\n")))
        }
        return out
    }

    static func kind(_ leaf: Leaf) -> Kind {
        let open = leaf.open
        if open.hasPrefix("<h"), let level = open.dropFirst(2).first?.wholeNumberValue { return .heading(level: level) }
        if open.hasPrefix("<pre>") { return .code }
        if open == "<tr>\n" { return .row(header: leaf.containers.contains { $0.open == "<thead>\n" }) }
        if case .atom(_, let key) = leaf.content, open.isEmpty, !key.isEmpty { return .rule }
        return .paragraph
    }
}

extension RedlineRun.Op {
    init(_ op: RedlineEmitter.Op) {
        switch op {
        case .equal: self = .equal
        case .delete: self = .deleted
        case .insert: self = .inserted
        }
    }
}
