/// An old section whose text went to two (or three) new sections: the one lineage pairs it with and one or two that
/// lineage calls added. Found after lineage, from the words alone, so it never changes which sections are paired or
/// what kind of change each is: it is a note beside them ("split into “A” and “B”").
public struct SectionSplit: Sendable, Hashable {
    /// The old section's index.
    public var old: Int
    /// The new section lineage pairs it with.
    public var paired: Int
    /// The new sections its text went to, in reading order: the one it is paired with and the added ones.
    public var into: [Int]

    /// The shortest old section (in words) that is called split: a sentence or two is too little to tell.
    package static let minimumWords = 20
    /// The share of the old section's words an added section must hold, beyond those its partner kept.
    package static let partShare = 0.3
    /// The share of the old section's words the partner must keep: a section emptied into another was moved, not split.
    package static let keptShare = 0.3
    /// The share of the old section's words all the parts together must hold.
    package static let coverShare = 0.7
    /// The share of an added section's words that must come from the old section (not a new section that quotes it).
    package static let fromShare = 0.5

    /// "split into “A” and “B”" for the part `part` (a new section's index); an added part whose old section had another
    /// heading says "split from “Old” into “A” and “B”" (the paired part says "renamed from" already).
    public func note(old: [Section], new: [Section], part: Int?) -> String {
        let titles = into.map { "“\(new[$0].displayTitle)”" }
        let names = titles.dropLast().joined(separator: ", ") + " and " + titles.last!
        let was = old[self.old]
        let from = part == paired || was.title == new[paired].title ? "" : " from “\(was.displayTitle)”"
        return "split\(from) into \(names)"
    }

    /// The splits among `changes` (sections of `old` and `new`), each set on the paired change and its added parts.
    package static func annotate(_ changes: inout [SectionChange], old: [Section], new: [Section]) {
        let added = changes.indices.filter { changes[$0].old == nil && changes[$0].new != nil }
        let paired = changes.indices.filter { changes[$0].old != nil && changes[$0].new != nil && changes[$0].textChanged }
        guard !added.isEmpty, !paired.isEmpty else { return }
        // A part headed like a section of the old version (twins, such as a "Learn more" under every topic) is that
        // section's twin or its return, not a split: repeated boilerplate cannot tell the words of one from another's.
        let oldTitles = Set(old.map { LineageMatcher.normalised($0.title) })
        let addedBags = added.map { a -> WordBag in
            let section = new[changes[a].new!]
            let twin = oldTitles.contains(LineageMatcher.normalised(section.title))
            return twin ? WordBag(hashes: [], counts: []) : WordBag(WordCounts(section))
        }
        // Each added section goes to the old section that gave it the largest share; ties to the earlier one.
        var best: [Int: (share: Double, pair: Int)] = [:]
        var kept: [Int: Double] = [:]
        for p in paired {
            let words = WordBag(WordCounts(old[changes[p].old!]))
            guard words.total >= minimumWords else { continue }
            let partner = WordBag(WordCounts(new[changes[p].new!]))
            let left = words.minus(partner)
            let keptShare = Double(words.total - left.total) / Double(words.total)
            guard keptShare >= Self.keptShare else { continue }
            kept[p] = keptShare
            for (j, bag) in addedBags.enumerated() where bag.total > 0 {
                let common = Double(left.common(bag))
                let share = common / Double(words.total)
                guard share >= partShare, common / Double(bag.total) >= fromShare, share > (best[j]?.share ?? 0) else { continue }
                best[j] = (share, p)
            }
        }
        var parts: [Int: [(share: Double, added: Int)]] = [:]
        for (j, found) in best { parts[found.pair, default: []].append((found.share, added[j])) }
        for (p, found) in parts where kept[p]! + found.reduce(0) { $0 + $1.share } >= coverShare {
            let into = ([changes[p].new!] + found.map { changes[$0.added].new! }).sorted()
            guard Set(into.map { LineageMatcher.normalised(new[$0].title) }).count == into.count else { continue }
            let split = SectionSplit(old: changes[p].old!, paired: changes[p].new!, into: into)
            changes[p].split = split
            for f in found { changes[f.added].split = split }
        }
    }
}
