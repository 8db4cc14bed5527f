extension Section {
    /// Every link and image target in the heading and body.
    package var linkTargets: [String] {
        var out: [String] = []
        heading?.content.collectTargets(into: &out)
        blocks.collectTargets(into: &out)
        return out
    }
}

extension Array where Element == Block {
    fileprivate func collectTargets(into out: inout [String]) {
        for block in self {
            switch block {
            case .paragraph(let inlines): inlines.collectTargets(into: &out)
            case .heading(let h): h.content.collectTargets(into: &out)
            case .blockQuote(let children): children.collectTargets(into: &out)
            case .list(_, let items): for item in items { item.collectTargets(into: &out) }
            case .table(let t): for cell in t.header + t.rows.flatMap({ $0 }) { cell.collectTargets(into: &out) }
            case .codeBlock, .html, .thematicBreak: break
            }
        }
    }
}

extension Array where Element == Inline {
    fileprivate func collectTargets(into out: inout [String]) {
        for inline in self {
            switch inline {
            case .link(let url, _, let children), .image(let url, _, let children):
                out.append(url)
                children.collectTargets(into: &out)
            case .emphasis(let children), .strong(let children), .superscript(let children), .subscript(let children):
                children.collectTargets(into: &out)
            case .text, .code, .softBreak, .lineBreak, .html: break
            }
        }
    }
}
