import TrustsiteModel

/// Renders Markdown blocks to HTML in cmark's style; raw HTML is kept only when the site allows it.
public struct HTMLRenderer: Sendable {
    /// Keep raw HTML (`raw_html: true`); otherwise it becomes `<!-- raw HTML omitted -->`.
    public var rawHTML: Bool
    /// Rewrites link and image targets for the page being written (e.g. `#id` on a redline page → the version page).
    public var links: LinkRewriter

    /// Creates a renderer.
    public init(rawHTML: Bool, links: LinkRewriter = LinkRewriter()) {
        self.rawHTML = rawHTML
        self.links = links
    }

    /// Renders blocks, each followed by a newline.
    public func render(_ blocks: [Block], tight: Bool = false, into out: inout String) {
        for block in blocks { render(block, tight: tight, into: &out) }
    }

    /// Renders one block.
    public func render(_ block: Block, tight: Bool = false, into out: inout String) {
        switch block {
        case .paragraph(let inlines):
            if tight {
                render(inlines, into: &out)
                out += "\n"
            } else {
                out += "<p>"
                render(inlines, into: &out)
                out += "</p>\n"
            }
        case .heading(let heading):
            out += "<h\(heading.level)>"
            render(heading.content, into: &out)
            out += "</h\(heading.level)>\n"
        case .blockQuote(let children):
            out += "<blockquote>\n"
            render(children, into: &out)
            out += "</blockquote>\n"
        case .list(let style, let items):
            out += Self.listOpen(style) + "\n"
            for item in items {
                out += "<li>"
                render(item, tight: style.tight, into: &out)
                out += "</li>\n"
            }
            out += style.ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map { " class=\"language-\(HTML.escape($0))\"" } ?? ""
            out += "<pre><code\(language)>\(HTML.escape(literal))</code></pre>\n"
        case .html(let html):
            if rawHTML {
                out += html
            } else {
                let text = HTML.visibleText(html)
                out += text.isEmpty ? "<!-- raw HTML omitted -->\n" : "<p>\(text)</p>\n"
            }
        case .thematicBreak:
            out += "<hr />\n"
        case .table(let table):
            renderTable(table, into: &out)
        }
    }

    /// Renders inline content.
    public func render(_ inlines: [Inline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s): out += HTML.escape(s)
            case .code(let s): out += "<code>\(HTML.escape(s))</code>"
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br />\n"
            case .html(let html): out += rawHTML ? html : "<!-- raw HTML omitted -->"
            case .emphasis(let c), .strong(let c), .superscript(let c), .subscript(let c), .link(_, _, let c):
                out += open(inline)
                render(c, into: &out)
                out += Self.close(inline)
            case .image(let url, let title, let alt):
                let titleAttr = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
                out += "<img src=\"\(HTML.href(links.rewrite(url)))\" alt=\"\(HTML.escape(alt.plainText))\"\(titleAttr) />"
            }
        }
    }

    /// The opening tag of a container inline (emphasis, strong, link).
    public func open(_ inline: Inline) -> String {
        switch inline {
        case .emphasis: return "<em>"
        case .strong: return "<strong>"
        case .superscript: return "<sup>"
        case .subscript: return "<sub>"
        case .link(let url, let title, _):
            return "<a href=\"\(HTML.href(links.rewrite(url)))\"" + (title.isEmpty ? "" : " title=\"\(HTML.escape(title))\"") + ">"
        default: return ""
        }
    }

    /// The closing tag matching `open`.
    public static func close(_ inline: Inline) -> String {
        switch inline {
        case .emphasis: return "</em>"
        case .strong: return "</strong>"
        case .superscript: return "</sup>"
        case .subscript: return "</sub>"
        case .link: return "</a>"
        default: return ""
        }
    }

    package static func listOpen(_ style: ListStyle) -> String {
        style.ordered ? (style.start == 1 ? "<ol>" : "<ol start=\"\(style.start)\">") : "<ul>"
    }

    /// A table opens inside a frame of its own that scrolls sideways when the table is wider than the page (so its
    /// words are never split); the frame takes keyboard focus, so it can be scrolled without a pointer.
    package static let tableOpen = "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n"
    /// Closes `tableOpen`.
    package static let tableClose = "</table>\n</div>\n"

    package func renderTable(_ table: Table, into out: inout String) {
        out += Self.tableOpen + "<thead>\n"
        renderRow(table.header, table.alignments, cell: "th", into: &out)
        out += "</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows { renderRow(row, table.alignments, cell: "td", into: &out) }
            out += "</tbody>\n"
        }
        out += Self.tableClose
    }

    package func renderRow(_ cells: [[Inline]], _ alignments: [String?], cell: String, into out: inout String) {
        out += "<tr>\n"
        for (i, content) in cells.enumerated() {
            out += Self.cellOpen(cell, alignments[i])
            render(content, into: &out)
            out += "</\(cell)>\n"
        }
        out += "</tr>\n"
    }

    package static func cellOpen(_ cell: String, _ alignment: String?) -> String {
        alignment.map { "<\(cell) style=\"text-align: \($0)\">" } ?? "<\(cell)>"
    }
}
