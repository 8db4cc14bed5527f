/// Text in angle brackets that cmark reads as an HTML tag but that is prose: `<Data Protection Officer>`,
/// `[<TikTok Law Enforcement Guidelines>](…)`. Web pages converted to Markdown are full of it, and omitting it as raw
/// HTML would drop the words, so it is kept as the text it is.
package enum ProseTag {
    /// Whether `html`, one raw tag as cmark found it, is prose: a name no HTML element has, or an element's name
    /// written in Title Case with no `name="value"` attribute (markup is written in lower or upper case).
    package static func isProse(_ html: some StringProtocol) -> Bool {
        var rest = Substring(html)
        guard rest.first == "<" else { return false }
        rest = rest.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard let first = name.first, first.isLetter, !name.contains("-") else { return false }
        guard elements.contains(name.lowercased()) else { return true }
        let titleCase = first.isUppercase && name.dropFirst().contains { $0.isLowercase }
        return titleCase && !rest.dropFirst(name.count).contains("=")
    }

    /// The first tag of a raw HTML block: from its `<` to the first `>` (or the end of the first line).
    package static func firstTag(_ block: String) -> Substring {
        let start = block.drop { $0 == " " || $0 == "\t" }
        let line = start.prefix { $0 != "\n" }
        return line.firstIndex(of: ">").map { line[...$0] } ?? line
    }

    /// The names of HTML elements, current and obsolete, and of SVG and MathML roots.
    package static let elements: Set<String> = [
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi",
        "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
        "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
        "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter", "nav",
        "nobr", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext",
        "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select",
        "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
        "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr", "xmp",
    ]
}
