extension String {
    /// The string, or nil when it is empty.
    package var nilIfEmpty: String? { isEmpty ? nil : self }

    /// The first `count` lines (between line feeds), without splitting the rest of the text.
    package func leadingLines(_ count: Int) -> [Substring] {
        var lines: [Substring] = []
        var start = utf8.startIndex
        while lines.count < count {
            guard let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                lines.append(self[start...])
                break
            }
            lines.append(self[start..<end])
            start = utf8.index(after: end)
        }
        return lines
    }

    /// The text between line feeds, found byte by byte: a `Character` split compares whole graphemes and costs a large
    /// build seconds. The same lines, as content is normalised to LF before it is split.
    package var lineFeedSplit: [Substring] {
        var text = self
        let offsets: [Int] = text.withUTF8 { bytes in
            var found: [Int] = []
            // An index loop: `enumerated()` costs a generic call per byte in a debug build (a quarter of the corpus tests).
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\n") { found.append(i) }
                i += 1
            }
            return found
        }
        // Offsets into UTF-8 text land on character boundaries here (a line feed is a whole character).
        let utf8 = utf8
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex, previous = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - previous)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
            previous = offset + 1
        }
        lines.append(self[start...])
        return lines
    }
}
