import TrustsiteModel

/// The fields templates read to list a section's table rows added, removed and changed (`partials/table-rows`).
package enum TableRowsContext {
    /// The row changes between two versions of a section, nil when no table row or column changed (or the section was
    /// added or removed: its redline is all one change already). `id` starts each table's element id.
    package static func tables(old: Section?, new: Section?, id: String) -> [Context]? {
        guard let old, let new else { return nil }
        let rows = TableRows(old: old.blocks, new: new.blocks)
        return rows.isEmpty ? nil : tables(rows, id: id)
    }

    /// One context per changed table. Every list item has every key (if false or empty): a key missing from a list
    /// item makes Mustache search the enclosing contexts.
    package static func tables(_ rows: TableRows, id: String) -> [Context] {
        rows.tables.map { table in
            [
                "id": "\(id)-rows-\(table.position)", "title": table.title,
                "columns": table.columnChanges.map { ["line": $0.line] as Context },
                "rows": table.rows.map { row in
                    [
                        "kind": row.kind.rawValue, "label": row.kind.label, "isChanged": row.kind == .changed,
                        "key": CellChange.shown(row.key), "cellsText": row.cellsText,
                        "changes": row.cellChanges.map(change),
                    ] as Context
                },
            ] as Context
        }
    }

    /// A changed cell: both texts, or for a long one its words with `<del>` and `<ins>` (`wordsHTML`).
    package static func change(_ cell: CellChange) -> Context {
        [
            "column": cell.column, "before": cell.old, "after": cell.new,
            "beforeEmpty": cell.old.isEmpty, "afterEmpty": cell.new.isEmpty,
            "isLong": cell.isLong, "wordsHTML": cell.isLong ? wordsHTML(cell) : "",
        ]
    }

    /// A long cell's newer text with its deleted and inserted words marked.
    package static func wordsHTML(_ cell: CellChange) -> String {
        cell.words.map { run in
            switch run.kind {
            case .equal: return HTML.escape(run.text)
            case .delete: return "<del>" + HTML.escape(run.text) + "</del>"
            case .insert: return "<ins>" + HTML.escape(run.text) + "</ins>"
            }
        }.joined()
    }
}
