import TrustsiteModel

/// Warnings for text that would be published by mistake: raw HTML that is left out, template tags and placeholder dates.
package struct TextChecks {
    /// Whether the site keeps raw HTML (`raw_html: true`).
    package let rawHTML: Bool

    /// Checks for a site that shows raw HTML (`rawHTML`) or omits it.
    package init(rawHTML: Bool) { self.rawHTML = rawHTML }

    /// The warning for raw HTML while `raw_html` is off.
    package static let omittedHTML =
        "raw HTML is left out of the page because raw_html is off; write it as Markdown, or set raw_html: true in site.yml"

    /// Checks `pieces` of `version`'s body, then its title and summary.
    package func run(_ version: Version, pieces: [BodyPiece], into diagnostics: inout Diagnostics) {
        var htmlLocator = BodyLocator(version.source)
        var textLocator = BodyLocator(version.source)
        var lastHTMLLeaf = -1
        for piece in pieces {
            switch piece.kind {
            case .html(let literal):
                let firstLine = String(literal.prefix { $0 != "\n" })
                let location = htmlLocator.next(firstLine) ?? htmlLocator.here
                // One warning per paragraph or block: `<b>x</b>` is two pieces but one mistake. A comment shows nothing either way.
                let isComment = literal.drop { $0 == " " }.hasPrefix("<!--")
                guard !isComment else { continue }
                if !rawHTML && piece.leaf != lastHTMLLeaf { diagnostics.warning(location, Self.omittedHTML) }
                lastHTMLLeaf = piece.leaf
            case .text(let text):
                for leftover in Self.leftovers(in: text) {
                    diagnostics.warning(textLocator.next(leftover.text) ?? textLocator.here, leftover.message)
                }
            case .link: break
            }
        }
        let frontMatter = version.source.frontMatter
        for (key, value) in [("title", frontMatter.title), ("summary", frontMatter.summary)] {
            guard let value, let location = frontMatter.locations[key] else { continue }
            for leftover in Self.leftovers(in: value) { diagnostics.warning(location, leftover.message + " (in '\(key)')") }
            let inlines = key == "summary" && !rawHTML ? MarkdownParser.parseInlines(value) : []
            if inlines.contains(where: { if case .html(let h) = $0 { return !h.hasPrefix("<!--") } else { return false } }) {
                diagnostics.warning(location, Self.omittedHTML + " (in 'summary')")
            }
        }
    }

    /// Template tags and placeholder dates in `text`, each with the warning it deserves.
    package static func leftovers(in text: String) -> [(text: String, message: String)] {
        var out: [(String, String)] = []
        // Most text has no braces, brackets or doubled placeholder letters (YY, MM, DD, XX) at all: one pass over the
        // bytes finds out, and the scans below are skipped.
        var hasBrace = false, hasBracket = false, hasDoubled = false, previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x7B: hasBrace = true
            case 0x5B: hasBracket = true
            case 0x44, 0x4D, 0x58, 0x59: if byte == previous { hasDoubled = true }
            default: break
            }
            previous = byte
        }
        if !hasBrace && !hasBracket && !hasDoubled { return out }
        for (open, close) in hasBrace ? [("{{", "}}"), ("{%", "%}")] : [] {
            for tag in spans(in: text, open: open, close: close, maxLength: 200) {
                out.append(
                    (tag, "leftover template tag '\(tag.prefix(60))' would be published as typed; replace it with the text it stands for"))
            }
        }
        for span in hasBracket ? spans(in: text, open: "[", close: "]", maxLength: 40) : [] where isPlaceholder(span.dropFirst().dropLast())
        {
            out.append((span, "placeholder '\(span)' would be published as typed; replace it with the real date"))
        }
        for token in ["YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "XX/XX/XXXX"]
        where hasDoubled && text.contains(token) && !out.contains(where: { $0.0.contains(token) }) {
            out.append((token, "placeholder '\(token)' would be published as typed; replace it with the real date"))
        }
        return out
    }

    /// Whether the text inside brackets names a date to fill in, like `DATE`, `Effective Date` or `TBD`.
    package static func isPlaceholder(_ inner: Substring) -> Bool {
        let lower = inner.lowercased()
        return ["date", "tbd", "yyyy", "dd/mm", "mm/dd", "xx/xx", "month", "year"].contains { lower.contains($0) }
    }

    /// Each `open…close` span of `text` within `maxLength` bytes on one line, delimiters included, innermost first; linear time.
    package static func spans(in text: String, open: String, close: String, maxLength: Int) -> [String] {
        let bytes = Array(text.utf8), o = Array(open.utf8), c = Array(close.utf8)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        var out: [String] = []
        var i = 0
        while i < bytes.count {
            guard matches(o, at: i) else { i += 1; continue }
            var j = i + o.count
            var end: Int?
            while j < min(bytes.count, i + maxLength), bytes[j] != 10, !matches(o, at: j) {
                if matches(c, at: j) { end = j + c.count; break }
                j += 1
            }
            if let end {
                out.append(String(decoding: bytes[i..<end], as: UTF8.self))
                i = end
            } else {
                i = max(j, i + 1)
            }
        }
        return out
    }
}
