/// What a reader sees of a body, for deciding whether a section changed: an edit to an HTML comment, or a heading
/// that only moved down the file, must not show as a change.
extension Block {
    /// The block as read: nested headings' positions zeroed and HTML comments removed; nil when nothing is left.
    package var asRead: Block? {
        // Most blocks are read as written: checking costs no copies, and sections are compared often.
        if isAsRead { return self }
        switch self {
        case .heading(var h):
            // Headings nested in quotes or lists carry their line, which moves whenever anything above them changes.
            h.line = 0
            h.column = 0
            h.content = h.content.asRead
            return .heading(h)
        case .blockQuote(let children): return .blockQuote(children.asRead)
        case .list(let style, let items): return .list(style, items: items.map(\.asRead))
        case .html(let html): return HTML.isOnlyComments(html) ? nil : self
        case .paragraph(let inlines):
            let read = inlines.asRead
            return read.isEmpty ? nil : .paragraph(read)
        case .table(var table):
            table.header = table.header.map(\.asRead)
            table.rows = table.rows.map { $0.map(\.asRead) }
            return .table(table)
        case .codeBlock, .thematicBreak: return self
        }
    }
}

extension Block {
    /// Whether the block is already as read: no nested heading with a position, no HTML comment.
    package var isAsRead: Bool {
        switch self {
        case .heading(let h): return h.line == 0 && h.column == 0 && h.content.isAsRead
        case .blockQuote(let children): return children.isAsRead
        case .list(_, let items): return items.allSatisfy(\.isAsRead)
        case .html(let html): return !HTML.isOnlyComments(html)
        case .paragraph(let inlines): return inlines.isAsRead
        case .table(let table): return table.header.allSatisfy(\.isAsRead) && table.rows.allSatisfy { $0.allSatisfy(\.isAsRead) }
        case .codeBlock, .thematicBreak: return true
        }
    }
}

extension [Block] {
    /// The blocks as read, without those that hold nothing visible.
    package var asRead: [Block] { isAsRead ? self : compactMap(\.asRead) }
    /// Whether every block is already as read.
    package var isAsRead: Bool { allSatisfy(\.isAsRead) }
}

extension [Inline] {
    /// Whether no HTML comment is among them, at any depth.
    package var isAsRead: Bool {
        allSatisfy { inline in
            switch inline {
            case .html(let html): return !HTML.isOnlyComments(html)
            case .emphasis(let children), .strong(let children), .superscript(let children), .subscript(let children),
                .link(_, _, let children), .image(_, _, let children):
                return children.isAsRead
            case .text, .code, .softBreak, .lineBreak: return true
            }
        }
    }

    /// The inlines as read: HTML comments removed, and the text around a removed comment joined.
    package var asRead: [Inline] {
        if isAsRead { return self }
        var out: [Inline] = []
        for inline in self {
            let read: Inline
            switch inline {
            case .html(let html):
                if HTML.isOnlyComments(html) { continue }
                read = inline
            case .emphasis(let children): read = .emphasis(children.asRead)
            case .strong(let children): read = .strong(children.asRead)
            case .superscript(let children): read = .superscript(children.asRead)
            case .subscript(let children): read = .subscript(children.asRead)
            case .link(let url, let title, let children): read = .link(url: url, title: title, children.asRead)
            case .image(let url, let title, let alt): read = .image(url: url, title: title, alt: alt.asRead)
            case .text, .code, .softBreak, .lineBreak: read = inline
            }
            if case .text(let text) = read, case .text(let before)? = out.last {
                out[out.count - 1] = .text(before + text)
            } else {
                out.append(read)
            }
        }
        return out
    }
}
