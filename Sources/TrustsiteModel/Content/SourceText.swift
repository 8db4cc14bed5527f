/// A content file's text, decoded and normalised: UTF-8 checked, BOM dropped, CRLF turned into LF, and control
/// characters and the noncharacters U+FFFE, U+FFFF (which no page shows and XML forbids) replaced with U+FFFD.
public struct SourceText: Sendable {
    /// The normalised text.
    public let text: String
    /// Warnings about the text, e.g. the first control character that was replaced.
    public var warnings: [Diagnostic] = []

    /// Decodes bytes, or reports the byte offset of the first invalid UTF-8 sequence.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        if let bad = firstInvalidUTF8Offset(bytes) {
            return .failure(
                Diagnostic(
                    .error, SourceLocation(path: path, line: lineOf(offset: bad, in: bytes)),
                    "file is not valid UTF-8 (invalid byte at offset \(bad))"))
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = start
        var line = 1, lineStart = 0
        var control: Diagnostic?
        while i < bytes.count {
            let b = bytes[i]
            if b == 13 || b == 10 {
                out.append(10)
                if b == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                line += 1
                lineStart = out.count
            } else if b < 0x20 && b != 9 {
                if control == nil {
                    control = Diagnostic(
                        .warning, SourceLocation(path: path, line: line, column: out.count - lineStart + 1),
                        "control character U+\(String(b, radix: 16, uppercase: true).leftPadded(to: 4)) is not shown on any page; delete it"
                    )
                }
                out += [0xEF, 0xBF, 0xBD]
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] | 1 == 0xBF {
                // U+FFFE and U+FFFF are valid UTF-8 but not characters: XML forbids them, so feeds would break.
                if control == nil {
                    control = Diagnostic(
                        .warning, SourceLocation(path: path, line: line, column: out.count - lineStart + 1),
                        "noncharacter U+\(bytes[i + 2] == 0xBE ? "FFFE" : "FFFF") is not shown on any page; delete it")
                }
                out += [0xEF, 0xBF, 0xBD]
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        var result = SourceText(text: String(decoding: out, as: UTF8.self))
        result.warnings = control.map { [$0] } ?? []
        return .success(result)
    }

    package static func lineOf(offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    // Validates by hand because String(decoding:) silently repairs and we must say where the damage is.
    package static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minScalar: UInt32 = 0
            var scalar: UInt32 = 0
            switch b {
            case 0xC2...0xDF: need = 1; scalar = UInt32(b & 0x1F); minScalar = 0x80
            case 0xE0...0xEF: need = 2; scalar = UInt32(b & 0x0F); minScalar = 0x800
            case 0xF0...0xF4: need = 3; scalar = UInt32(b & 0x07); minScalar = 0x10000
            default: return i
            }
            guard i + need < n else { return i }
            for k in 1...need {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += need + 1
        }
        return nil
    }
}
