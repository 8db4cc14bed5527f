import TrustsiteModel

/// An element that encloses redline content: a block container (list, item, quote, table part) or an inline
/// (emphasis, link, code, table cell). `instance` tells two elements with the same tags apart.
package struct Enclosure: Hashable {
    package var open: String
    package var close: String
    package var instance: Int
    /// What compares across versions (the tag before page-specific link rewriting).
    package var signature: String
    /// For a table cell, its column. A cell is the same element on both sides of a row (its instance comes from the
    /// column) and `<del>`/`<ins>` always go inside it: a marker around a `<td>` would break the table.
    package var column: Int?

    package init(open: String, close: String, instance: Int, signature: String? = nil) {
        self.open = open
        self.close = close
        self.instance = instance
        self.signature = signature ?? open
    }

    /// A table cell in `column`; its instance is shared by the old and new rows' cells in that column.
    package static func cell(open: String, close: String, column: Int) -> Enclosure {
        var cell = Enclosure(open: open, close: close, instance: (1 << 50) + column)
        cell.column = column
        return cell
    }
}

/// A piece of inline content: a word, a space or punctuation, or a text-free atom (line break, image, raw HTML).
package struct Token {
    /// What is printed, already escaped.
    package var html: String
    /// Visible characters for the clean-up's weighting (0 for spaces, punctuation and atoms).
    package var weight: Int
    /// The inline elements around it, outermost first.
    package var inlines: [Enclosure]
    /// Compared across versions: the text and the tags around it (not their instances).
    package var key: String
}

/// A leaf block of a section, the unit of block alignment: a paragraph, a heading, a code block, a table row…
package struct Leaf {
    /// The block containers around it, outermost first.
    package var containers: [Enclosure]
    /// Its own opening and closing markup (`<p>`/`</p>`, `<tr>`/`</tr>`; empty for a tight list paragraph).
    package var open: String
    package var close: String
    /// What it holds, as parsed.
    package var content: LeafContent
    /// Its inline content as tokens, made only when the leaf changed (most leaves never need them).
    package let tokenized: LazyTokens

    /// Compared across versions to find unchanged leaves: the markup and the content as written.
    package var key: LeafKey { LeafKey(open: open, content: content) }
    /// The tokens, tokenized on first use.
    package var tokens: [Token] { tokenized.tokens }
}

/// The parsed content of a leaf.
package enum LeafContent: Hashable {
    case inlines([Inline])
    case code(String)
    /// Text-free markup: a raw HTML block or a thematic break, with what identifies it.
    case atom(html: String, key: String)
    case row(cells: [[Inline]], cell: String, alignments: [String?])
}

/// Equality of leaves across versions.
package struct LeafKey: Hashable {
    package var open: String
    package var content: LeafContent
}

/// Tokenizes a leaf's content once, on demand; instance numbers start at `firstInstance` so they stay unique per side.
package final class LazyTokens: @unchecked Sendable {
    private let make: () -> [Token]
    private var cached: [Token]?

    package init(_ make: @escaping () -> [Token]) { self.make = make }

    package var tokens: [Token] {
        if let cached { return cached }
        let made = make()
        cached = made
        return made
    }
}
