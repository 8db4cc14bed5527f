/// Matches each section of a version to its predecessor: same id, else same heading text, else a rename
/// (body similar), else added/removed; twins are paired in order.
public enum LineageMatcher {
    /// Pairs of (old index, new index) for consecutive versions.
    public static func match(old: [Section], new: [Section]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var oldFree = Set(old.indices), newFree = Set(new.indices)
        func take(_ o: Int, _ n: Int) {
            pairs.append((o, n))
            oldFree.remove(o)
            newFree.remove(n)
        }
        let oldByID = Dictionary(old.indices.map { (old[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        for n in new.indices { if let o = oldByID[new[n].id] { take(o, n) } }
        // Same heading text: twins (`## FAQ` twice) pair up in order.
        var oldByTitle: [String: [Int]] = [:]
        for o in old.indices where oldFree.contains(o) { oldByTitle[normalised(old[o].title), default: []].append(o) }
        for n in new.indices where newFree.contains(n) {
            let key = normalised(new[n].title)
            if var candidates = oldByTitle[key], !candidates.isEmpty {
                take(candidates.removeFirst(), n)
                oldByTitle[key] = candidates
            }
        }
        pairs += renames(old: old, new: new, oldFree: oldFree, newFree: newFree)
        return pairs.sorted { $0.1 < $1.1 }
    }

    /// Unmatched sections whose bodies (or, for bodiless ones, headings) are similar, best pairs first (`RenameMatcher`).
    package static func renames(old: [Section], new: [Section], oldFree: Set<Int>, newFree: Set<Int>) -> [(Int, Int)] {
        guard !oldFree.isEmpty, !newFree.isEmpty else { return [] }
        var matcher = RenameMatcher(old: old, new: new, oldFree: oldFree, newFree: newFree)
        return matcher.pairs()
    }

    /// Heading text compared without case and spacing differences.
    package static func normalised(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension WordCounts {
    /// A section's words (with its heading when asked, or when the body is too short to judge), for rename detection.
    package init(_ section: Section, withTitle: Bool = false) {
        var text = section.blocks.plainText
        if withTitle || text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).count < 3 {
            text += " " + section.title
        }
        self.init(text: text)
    }
}
