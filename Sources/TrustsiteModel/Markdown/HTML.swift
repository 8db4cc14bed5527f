/// HTML escaping: every value reaches the output through one of these, so escaping is the default.
public enum HTML {
    /// Escapes text for element content and quoted attributes.
    public static func escape(_ text: some StringProtocol) -> String {
        // Most text has nothing to escape: check the bytes first and hand the string back untouched.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return String(text)
        }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A link target made safe: dangerous schemes dropped (as cmark does), then percent-encoded and escaped.
    public static func href(_ url: String) -> String {
        if isDangerous(url) { return "" }
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "-_.+!*(),%#@?=;:/$~".utf8.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return out
    }

    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
    public static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore leading spaces and control characters and tabs/newlines inside the scheme.
        let scheme = String(url.unicodeScalars.filter { $0.value > 0x20 }.prefix(40)).lowercased()
        if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:") { return true }
        if scheme.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { scheme.hasPrefix($0) }
        }
        return false
    }
}

extension String {
    package func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension HTML {
    /// The value of `name="…"` in an opening tag this renderer wrote, still escaped.
    package static func attribute(_ name: String, in tag: some StringProtocol) -> String? {
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    /// Whether raw HTML holds nothing but comments and white space: nothing a reader ever sees.
    public static func isOnlyComments(_ html: String) -> Bool {
        var rest = Substring(html)
        var sawComment = false
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard rest.hasPrefix("<!--") else { break }
            guard let end = rest.dropFirst(4).firstRange(of: "-->") else { return false }
            rest = rest[end.upperBound...]
            sawComment = true
        }
        return sawComment && rest.isEmpty
    }
}
