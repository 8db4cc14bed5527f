import Foundation

/// Heading ids: GitHub-style slugs, made unique, and explicit `{#id}` suffixes.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    /// Creates a slugger that will never hand out the `reserved` ids.
    public init(reserved: some Sequence<String> = []) {
        for id in reserved { used[id] = 0 }
    }

    /// GitHub's slug of heading text: lowercase, punctuation dropped, each space → `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch == " " { out.append("-"); continue }
            if ch == "-" || ch == "_" || ch.isLetter || ch.isNumber
                || ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
            {
                out.append(ch)
            }
        }
        return out
    }

    /// A unique id for `text`: its slug, or the slug with `-1`, `-2`… when taken.
    public mutating func unique(_ text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        if let n = used[base] {
            var k = n + 1
            candidate = "\(base)-\(k)"
            while used[candidate] != nil { k += 1; candidate = "\(base)-\(k)" }
            used[base] = k
        }
        used[candidate] = 0
        return candidate
    }
}

/// Splits a trailing `{#custom-id}` off a heading.
package enum HeadingID {
    package static func split(_ content: [Inline]) -> ([Inline], String?) {
        guard case .text(let last)? = content.last, last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards) else {
            return (content, nil)
        }
        let id = last[open.upperBound..<last.index(before: last.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return (content, nil) }
        var rest = content
        var kept = String(last[..<open.lowerBound])
        while kept.last == " " || kept.last == "\t" { kept.removeLast() }
        if kept.isEmpty { rest.removeLast() } else { rest[rest.count - 1] = .text(kept) }
        return (rest, String(id))
    }
}
