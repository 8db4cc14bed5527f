import CCmark

/// A raw HTML block that starts with prose in angle brackets (`<Data Protection Officer>` on a line of its own) is
/// Markdown its author meant as text: it is read again with that first `<` escaped.
extension Converter {
    /// The blocks of HTML block `node` read as Markdown when its first tag is prose; nil when it is HTML.
    package mutating func proseBlocks(_ node: OpaquePointer) -> [Block]? {
        let literal = string(cmark_node_get_literal(node))
        guard ProseTag.isProse(ProseTag.firstTag(literal)), let bracket = literal.firstIndex(of: "<") else { return nil }
        var markdown = literal
        markdown.insert("\\", at: bracket)
        let line = Int(cmark_node_get_start_line(node))
        var inner = Converter(lines: SourceLines(markdown), lineOffset: lineOffset + line - 1)
        inner.depth = depth
        guard let blocks = MarkdownParser.withDocument(markdown, { inner.blocks(of: $0) }) else { return nil }
        rawHTML += inner.rawHTML
        links += inner.links
        return blocks
    }
}
