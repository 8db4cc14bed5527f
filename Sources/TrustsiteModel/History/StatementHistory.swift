/// A statement's section lineage across all versions and the diff of each version against the one before.
public struct StatementHistory: Sendable {
    /// For each version, each section's lineage key (parallel to `document.sections`).
    public var lineage: [[String]]
    /// `diffs[i]` compares version i-1 with version i; `diffs[0]` shows the first version as all added.
    public var diffs: [VersionDiff]

    /// Follows every section from the first version to the last (unless `lineage` has already).
    public init(_ versions: [Version], lineage known: [[String]]? = nil) {
        let lineage = known ?? Self.lineage(versions)
        self.lineage = lineage
        // Each diff needs only its two versions: in parallel, so a one-statement rebuild uses every core.
        diffs = Array(versions.indices).concurrentMap { i in
            let new = versions[i].document.sections
            let old = i > 0 ? versions[i - 1].document.sections : []
            return SectionDiffer.diff(old: old, oldLineage: i > 0 ? lineage[i - 1] : [], new: new, newLineage: lineage[i])
        }
    }

    /// Each version's lineage keys, parallel to its sections: a section matched to one of the version before it
    /// (`LineageMatcher`) keeps that one's key, any other gets a new key made from its id.
    package static func lineage(_ versions: [Version]) -> [[String]] {
        var lineage: [[String]] = []
        var used = Set<String>()
        func fresh(_ id: String) -> String {
            var key = id, k = 1
            while used.contains(key) { k += 1; key = "\(id)-v\(k)" }
            used.insert(key)
            return key
        }
        for (i, version) in versions.enumerated() {
            let sections = version.document.sections
            var keys = [String?](repeating: nil, count: sections.count)
            if i > 0 {
                for (o, n) in LineageMatcher.match(old: versions[i - 1].document.sections, new: sections) { keys[n] = lineage[i - 1][o] }
            }
            lineage.append(sections.indices.map { keys[$0] ?? fresh(sections[$0].id) })
        }
        return lineage
    }

    /// The diff of version `from` against version `to` (any two versions), matched by lineage. Splits are noted only
    /// between consecutive versions (`diffs`): over a span of versions, where a section's words went says little.
    public func diff(_ versions: [Version], from: Int, to: Int) -> VersionDiff {
        SectionDiffer.diff(
            old: versions[from].document.sections, oldLineage: lineage[from],
            new: versions[to].document.sections, newLineage: lineage[to], splits: to == from + 1)
    }

    /// The section with lineage `key` in the newest version that has it.
    public func latestSection(_ key: String, in versions: [Version]) -> Section? {
        for i in versions.indices.reversed() {
            if let s = lineage[i].firstIndex(of: key) { return versions[i].document.sections[s] }
        }
        return nil
    }
}

extension Section {
    /// The heading text, or "Opening text" for the text before the first heading ("Introduction" would read as a
    /// statement's own section of that name).
    public var displayTitle: String { title.isEmpty ? "Opening text" : title }
}
