/// A numeric character reference in Markdown source (`&#27;`, `&#x9B;`), as CommonMark reads them.
package struct CharacterReference {
    /// The reference as written.
    package var text: String
    /// The character it stands for.
    package var scalar: Unicode.Scalar
    /// 1-based line in the text searched.
    package var line: Int
    /// 1-based column, in UTF-8 bytes as cmark counts.
    package var column: Int

    /// Every numeric reference in `text` (1–7 decimal or 1–6 hex digits) that names a character; linear time.
    package static func all(in text: String) -> [CharacterReference] {
        let bytes = Array(text.utf8)
        var out: [CharacterReference] = []
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { (line, lineStart) = (line + 1, i + 1) }
            guard bytes[i] == UInt8(ascii: "&"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") else { i += 1; continue }
            let hex = bytes[i + 2] | 0x20 == UInt8(ascii: "x")
            var j = i + (hex ? 3 : 2), value: UInt32 = 0
            let first = j
            while j < bytes.count, j - first < (hex ? 6 : 7), let digit = Self.digit(bytes[j], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            if j > first, j < bytes.count, bytes[j] == UInt8(ascii: ";"), let scalar = Unicode.Scalar(value) {
                out.append(
                    CharacterReference(
                        text: String(decoding: bytes[i...j], as: UTF8.self), scalar: scalar, line: line, column: i - lineStart + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// The value of an ASCII digit (hex when asked), or nil.
    package static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
