/// Text made safe for a GitHub comment: shown as written, never read as Markdown, HTML, a mention or a reference.
package enum MarkdownText {
    /// `text` for inline use: HTML's `& < >` as references, Markdown's punctuation backslash-escaped (and what would
    /// start a heading, list or rule at a line's start), line breaks as spaces, and a word joiner after `@` and `#`
    /// so a policy's "@team" or "#12" neither notifies anyone nor links an issue.
    package static func inline(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$": out += "\\" + String(c)
            case "\n", "\r": out += " "
            case "#", "-", "+", "=": out += out.isEmpty ? "\\" + String(c) : String(c)
            default: out.append(c)
            }
            if c == "@" || c == "#" { out += "\u{2060}" }
        }
        // "1. " or "1) " at the start would number a list.
        if let end = out.firstIndex(where: { !$0.isNumber }), end != out.startIndex, out[end] == "." || out[end] == ")" {
            out.insert("\\", at: end)
        }
        return out
    }
}
