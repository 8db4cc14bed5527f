/// What each section's history looks like across a statement's versions: when it last changed, the ids it
/// had before, and every version that changed it. Derived once from `StatementHistory`.
public struct StatementTimeline: Sendable {
    /// One change to one logical section.
    public struct Event: Sendable {
        /// The version that made the change.
        public var version: Int
        /// The change, as listed in that version's diff.
        public var change: SectionChange
        /// How much changed, 0...1 (1 for added or removed).
        public var amount: Double
    }

    /// `lastChanged[i][s]`: the index of the version that last changed section `s` of version `i`.
    public var lastChanged: [[Int]]
    /// `aliases[i][s]`: ids section `s` of version `i` had in earlier versions, oldest first, without its own.
    public var aliases: [[[String]]]
    /// Every change to each lineage, oldest first.
    public var events: [String: [Event]]
    /// Lineage keys in order of first appearance.
    public var lineages: [String]

    /// Walks the diffs once, oldest version first.
    public init(versions: [Version], history: StatementHistory) {
        var last: [String: Int] = [:]
        var events: [String: [Event]] = [:], lineages: [String] = []
        lastChanged = []
        for (i, diff) in history.diffs.enumerated() {
            for change in diff.changes where change.kind != .unchanged {
                if events[change.lineage] == nil { lineages.append(change.lineage) }
                events[change.lineage, default: []].append(Event(version: i, change: change, amount: Self.amount(change, versions, i)))
                // A section only renumbered still reads as it did: its "last changed" stays.
                if change.new != nil && change.kind != .renumbered { last[change.lineage] = i }
            }
            lastChanged.append(history.lineage[i].map { last[$0] ?? i })
        }
        aliases = Self.aliases(versions, lineage: history.lineage)
        self.events = events
        self.lineages = lineages
    }

    /// `aliases` of `versions` whose sections have the lineage keys `lineage`: for each section, the ids its lineage
    /// had in earlier versions. Needs no diffs, so the link checks find the same old ids the pages keep as anchors.
    package static func aliases(_ versions: [Version], lineage: [[String]]) -> [[[String]]] {
        var ids: [String: [String]] = [:]
        return versions.indices.map { i in
            let sections = versions[i].document.sections
            return sections.indices.map { s in
                let key = lineage[i][s]
                if ids[key]?.last != sections[s].id { ids[key, default: []].append(sections[s].id) }
                return Array(Set(ids[key, default: []].dropLast())).filter { $0 != sections[s].id }.sorted()
            }
        }
    }

    /// 1 − word similarity of the two sides, so a one-word edit in a long section is a light change.
    package static func amount(_ change: SectionChange, _ versions: [Version], _ i: Int) -> Double {
        guard let o = change.old, let n = change.new, i > 0 else { return 1 }
        let a = versions[i - 1].document.sections[o], b = versions[i].document.sections[n]
        let similarity = WordCounts(a, withTitle: true).similarity(WordCounts(b, withTitle: true))
        return max(0.05, 1 - similarity)
    }
}
