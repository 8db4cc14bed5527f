import Foundation

/// Turns redline HTML into terminal text: blocks become lines, list items get a dash, `<del>`/`<ins>` become
/// `[-…-]`/`{+…+}` markers or ANSI colours (red struck through, green underlined).
struct RedlineText {
    var color: Bool

    func text(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        var listDepth = 0
        // Inside a change that keeps the text, the markup is what changed, so it is spelled out: link targets, emphasis.
        var markupOnly = false
        var hrefs: [String?] = []
        while let open = rest.firstIndex(of: "<") {
            out += Self.unescape(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
            let closing = tag.hasPrefix("/")
            switch (closing ? String(tag.dropFirst().split(separator: " ").first ?? "") : name) {
            case "del":
                out += closing ? (color ? "\u{1B}[0m" : "-]") : (color ? "\u{1B}[31;9m" : "[-")
                markupOnly = !closing && tag.contains("markup-only")
            case "ins":
                out += closing ? (color ? "\u{1B}[0m" : "+}") : (color ? "\u{1B}[32;4m" : "{+")
                markupOnly = !closing && tag.contains("markup-only")
            case "a" where markupOnly:
                if closing {
                    if let href = hrefs.popLast() ?? nil { out += " <" + Self.unescape(href[...]) + ">" }
                } else {
                    // The target as written in the Markdown when the page rewrote it.
                    hrefs.append(HTML.attribute("data-href", in: tag) ?? HTML.attribute("href", in: tag))
                }
            case "em" where markupOnly: out += "*"
            case "strong" where markupOnly: out += "**"
            case "code" where markupOnly: out += "`"
            case "ul", "ol": listDepth += closing ? -1 : 1
            case "li": if !closing { out += "\n" + String(repeating: "  ", count: max(0, listDepth - 1)) + "- " }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table": out += "\n"
            case "td", "th": if !closing { out += " | " }
            case "br", "hr": out += "\n"
            default: break
            }
            rest = rest[rest.index(after: close)...]
        }
        out += Self.unescape(rest)
        // Collapse the blank lines that block boundaries leave behind.
        let lines = out.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingTrailingBlanks }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
