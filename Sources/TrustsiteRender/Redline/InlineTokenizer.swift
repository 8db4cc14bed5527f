import TrustsiteModel

/// Turns inline content into tokens: words, spaces and punctuation inside the inline elements that enclose them.
package struct InlineTokenizer {
    package let renderer: HTMLRenderer
    package var nextInstance: Int

    package mutating func instance() -> Int {
        nextInstance += 1
        return nextInstance
    }

    package mutating func tokens(_ inlines: [Inline], in enclosures: [Enclosure]) -> [Token] {
        var out: [Token] = []
        for inline in inlines {
            switch inline {
            case .text(let s):
                out += text(s, in: enclosures)
            case .code(let s):
                out += text(s, in: enclosures + [Enclosure(open: "<code>", close: "</code>", instance: instance())])
            case .softBreak:
                out.append(Token(html: "\n", weight: 0, inlines: enclosures, key: signature(enclosures) + " "))
            case .lineBreak:
                out.append(atom("<br />\n", enclosures))
            case .html, .image:
                var html = ""
                renderer.render([inline], into: &html)
                out.append(atom(html, enclosures))
            case .emphasis(let children), .strong(let children), .superscript(let children), .subscript(let children),
                .link(_, _, let children):
                let enclosure = Enclosure(
                    open: renderer.open(inline), close: HTMLRenderer.close(inline), instance: instance(),
                    signature: plain.open(inline))
                let inner = tokens(children, in: enclosures + [enclosure])
                out +=
                    inner.isEmpty
                    ? [Token(html: "", weight: 0, inlines: enclosures + [enclosure], key: signature(enclosures + [enclosure]))] : inner
            }
        }
        return out
    }

    package func text(_ s: String, in enclosures: [Enclosure]) -> [Token] {
        let prefix = signature(enclosures)
        return WordTokenizer.tokens(s).map { word in
            Token(html: HTML.escape(word), weight: WordTokenizer.weight(word), inlines: enclosures, key: prefix + word)
        }
    }

    package func atom(_ html: String, _ enclosures: [Enclosure]) -> Token {
        Token(html: html, weight: 0, inlines: enclosures, key: signature(enclosures) + "\u{3}" + html)
    }

    /// The enclosing tags as written in the Markdown, so a word inside a link to another target compares as
    /// different, while the same link rewritten for two version pages does not.
    package func signature(_ enclosures: [Enclosure]) -> String {
        enclosures.isEmpty ? "\u{1}" : enclosures.map(\.signature).joined() + "\u{1}"
    }

    package var plain: HTMLRenderer { HTMLRenderer(rawHTML: renderer.rawHTML) }
}
