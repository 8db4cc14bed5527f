import TrustsiteModel

/// Flattens a section's blocks into leaves with their containers, numbering element instances uniquely.
package struct LeafFlattener {
    package let renderer: HTMLRenderer
    /// Instance numbers: old and new sides use disjoint ranges so their elements never compare equal by accident.
    package var nextInstance: Int
    package var leaves: [Leaf] = []

    package init(renderer: HTMLRenderer, firstInstance: Int) {
        self.renderer = renderer
        self.nextInstance = firstInstance
    }

    package mutating func instance() -> Int {
        nextInstance += 1
        return nextInstance
    }

    package mutating func add(_ blocks: [Block], in containers: [Enclosure], tight: Bool = false) {
        for block in blocks { add(block, in: containers, tight: tight) }
    }

    package mutating func add(_ block: Block, in containers: [Enclosure], tight: Bool) {
        switch block {
        case .paragraph(let inlines):
            leaf(containers, tight ? "" : "<p>", tight ? "\n" : "</p>\n", inlines)
        case .heading(let h):
            leaf(containers, "<h\(h.level)>", "</h\(h.level)>\n", h.content)
        case .blockQuote(let children):
            add(children, in: containers + [Enclosure(open: "<blockquote>\n", close: "</blockquote>\n", instance: instance())])
        case .list(let style, let items):
            let list = Enclosure(
                open: HTMLRenderer.listOpen(style) + "\n", close: style.ordered ? "</ol>\n" : "</ul>\n", instance: instance())
            for item in items {
                let li = Enclosure(open: "<li>", close: "</li>\n", instance: instance())
                if item.isEmpty { leaf(containers + [list, li], "", "", []) }
                add(item, in: containers + [list, li], tight: style.tight)
            }
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map { " class=\"language-\(HTML.escape($0))\"" } ?? ""
            append(containers, "<pre><code\(language)>", "</code></pre>\n", .code(literal))
        case .html(let html):
            // An omitted block's words are a paragraph, so a change to them is marked inside it, as in any paragraph.
            let text = renderer.rawHTML ? "" : HTML.visibleText(html)
            if !text.isEmpty {
                append(containers, "<p>", "</p>\n", .atom(html: text, key: "html\u{1}" + html))
            } else {
                var out = ""
                renderer.render(.html(html), into: &out)
                append(containers, "", "", .atom(html: out, key: "html\u{1}" + html))
            }
        case .thematicBreak:
            append(containers, "", "", .atom(html: "<hr />\n", key: "hr"))
        case .table(let table):
            let t = Enclosure(open: HTMLRenderer.tableOpen, close: HTMLRenderer.tableClose, instance: instance())
            let head = Enclosure(open: "<thead>\n", close: "</thead>\n", instance: instance())
            row(table.header, cell: "th", table.alignments, in: containers + [t, head])
            let body = Enclosure(open: "<tbody>\n", close: "</tbody>\n", instance: instance())
            for cells in table.rows { row(cells, cell: "td", table.alignments, in: containers + [t, body]) }
        }
    }

    package mutating func leaf(_ containers: [Enclosure], _ open: String, _ close: String, _ inlines: [Inline]) {
        append(containers, open, close, .inlines(inlines))
    }

    /// A table row is one leaf; each cell is an inline enclosure, so cell boundaries survive the word diff.
    package mutating func row(_ cells: [[Inline]], cell: String, _ alignments: [String?], in containers: [Enclosure]) {
        append(containers, "<tr>\n", "</tr>\n", .row(cells: cells, cell: cell, alignments: alignments))
    }

    /// Adds a leaf whose tokens are made on first use, numbered in a range of their own.
    package mutating func append(_ containers: [Enclosure], _ open: String, _ close: String, _ content: LeafContent) {
        let (renderer, first) = (self.renderer, nextInstance + (leaves.count + 1) << 20)
        leaves.append(
            Leaf(
                containers: containers, open: open, close: close, content: content,
                tokenized: LazyTokens { LeafTokens.make(content, renderer: renderer, firstInstance: first) }))
    }
}

/// Turns leaf content into tokens, and renders unchanged leaves straight to HTML.
package enum LeafTokens {
    package static func make(_ content: LeafContent, renderer: HTMLRenderer, firstInstance: Int) -> [Token] {
        var tokenizer = InlineTokenizer(renderer: renderer, nextInstance: firstInstance)
        switch content {
        case .inlines(let inlines): return tokenizer.tokens(inlines, in: [])
        case .code(let literal): return tokenizer.text(literal, in: [])
        case .atom(let html, let key): return [Token(html: html, weight: 0, inlines: [], key: key)]
        case .row(let cells, let cell, let alignments):
            var tokens: [Token] = []
            for (i, content) in cells.enumerated() {
                let open = HTMLRenderer.cellOpen(cell, alignments[i])
                let enclosure = Enclosure.cell(open: open, close: "</\(cell)>\n", column: i)
                let inner = tokenizer.tokens(content, in: [enclosure])
                // An empty cell still needs its element, so it gets a text-free placeholder token.
                tokens +=
                    inner.isEmpty
                    ? [Token(html: "", weight: 0, inlines: [enclosure], key: "cell\(i)\u{1}" + open)]
                    : inner.map {
                        var t = $0
                        t.key = "cell\(i)\u{1}" + t.key
                        return t
                    }
            }
            return tokens
        }
    }

    /// The HTML an unchanged leaf's tokens would make, rendered directly.
    package static func html(_ content: LeafContent, renderer: HTMLRenderer) -> String {
        var out = ""
        switch content {
        case .inlines(let inlines): renderer.render(inlines, into: &out)
        case .code(let literal): out = HTML.escape(literal)
        case .atom(let html, _): out = html
        case .row(let cells, let cell, let alignments):
            for (i, content) in cells.enumerated() {
                out += HTMLRenderer.cellOpen(cell, alignments[i])
                renderer.render(content, into: &out)
                out += "</\(cell)>\n"
            }
        }
        return out
    }
}
