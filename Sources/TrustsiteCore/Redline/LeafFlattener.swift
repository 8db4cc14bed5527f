/// Flattens a section's blocks into leaves with their containers, numbering element instances uniquely.
struct LeafFlattener {
    let renderer: HTMLRenderer
    /// Instance numbers: old and new sides use disjoint ranges so their elements never compare equal by accident.
    var nextInstance: Int
    var leaves: [Leaf] = []

    init(renderer: HTMLRenderer, firstInstance: Int) {
        self.renderer = renderer
        self.nextInstance = firstInstance
    }

    mutating func instance() -> Int {
        nextInstance += 1
        return nextInstance
    }

    mutating func add(_ blocks: [Block], in containers: [Enclosure], tight: Bool = false) {
        for block in blocks { add(block, in: containers, tight: tight) }
    }

    mutating func add(_ block: Block, in containers: [Enclosure], tight: Bool) {
        switch block {
        case .paragraph(let inlines):
            leaf(containers, tight ? "" : "<p>", tight ? "\n" : "</p>\n", inlines)
        case .heading(let h):
            leaf(containers, "<h\(h.level)>", "</h\(h.level)>\n", h.content)
        case .blockQuote(let children):
            add(children, in: containers + [Enclosure(open: "<blockquote>\n", close: "</blockquote>\n", instance: instance())])
        case .list(let style, let items):
            let list = Enclosure(open: HTMLRenderer.listOpen(style) + "\n", close: style.ordered ? "</ol>\n" : "</ul>\n", instance: instance())
            for item in items {
                let li = Enclosure(open: "<li>", close: "</li>\n", instance: instance())
                if item.isEmpty { leaf(containers + [list, li], "", "", []) }
                add(item, in: containers + [list, li], tight: style.tight)
            }
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map { " class=\"language-\(HTML.escape($0))\"" } ?? ""
            var tokenizer = InlineTokenizer(renderer: renderer, nextInstance: nextInstance)
            let tokens = tokenizer.text(literal, in: [])
            nextInstance = tokenizer.nextInstance
            leaves.append(Leaf(containers: containers, open: "<pre><code\(language)>", close: "</code></pre>\n", tokens: tokens,
                               key: "code\u{1}\(info)\u{1}\(literal)"))
        case .html(let html):
            var out = ""
            renderer.render(.html(html), into: &out)
            leaves.append(Leaf(containers: containers, open: "", close: "",
                               tokens: [Token(html: out, weight: 0, inlines: [], key: "html\u{1}" + html)], key: "html\u{1}" + html))
        case .thematicBreak:
            leaves.append(Leaf(containers: containers, open: "", close: "",
                               tokens: [Token(html: "<hr />\n", weight: 0, inlines: [], key: "hr")], key: "hr"))
        case .table(let table):
            let t = Enclosure(open: "<table>\n", close: "</table>\n", instance: instance())
            let head = Enclosure(open: "<thead>\n", close: "</thead>\n", instance: instance())
            row(table.header, cell: "th", table.alignments, in: containers + [t, head])
            let body = Enclosure(open: "<tbody>\n", close: "</tbody>\n", instance: instance())
            for cells in table.rows { row(cells, cell: "td", table.alignments, in: containers + [t, body]) }
        }
    }

    mutating func leaf(_ containers: [Enclosure], _ open: String, _ close: String, _ inlines: [Inline]) {
        var tokenizer = InlineTokenizer(renderer: renderer, nextInstance: nextInstance)
        let tokens = tokenizer.tokens(inlines, in: [])
        nextInstance = tokenizer.nextInstance
        leaves.append(Leaf(containers: containers, open: open, close: close, tokens: tokens, key: open + tokens.map(\.key).joined(separator: "\u{2}")))
    }

    /// A table row is one leaf; each cell is an inline enclosure, so cell boundaries survive the word diff.
    mutating func row(_ cells: [[Inline]], cell: String, _ alignments: [String?], in containers: [Enclosure]) {
        var tokenizer = InlineTokenizer(renderer: renderer, nextInstance: nextInstance)
        var tokens: [Token] = []
        for (i, content) in cells.enumerated() {
            let open = HTMLRenderer.cellOpen(cell, alignments[i])
            let enclosure = Enclosure.cell(open: open, close: "</\(cell)>\n", column: i)
            let inner = tokenizer.tokens(content, in: [enclosure])
            // An empty cell still needs its element, so it gets a text-free placeholder token.
            tokens += inner.isEmpty ? [Token(html: "", weight: 0, inlines: [enclosure], key: "cell\(i)\u{1}" + open)] : inner.map {
                var t = $0
                t.key = "cell\(i)\u{1}" + t.key
                return t
            }
        }
        nextInstance = tokenizer.nextInstance
        leaves.append(Leaf(containers: containers, open: "<tr>\n", close: "</tr>\n", tokens: tokens, key: "tr" + tokens.map(\.key).joined(separator: "\u{2}")))
    }
}
