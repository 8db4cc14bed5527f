import TrustsiteModel

/// Turns a leaf's tokens into runs of text: the words as a reader sees them, and, in a change that keeps the words,
/// the markup that changed spelled out (`*emphasis*`, `**strong**`, `` `code` ``, a link's target as `<…>`).
package enum RedlineRuns {
    /// One list of runs per table cell when `isRow`, else one list.
    package static func cells(_ tokens: [(Token, RedlineEmitter.Op)], isRow: Bool) -> [[RedlineRun]] {
        let markupOnly = RedlineEmitter.markupOnly(tokens)
        let owners = RedlineEmitter.owners(tokens)
        guard isRow else { return [runs(tokens.indices, tokens, markupOnly, owners)] }
        // A changed row's tokens come grouped by column (see `WordRedline`), so each cell is one stretch.
        var cells: [[RedlineRun]] = []
        var start = tokens.startIndex
        while start < tokens.endIndex {
            let column = tokens[start].0.inlines.first?.column
            var end = start
            while end < tokens.endIndex, tokens[end].0.inlines.first?.column == column { end += 1 }
            cells.append(runs(start..<end, tokens, markupOnly, owners))
            start = end
        }
        return cells
    }

    static func runs(
        _ range: Range<Int>, _ tokens: [(Token, RedlineEmitter.Op)], _ markupOnly: [Bool], _ owners: [Int: RedlineEmitter.Op?]
    ) -> [RedlineRun] {
        var out: [RedlineRun] = []
        var segment = range.lowerBound
        while segment < range.upperBound {
            let (op, spelled) = (tokens[segment].1, markupOnly[segment])
            var end = segment
            while end < range.upperBound, tokens[end].1 == op, markupOnly[end] == spelled { end += 1 }
            var text = ""
            for i in segment..<end {
                let stack = inlines(tokens[i].0)
                if spelled {
                    let before = i == segment ? stack.filter { owners[$0.instance] != op } : inlines(tokens[i - 1].0)
                    text += markup(closing: before, opening: stack)
                }
                text += plainText(tokens[i].0)
            }
            if spelled {
                let last = inlines(tokens[end - 1].0)
                let outside = inlines(tokens[segment].0).filter { owners[$0.instance] != op }
                text += markup(closing: last, opening: outside)
                // A change inside a link that stays shows that link's target too.
                if let link = outside.last(where: isLink) { text += target(link) }
            }
            out.append(RedlineRun(op: RedlineRun.Op(op), text: text, markupOnly: spelled))
            segment = end
        }
        return out
    }

    /// The inline elements around a token, without its table cell.
    static func inlines(_ token: Token) -> [Enclosure] { token.inlines.filter { $0.column == nil } }

    /// The markup spelled out between two tokens: the elements `closing` has that `opening` does not, then the reverse.
    static func markup(closing: [Enclosure], opening: [Enclosure]) -> String {
        let common = RedlineEmitter.sharedDepth(closing, opening)
        var out = ""
        for e in closing[common...].reversed() { out += isLink(e) ? target(e) : marker(e) }
        for e in opening[common...] where !isLink(e) { out += marker(e) }
        return out
    }

    static func isLink(_ e: Enclosure) -> Bool { e.signature.hasPrefix("<a ") }

    /// ` <target>`, the link's target as written in the Markdown.
    static func target(_ link: Enclosure) -> String {
        HTML.attribute("href", in: link.signature).map { " <" + HTML.unescapeText($0) + ">" } ?? ""
    }

    static func marker(_ e: Enclosure) -> String {
        switch e.signature {
        case "<em>": return "*"
        case "<strong>": return "**"
        case "<code>": return "`"
        default: return ""
        }
    }

    /// A token's text as a reader sees it: words unescaped, a line break as a newline, other markup as its words.
    static func plainText(_ token: Token) -> String {
        if token.html.hasPrefix("<br") { return "\n" }
        guard token.html.contains("<") else { return HTML.unescapeText(token.html) }
        return HTML.unescapeText(HTML.visibleText(token.html))
    }
}
