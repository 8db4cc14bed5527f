/// A cheap scan of YAML text before Yams composes it. Front matter needs no anchors or aliases, and a handful of
/// aliases can expand exponentially ("billion laughs"); Yams hashes mapping keys to find duplicates, so an alias
/// bomb used as a key would hang the build. Counting aliases first keeps every input fast.
enum YAMLGuard {
    /// Aliases to defined anchors allowed before the text is refused; 16 aliases expand to a few hundred nodes at most.
    static let maxAliases = 16

    /// The 1-based line and column of the first alias beyond `maxAliases`, or nil when the text is safe to compose.
    static func firstExcessAlias(_ yaml: String) -> (line: Int, column: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var anchors = Set<Substring>()
        var aliases = 0
        var quote: UInt8?
        for (index, line) in yaml.lineFeedSplit.enumerated() {
            for token in tokens(line, quote: &quote) {
                if token.sigil == UInt8(ascii: "&") {
                    anchors.insert(token.name)
                } else if anchors.contains(token.name) {
                    aliases += 1
                    if aliases > maxAliases { return (index + 1, token.column) }
                }
            }
        }
        return nil
    }

    /// The `&name` and `*name` tokens of one line, outside quoted scalars and comments; `quote` carries an open quote across lines.
    static func tokens(_ line: Substring, quote: inout UInt8?) -> [(sigil: UInt8, name: Substring, column: Int)] {
        let bytes = Array(line.utf8)
        var out: [(UInt8, Substring, Int)] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if let open = quote {
                if b == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") { i += 2; continue }
                if b == open { quote = nil }
                i += 1
                continue
            }
            let atTokenStart = i == 0 || " \t[{,:-?".utf8.contains(bytes[i - 1])
            guard atTokenStart else { i += 1; continue }
            if b == UInt8(ascii: "#") { break }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b; i += 1; continue }
            if b == UInt8(ascii: "&") || b == UInt8(ascii: "*") {
                var end = i + 1
                while end < bytes.count, !" \t,[]{}".utf8.contains(bytes[end]) { end += 1 }
                if end > i + 1 {
                    let start = line.utf8.index(line.utf8.startIndex, offsetBy: i + 1)
                    let stop = line.utf8.index(line.utf8.startIndex, offsetBy: end)
                    out.append((b, line[start..<stop], i + 1))
                }
                i = end
                continue
            }
            i += 1
        }
        return out
    }
}
