import CCmark

/// GFM pipe tables inside the paragraphs cmark (without the GFM extensions) leaves them in.
extension Converter {
    /// The blocks of a paragraph that holds a pipe table: the text before its header row (if any) as a paragraph,
    /// then the table; nil when the paragraph holds none.
    package mutating func tableBlocks(_ node: OpaquePointer) -> [Block]? {
        let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
        guard end > start else { return nil }
        let source = lines[start...end]
        let rows = source.map { PipeTable.strippingQuoteMarkers($0, depth: quoteDepth(node)) }
        guard let header = PipeTable.headerIndex(rows) else { return nil }
        var out: [Block] = []
        if header > 0 {
            let text = rows[..<header].joined(separator: "\n")
            out.append(.paragraph(cellInlines(Substring(text), line: start, column: 1)))
        }
        let table = PipeTable.table(rows[header...]) { cell, row in
            let line = source[header + row]
            let column = line.utf8.distance(from: line.startIndex, to: cell.startIndex) + 1
            return cellInlines(Substring(cell.replacingOccurrences(of: "\\|", with: "|")), line: start + header + row, column: column)
        }
        out.append(.table(table))
        return out
    }

    /// How many block quotes enclose `node`: the `>` markers its lines start with.
    package func quoteDepth(_ node: OpaquePointer) -> Int {
        var depth = 0
        var current = cmark_node_parent(node)
        while let n = current {
            if cmark_node_get_type(n) == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
            current = cmark_node_parent(n)
        }
        return depth
    }

    /// Inline Markdown that must stay inline, as a table cell's text does in GFM: a leading `*`, `#`, `>` or `1.` is
    /// text (or emphasis), never a list, heading or quote. Its links and raw HTML are recorded at `line`.
    package mutating func cellInlines(_ text: Substring, line: Int, column: Int) -> [Inline] {
        guard !text.isEmpty else { return [] }
        // A no-break space first keeps cmark from starting a block, and counts as white space for emphasis.
        var cell = Converter(lines: SourceLines(""), lineOffset: lineOffset + line - 1)
        // The no-break space is two bytes, which cmark's columns count.
        cell.columnOffset = column - 3
        let parsed = MarkdownParser.withDocument("\u{A0}" + text) { root in
            var out: [Inline] = []
            var child = cmark_node_first_child(root)
            while let paragraph = child {
                if !out.isEmpty { out.append(.softBreak) }
                out += cell.inlines(of: paragraph)
                child = cmark_node_next(paragraph)
            }
            return out
        }
        guard var out = parsed else { return [.text(String(text))] }
        rawHTML += cell.rawHTML
        links += cell.links
        if case .text(let first)? = out.first, first.hasPrefix("\u{A0}") {
            let rest = String(first.dropFirst())
            if rest.isEmpty { out.removeFirst() } else { out[0] = .text(rest) }
        }
        return out
    }
}
