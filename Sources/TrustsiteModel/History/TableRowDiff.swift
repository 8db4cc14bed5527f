/// Compares the tables of two versions of a section: which table is which, then their columns and rows.
package enum TableRowDiff {
    /// The tables of `blocks` in reading order, those inside quotes and lists included.
    package static func tables(in blocks: [Block]) -> [Table] {
        var out: [Table] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table): out.append(table)
                case .blockQuote(let children): walk(children)
                case .list(_, let items): items.forEach(walk)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }

    /// The changed tables: paired (`pairs`), then compared; a table without a partner has all its rows added or removed.
    package static func changes(old: [Table], new: [Table]) -> [TableChange] {
        let (a, b) = (old.map(ReadTable.init), new.map(ReadTable.init))
        let pairs = self.pairs(a, b)
        var out: [(order: Double, change: TableChange)] = []
        for (n, table) in b.enumerated() {
            var change = TableChange(
                position: n + 1, count: b.count, columns: table.columns, caption: table.caption, named: !table.unnamed, columnChanges: [],
                rows: [])
            if let o = pairs[n] {
                (change.columnChanges, change.rows) = compare(a[o], table)
            } else {
                change.rows = table.rows.map { table.listed($0, kind: .added) }
            }
            if !change.columnChanges.isEmpty || !change.rows.isEmpty { out.append((Double(n), change)) }
        }
        let paired = Set(pairs.compactMap { $0 })
        for (o, table) in a.enumerated() where !paired.contains(o) && !table.rows.isEmpty {
            let rows = table.rows.map { table.listed($0, kind: .removed) }
            let change = TableChange(
                position: o + 1, count: a.count, columns: table.columns, caption: table.caption, named: !table.unnamed, columnChanges: [],
                rows: rows)
            // A removed table stands after the newer tables paired with older ones before it.
            let before = pairs.enumerated().filter { ($0.element ?? Int.max) < o }.map(\.offset).max()
            out.append(((before.map(Double.init) ?? -1) + 0.5, change))
        }
        let several = a.count > 1 || b.count > 1
        return out.sorted { $0.order < $1.order }.map { item in
            var change = item.change
            change.isOneOfSeveral = several
            return change
        }
    }

    /// For each newer table, the older table it is: by position when both versions hold as many tables, else the one
    /// sharing the most column names and row keys (at least one).
    package static func pairs(_ old: [ReadTable], _ new: [ReadTable]) -> [Int?] {
        if old.count == new.count { return Array(old.indices) }
        var out = [Int?](repeating: nil, count: new.count)
        var free = Set(old.indices)
        for (n, table) in new.enumerated() {
            let keys = Set(table.rows.map { $0[table.keyColumn] }), names = Set(table.columns)
            let best = free.sorted().map { o in
                (o, keys.intersection(old[o].rows.map { $0[old[o].keyColumn] }).count + names.intersection(old[o].columns).count)
            }.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }
            if let (o, shared) = best, shared > 0 {
                out[n] = o
                free.remove(o)
            }
        }
        return out
    }
}
