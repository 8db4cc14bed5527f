import Foundation
import Testing

/// Just enough HTML reading for tests: attribute values, ids, headings and regions of generated pages.
enum HTMLScan {
    /// The decoded values of every `name="…"` attribute in `html`, in document order.
    static func attributes(_ name: String, in html: String) -> [String] {
        matches("\\s\(name)=\"([^\"]*)\"", in: html).map { unescape($0[1] ?? "") }
    }

    /// The capture groups (0 is the whole match) of every match of `pattern`; a pattern that does not compile fails the test.
    static func matches(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> [[String?]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else {
            Issue.record("invalid regular expression: \(pattern)")
            return []
        }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? nil : ns.substring(with: match.range(at: $0)) }
        }
    }

    /// Every `id` in the page.
    static func ids(in html: String) -> Set<String> { Set(attributes("id", in: html)) }

    /// The opening tags of `<h1>`…`<h6>` elements, in document order.
    static func headingTags(in html: String) -> [String] {
        matches("<h[1-6](\\s[^>]*)?>", in: html).map { $0[0] ?? "" }
    }

    /// The text between the first `start` and the next `end` after it, or nil.
    static func region(_ html: String, from start: String, to end: String) -> String? {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The `<nav class="toc">` element's contents, or nil when the page has none.
    static func toc(_ html: String) -> String? {
        region(html, from: "<nav class=\"toc\" aria-label=\"On this page\">", to: "</nav>")
    }

    /// The rendered statement body (the document's sections), or nil.
    static func body(_ html: String) -> String? {
        region(html, from: "<div class=\"statement-body\">", to: "</article>")
    }

    /// The list structure of a TOC: `<ol>`, `</ol>` and `#id` for each link, in order.
    static func outline(_ toc: String) -> [String] {
        matches("</?ol>|href=\"(#[^\"]*)\"", in: toc).map { $0[1].map(unescape) ?? $0[0] ?? "" }
    }

    /// Undoes the entity escapes `HTML.escape` and `HTML.href` produce, plus numeric references.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, char) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
