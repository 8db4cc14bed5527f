/// Which column of the older table is which of the newer one.
extension TableRowDiff {
    /// The columns' and rows' changes from `old` to `new`, two versions of one table.
    package static func compare(_ old: ReadTable, _ new: ReadTable) -> (columns: [ColumnChange], rows: [RowChange]) {
        let (map, columnChanges) = columns(old, new)
        var mapped = map.enumerated().compactMap { o, n in n.map { (old: o, new: $0) } }
        // The key is the first column with text on either side.
        if let key = mapped.firstIndex(where: { !old.blank.contains($0.old) || !new.blank.contains($0.new) }) {
            mapped.insert(mapped.remove(at: key), at: 0)
        }
        guard !mapped.isEmpty else {
            return (columnChanges, new.rows.map { new.listed($0, kind: .added) } + old.rows.map { old.listed($0, kind: .removed) })
        }
        return (columnChanges, rows(old, new, mapped: mapped))
    }

    /// For each older column, the newer column it is (nil: removed), and what changed: columns are matched by name
    /// (ignoring case, in order among equal names), then the unmatched ones are renamed when as many are left on both
    /// sides, or when they stand at the same position. A table without names matches by position.
    package static func columns(_ old: ReadTable, _ new: ReadTable) -> (map: [Int?], changes: [ColumnChange]) {
        var map = [Int?](repeating: nil, count: old.columns.count)
        if old.unnamed || new.unnamed {
            for i in 0..<min(old.columns.count, new.columns.count) { map[i] = i }
        } else {
            var byName: [String: [Int]] = [:]
            for (j, name) in new.columns.enumerated() { byName[name.lowercased(), default: []].append(j) }
            for (i, name) in old.columns.enumerated() {
                guard let js = byName[name.lowercased()], let j = js.first else { continue }
                map[i] = j
                byName[name.lowercased()] = Array(js.dropFirst())
            }
            let taken = Set(map.compactMap { $0 })
            let freeOld = old.columns.indices.filter { map[$0] == nil }, freeNew = new.columns.indices.filter { !taken.contains($0) }
            if freeOld.count == freeNew.count {
                for (i, j) in zip(freeOld, freeNew) { map[i] = j }
            } else {
                for i in freeOld where freeNew.contains(i) { map[i] = i }
            }
        }
        let oldOf = Dictionary(map.enumerated().compactMap { o, n in n.map { ($0, o) } }, uniquingKeysWith: { a, _ in a })
        var changes: [ColumnChange] = []
        for (j, name) in new.columns.enumerated() {
            guard let i = oldOf[j] else {
                changes.append(ColumnChange(kind: .added, name: name))
                continue
            }
            // A table that gained or lost its header row names its columns now or then only: that is no renaming.
            if !old.unnamed && !new.unnamed && old.columns[i] != name {
                changes.append(ColumnChange(kind: .renamed, name: name, oldName: old.columns[i]))
            }
        }
        for (i, name) in old.columns.enumerated() where map[i] == nil { changes.append(ColumnChange(kind: .removed, name: name)) }
        return (map, changes)
    }
}
