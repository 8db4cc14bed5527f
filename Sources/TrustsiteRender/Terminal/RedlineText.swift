import Foundation
import TrustsiteModel

/// Turns redline HTML into terminal text: blocks become lines, list items get a dash, `<del>`/`<ins>` become
/// `[-…-]`/`{+…+}` markers or ANSI colours (red struck through, green underlined).
package struct RedlineText {
    package var color: Bool

    /// `terminalText(html)` as it is written.
    package func text(_ html: String) -> String { terminalText(html).rendered }

    /// The redline's text; the words and link targets of `html` go through `TerminalText`, so they cannot carry
    /// escape sequences of their own.
    package func terminalText(_ html: String) -> TerminalText {
        var out = TerminalText()
        var rest = html[...]
        var listDepth = 0
        // Inside a change that keeps the text, the markup is what changed, so it is spelled out: link targets, emphasis.
        var markupOnly = false
        // Every open link's target (as written in the Markdown when the page rewrote it), and how many were open
        // when the change began: a change inside a link that stays shows that link's target too.
        var links: [String?] = []
        var linksOutside = 0
        // A table row is one line, `│` between its cells, said to be added, removed or changed: `row` holds what is
        // before it while the row is written, and what its text was (unchanged, deleted, inserted).
        var row: (before: TerminalText, plain: Bool, del: Bool, ins: Bool)?
        var marking: String?
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if row != nil {
                // The line breaks between cells are markup, not text.
                if !text.allSatisfy(\.isWhitespace) {
                    if marking == "del" { row!.del = true } else if marking == "ins" { row!.ins = true } else { row!.plain = true }
                    out.append(Self.unescape(text))
                }
            } else {
                out.append(Self.unescape(text))
            }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
            let closing = tag.hasPrefix("/")
            switch (closing ? String(tag.dropFirst().split(separator: " ").first ?? "") : name) {
            case "del", "ins":
                let deleted = name == "del"
                marking = closing ? nil : name
                if closing {
                    if markupOnly, linksOutside > 0, let href = links[linksOutside - 1] {
                        out.append(" <" + Self.unescape(href[...]) + ">")
                    }
                    if color { out.append(.reset) } else { out.append(deleted ? "-]" : "+}") }
                    markupOnly = false
                } else {
                    if color { out.append(deleted ? .deleted : .inserted) } else { out.append(deleted ? "[-" : "{+") }
                    markupOnly = tag.contains("markup-only")
                    linksOutside = links.count
                }
            case "a":
                if closing {
                    if let href = links.popLast() ?? nil, markupOnly { out.append(" <" + Self.unescape(href[...]) + ">") }
                } else {
                    links.append(HTML.attribute("data-href", in: tag) ?? HTML.attribute("href", in: tag))
                }
            case "em" where markupOnly: out.append("*")
            case "strong" where markupOnly: out.append("**")
            case "code" where markupOnly: out.append("`")
            case "ul", "ol": listDepth += closing ? -1 : 1
            case "li": if !closing { out.append("\n" + String(repeating: "  ", count: max(0, listDepth - 1)) + "- ") }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table": out.append("\n")
            case "tr":
                if !closing {
                    row = (out, false, false, false)
                    out = TerminalText()
                } else if let done = row {
                    let label =
                        done.plain || (done.del && done.ins) ? "row changed: " : done.ins ? "row added: " : done.del ? "row removed: " : ""
                    var line = done.before
                    line.append("\n" + (done.del || done.ins ? label : ""))
                    line.append(out)
                    line.append(" │")
                    out = line
                    row = nil
                }
            case "td", "th": if !closing { out.append(row != nil && out.rendered.isEmpty ? "│ " : " │ ") }
            case "br", "hr": out.append("\n")
            default: break
            }
            rest = rest[rest.index(after: close)...]
        }
        out.append(Self.unescape(rest))
        // Collapse the blank lines that block boundaries leave behind (taking out line breaks and blanks keeps it safe).
        let lines = out.rendered.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingTrailingBlanks }
        return TerminalText(safe: lines.filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    package static func unescape(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
