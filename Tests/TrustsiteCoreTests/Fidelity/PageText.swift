/// The words a reader sees of the statement on a version page: the page title (`<h1>` in the statement header) and
/// the body (`<div class="statement-body">`), without what the page adds beside each section ("Last changed …",
/// "Section history"). Comments are invisible; an image shows its alt text; inline elements do not end a word.
struct PageText {
    var title = WordList()
    var body = WordList()

    /// Elements a word may run across, as in `x<sup>2</sup>` or `<em>in</em>valid`.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// Reads a page's bytes; nil when it is not a version page (no statement header or body).
    init?(html: [UInt8]) {
        let found = html.withUnsafeBufferPointer { bytes -> Bool in
            guard let header = Self.find("<header class=\"statement-header\">", in: bytes, from: 0),
                let h1 = Self.find("<h1", in: bytes, from: header), let h1End = Self.find("</h1>", in: bytes, from: h1),
                let start = Self.find("<div class=\"statement-body\">", in: bytes, from: h1End),
                let end = Self.find("</article>", in: bytes, from: start)
            else { return false }
            Self.read(bytes, (h1 - 1)..<h1End, into: &title)
            Self.read(bytes, (start - 1)..<end, into: &body)
            return true
        }
        guard found else { return nil }
    }

    /// The index just past the first `needle` at or after `from`, or nil.
    static func find(_ needle: StaticString, in s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        var i = from
        while i + n <= s.count {
            if s[i] == p[0] {
                var j = 1
                while j < n, s[i + j] == p[j] { j += 1 }
                if j == n { return i + n }
            }
            i += 1
        }
        return nil
    }

    /// Reads the words of `s[range]`, which starts inside a tag (its rest is skipped).
    static func read(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into words: inout WordList) {
        var decoded: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound, s[i] != UInt8(ascii: ">") { i += 1 }
        i += 1
        var textStart = i
        func flush(_ end: Int) {
            guard end > textStart else { return }
            decoded.removeAll(keepingCapacity: true)
            CharacterReference.decode(s, textStart..<end, into: &decoded)
            decoded.withUnsafeBufferPointer { words.append($0) }
        }
        while i < range.upperBound {
            guard s[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            flush(i)
            if i + 3 < s.count, s[i + 1] == UInt8(ascii: "!"), s[i + 2] == UInt8(ascii: "-"), s[i + 3] == UInt8(ascii: "-") {
                i = find("-->", in: s, from: i) ?? range.upperBound
            } else {
                let tag = tagEnd(s, from: i)
                let raw = String(decoding: UnsafeBufferPointer(rebasing: s[i..<tag]), as: UTF8.self)
                i = tag
                let name = String(raw.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if raw.hasPrefix("<p class=\"section-meta\">") {
                    i = find("</p>", in: s, from: i) ?? range.upperBound
                } else if name == "img" {
                    words.separate()
                    words.append(HTMLText.attribute("alt", in: raw) ?? "")
                    words.separate()
                } else if !inline.contains(name) {
                    words.separate()
                }
            }
            textStart = i
        }
        flush(range.upperBound)
        words.separate()
    }

    /// The index just past the `>` that ends the tag starting at `start` (double-quoted values may hold `>`).
    static func tagEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quoted = false
        var i = start
        while i < s.count {
            if s[i] == UInt8(ascii: "\"") { quoted.toggle() }
            if s[i] == UInt8(ascii: ">") && !quoted { return i + 1 }
            i += 1
        }
        return s.count
    }
}
