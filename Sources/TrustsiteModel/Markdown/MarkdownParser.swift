import CCmark

/// A parsed Markdown body: the blocks, plus where raw HTML and links occur (for checks).
public struct MarkdownDocument: Hashable, Sendable {
    /// Top-level blocks in order.
    public var blocks: [Block]
    /// File positions (line, column) of raw HTML, which is omitted unless `raw_html` is on.
    public var rawHTMLPositions: [SourcePoint] = []
    /// Link targets with their positions, for link checks.
    public var links: [(url: String, at: SourcePoint)] = []

    /// Equal when the blocks are; where raw HTML and links occur is not compared.
    public static func == (a: Self, b: Self) -> Bool { a.blocks == b.blocks }
    /// Hashes the blocks.
    public func hash(into hasher: inout Hasher) { hasher.combine(blocks) }
}

/// A line and column in a file.
public struct SourcePoint: Hashable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
}

/// Parses Markdown with libcmark and copies the tree into Swift values; cmark nodes never outlive `parse`.
public enum MarkdownParser {
    /// Parses `markdown`; `lineOffset` maps body lines to file lines.
    public static func parse(_ markdown: String, lineOffset: Int = 0) -> MarkdownDocument {
        var converter = Converter(lines: SourceLines(markdown), lineOffset: lineOffset)
        let blocks = withDocument(markdown) { converter.blocks(of: $0) } ?? []
        return MarkdownDocument(blocks: blocks, rawHTMLPositions: converter.rawHTML, links: converter.links)
    }

    /// Runs `body` on cmark's tree of `markdown`, which is freed when it returns; nil when cmark parses nothing.
    package static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T? {
        var text = markdown
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Parses a fragment of inline Markdown (a summary) into inlines: the paragraphs' content, joined by soft breaks.
    public static func parseInlines(_ markdown: String) -> [Inline] {
        let document = parse(markdown)
        var out: [Inline] = []
        for block in document.blocks {
            if case .paragraph(let inlines) = block {
                if !out.isEmpty { out.append(.softBreak) }
                out += inlines
            }
        }
        return out
    }
}

/// The body's lines, for pipe-table recognition.
package struct SourceLines {
    package let lines: [Substring]
    package init(_ text: String) { lines = text.lineFeedSplit }
    package subscript(range: ClosedRange<Int>) -> [Substring] {
        let lo = max(range.lowerBound - 1, 0), hi = min(range.upperBound, lines.count)
        return lo < hi ? Array(lines[lo..<hi]) : []
    }
}

package struct Converter {
    package let lines: SourceLines
    package let lineOffset: Int
    /// Added to columns: where a table cell, parsed on its own, starts in its line.
    package var columnOffset = 0
    package var rawHTML: [SourcePoint] = []
    package var links: [(url: String, at: SourcePoint)] = []
    /// Container blocks and inlines open around the node being converted (see `maxDepth`).
    package var depth = 0

    package init(lines: SourceLines, lineOffset: Int) {
        self.lines = lines
        self.lineOffset = lineOffset
    }

    package mutating func blocks(of parent: OpaquePointer) -> [Block] {
        if depth >= Self.maxDepth { return flattenedBlocks(of: parent) }
        depth += 1
        defer { depth -= 1 }
        var out: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            append(node, to: &out)
            child = cmark_node_next(node)
        }
        return out
    }

    /// Appends the blocks of `node`: one, except a paragraph that holds a pipe table after some text (two), or
    /// nothing for a node of no kind the model keeps.
    package mutating func append(_ node: OpaquePointer, to out: inout [Block]) {
        if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, let blocks = tableBlocks(node) {
            out += blocks
        } else if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, let blocks = proseBlocks(node) {
            out += blocks
        } else if let block = block(node) {
            out.append(block)
        }
    }

    package mutating func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING:
            let (content, id) = HeadingID.split(inlines(of: node))
            return .heading(
                Heading(
                    level: Int(cmark_node_get_heading_level(node)), content: content, explicitID: id,
                    line: Int(cmark_node_get_start_line(node)) + lineOffset,
                    column: Int(cmark_node_get_start_column(node))))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(of: node))
        case CMARK_NODE_LIST:
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let i = item {
                items.append(blocks(of: i))
                item = cmark_node_next(i)
            }
            let style = ListStyle(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
            return .list(style, items: items)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK:
            rawHTML.append(point(node))
            return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        default:
            return nil
        }
    }

    package mutating func inlines(of parent: OpaquePointer) -> [Inline] {
        if depth >= Self.maxDepth { return [.text(Self.plainText(of: parent))] }
        depth += 1
        defer { depth -= 1 }
        var out: [Inline] = []
        // `<sup>`/`<sub>` tags by their index in `out`, paired once all siblings are read.
        var scripts: [Int: SafeInlineHTML.Script] = [:]
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                let s = string(cmark_node_get_literal(node))
                // cmark splits text at brackets and such; joining keeps the tree small and words whole.
                if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + s) } else { out.append(.text(s)) }
            case CMARK_NODE_CODE: out.append(.code(string(cmark_node_get_literal(node))))
            case CMARK_NODE_SOFTBREAK: out.append(.softBreak)
            case CMARK_NODE_LINEBREAK: out.append(.lineBreak)
            case CMARK_NODE_HTML_INLINE:
                let html = string(cmark_node_get_literal(node))
                switch SafeInlineHTML.tag(html) {
                case .lineBreak: out.append(.lineBreak)
                case .open(let script), .close(let script):
                    scripts[out.count] = script
                    out.append(.html(html))
                case nil where ProseTag.isProse(html):
                    if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + html) } else { out.append(.text(html)) }
                case nil:
                    rawHTML.append(point(node))
                    out.append(.html(html))
                }
            case CMARK_NODE_EMPH: out.append(.emphasis(inlines(of: node)))
            case CMARK_NODE_STRONG: out.append(.strong(inlines(of: node)))
            case CMARK_NODE_LINK:
                let url = string(cmark_node_get_url(node))
                links.append((url, point(node)))
                out.append(.link(url: url, title: string(cmark_node_get_title(node)), inlines(of: node)))
            case CMARK_NODE_IMAGE:
                out.append(.image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), alt: inlines(of: node)))
            default: break
            }
            child = cmark_node_next(node)
        }
        let paired = SafeInlineHTML.pair(out, tags: scripts)
        // A tag without its partner is omitted like any raw HTML, and warned about.
        if !paired.unpaired.isEmpty { rawHTML += Array(repeating: point(parent), count: paired.unpaired.count) }
        return paired.inlines
    }

    package func point(_ node: OpaquePointer) -> SourcePoint {
        var n: OpaquePointer? = node
        // Inline nodes carry no positions in cmark 0.30; use the enclosing block's.
        while let current = n, cmark_node_get_start_line(current) == 0 { n = cmark_node_parent(current) }
        guard let located = n else { return SourcePoint(line: lineOffset + 1, column: 1) }
        return SourcePoint(
            line: Int(cmark_node_get_start_line(located)) + lineOffset,
            column: max(1, Int(cmark_node_get_start_column(located)) + columnOffset))
    }

    package func string(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
}
