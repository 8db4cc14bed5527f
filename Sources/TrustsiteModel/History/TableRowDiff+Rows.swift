/// Which row of the older table is which of the newer one, by the key column's text.
extension TableRowDiff {
    /// The rows added, removed and changed. `mapped` pairs the older and newer columns that are the same column (in
    /// the older order); the first is the key (`mapped` is not empty). Rows with the same key pair up identical ones first, then those sharing
    /// the most cells (so duplicate keys, such as one company listed for two domains, pair sensibly); a row left over on
    /// both sides whose other cells all stayed (at least one with text) had its key changed.
    package static func rows(_ oldTable: ReadTable, _ newTable: ReadTable, mapped: [(old: Int, new: Int)]) -> [RowChange] {
        let (old, new, key) = (oldTable.rows, newTable.rows, mapped[0])
        func equalCells(_ o: Int, _ n: Int) -> Int { mapped.reduce(0) { $0 + (old[o][$1.old] == new[n][$1.new] ? 1 : 0) } }
        var oldByKey: [String: [Int]] = [:]
        for (o, row) in old.enumerated() { oldByKey[row[key.old], default: []].append(o) }
        var partner = [Int?](repeating: nil, count: new.count)
        var newByKey: [String: [Int]] = [:], keyOrder: [String] = []
        for (n, row) in new.enumerated() {
            if newByKey[row[key.new]] == nil { keyOrder.append(row[key.new]) }
            newByKey[row[key.new], default: []].append(n)
        }
        for k in keyOrder {
            var free = oldByKey[k] ?? []
            var unmatched: [Int] = []
            for n in newByKey[k] ?? [] {
                if let at = free.firstIndex(where: { equalCells($0, n) == mapped.count }) {
                    partner[n] = free.remove(at: at)
                } else {
                    unmatched.append(n)
                }
            }
            for n in unmatched where !free.isEmpty {
                var best = 0
                for at in free.indices.dropFirst() where equalCells(free[at], n) > equalCells(free[best], n) { best = at }
                partner[n] = free.remove(at: best)
            }
        }
        var paired = Set(partner.compactMap { $0 })
        // A renamed key: the other cells all stayed.
        let others = mapped.dropFirst()
        var leftOver: [[String]: [Int]] = [:]
        for o in old.indices.reversed() where !paired.contains(o) { leftOver[others.map { old[o][$0.old] }, default: []].append(o) }
        for n in new.indices where partner[n] == nil && others.contains(where: { !new[n][$0.new].isEmpty }) {
            guard let o = leftOver[others.map { new[n][$0.new] }]?.popLast() else { continue }
            partner[n] = o
            paired.insert(o)
        }
        var added: [RowChange] = [], changed: [RowChange] = []
        let byNewColumn = mapped.sorted { $0.new < $1.new }
        for (n, row) in new.enumerated() {
            guard let o = partner[n] else {
                added.append(newTable.listed(row, kind: .added))
                continue
            }
            let cellChanges = byNewColumn.filter { old[o][$0.old] != row[$0.new] }.map {
                CellChange(column: newTable.columns[$0.new], old: old[o][$0.old], new: row[$0.new])
            }
            if !cellChanges.isEmpty { changed.append(RowChange(kind: .changed, key: row[key.new], cells: [], cellChanges: cellChanges)) }
        }
        let removed = old.indices.filter { !paired.contains($0) }.map { oldTable.listed(old[$0], kind: .removed) }
        return added + removed + changed
    }
}
