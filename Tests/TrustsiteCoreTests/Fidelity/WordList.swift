/// The words of a text as a reader sees them, each with a hash (for fast comparison) and, when known, the source line
/// it came from. Built a chunk of decoded text at a time; `separate()` marks a boundary no word crosses (a block, a
/// table cell, a line break). Works on bytes: the real corpora hold tens of millions of words, checked in a debug build.
///
/// The hash leaves out `*` and `_` (a word of nothing else is no word): trustsite's cmark 0.30 and the reference's
/// cmark-gfm 0.29 disagree in a few edge cases on whether such a character opens or closes emphasis
/// (`[link](url)_, our_`), which shows it or not but never loses or adds a word.
struct WordList {
    /// The visible text, each word followed by one space.
    private(set) var text: [UInt8] = []
    /// Where each word starts in `text`; it ends at the space before the next start.
    private(set) var starts: [Int] = []
    /// Each word's FNV-1a hash.
    private(set) var hashes: [UInt64] = []
    /// Each word's source line (0 when unknown).
    private(set) var lines: [Int] = []

    private var wordStart: Int?
    private var line = 0

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    var count: Int { hashes.count }

    /// Word `i` as a string.
    func word(_ i: Int) -> String {
        let end = i + 1 < starts.count ? starts[i + 1] - 1 : text.count - 1
        return String(decoding: text[starts[i]..<end], as: UTF8.self)
    }

    /// Appends decoded text that was read at `line` (0: unknown).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int = 0) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let space = Self.spaceLength(bytes, at: i)
            if space > 0 {
                separate()
                i += space
                continue
            }
            if wordStart == nil {
                wordStart = text.count
                self.line = line
            }
            text.append(b)
            i += 1
        }
    }

    /// Appends decoded text given as a string.
    mutating func append(_ string: String, line: Int = 0) {
        var s = string
        s.withUTF8 { append($0, line: line) }
    }

    /// Ends the word being read, if any.
    mutating func separate() {
        guard let start = wordStart else { return }
        wordStart = nil
        var hash = Self.fnvOffset, compared = false
        for i in start..<text.count where !Self.isDelimiter(text[i]) {
            hash = (hash ^ UInt64(text[i])) &* Self.fnvPrime
            compared = true
        }
        guard compared else {
            text.removeSubrange(start...)
            return
        }
        starts.append(start)
        hashes.append(hash)
        lines.append(line)
        text.append(0x20)
    }

    static func isDelimiter(_ b: UInt8) -> Bool { b == UInt8(ascii: "*") || b == UInt8(ascii: "_") }

    /// Drops words from `index` on (e.g. a heading's `{#id}`); call after `separate()`.
    mutating func removeWords(from index: Int) {
        guard index < count else { return }
        text.removeSubrange(starts[index]...)
        starts.removeSubrange(index...)
        hashes.removeSubrange(index...)
        lines.removeSubrange(index...)
    }

    /// The length of the white space (as Unicode defines it: a browser breaks lines there) at `i`, or 0.
    static func spaceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = s[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        guard b >= 0xC2, i + 1 < s.count else { return 0 }
        let b1 = s[i + 1]
        if b == 0xC2 { return b1 == 0xA0 || b1 == 0x85 ? 2 : 0 }  // U+00A0, U+0085
        guard i + 2 < s.count else { return 0 }
        let b2 = s[i + 2]
        switch (b, b1) {
        case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0  // U+1680
        // U+2000–200A, 2028, 2029, 202F
        case (0xE2, 0x80): return (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0
        case (0xE2, 0x81): return b2 == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }
}

/// Decoding the character references of HTML and XML text into UTF-8 bytes.
enum CharacterReference {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// The text of `bytes[range]` with `&…;` references decoded (unknown ones kept as written).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            var j = i + 1
            while j < range.upperBound, j - i < 12, bytes[j] != UInt8(ascii: ";") { j += 1 }
            guard j < range.upperBound, bytes[j] == UInt8(ascii: ";"),
                let value = value(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self))
            else {
                out.append(b)
                i += 1
                continue
            }
            out += value.utf8
            i = j + 1
        }
    }

    static func value(_ body: String) -> String? {
        if let named = named[body] { return named }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
