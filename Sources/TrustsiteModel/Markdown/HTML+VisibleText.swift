import Foundation

/// The words of a raw HTML block that is left out: a reader of the page still sees them, as on GitHub, which drops
/// tags it does not allow but keeps their text.
extension HTML {
    /// The text `html` shows in a browser, ready for element content: comments, tags and the content of `script`,
    /// `style`, `template` and `textarea` removed, white space collapsed; character references are kept as written.
    package static func visibleText(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let tag = rest[open...]
            if tag.hasPrefix("<!--") {
                rest = tag.dropFirst(4).firstRange(of: "-->").map { tag[$0.upperBound...] } ?? ""
                out += " "
                continue
            }
            let name = tag.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
            let isTag = tag.dropFirst().first.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
            guard isTag, let close = tag.firstIndex(of: ">") else {
                out += "&lt;"
                rest = tag.dropFirst()
                continue
            }
            rest = tag[tag.index(after: close)...]
            if ["script", "style", "template", "textarea"].contains(name) {
                rest = rest.range(of: "</\(name)", options: .caseInsensitive).map { rest[$0.lowerBound...] } ?? ""
            }
            out += " "
        }
        out += rest
        let words = out.replacingOccurrences(of: ">", with: "&gt;").split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return words.joined(separator: " ")
    }
}
