import Mustache
import TrustsiteModel

/// One changed table of a section, as a redline entry (`tableRows`) lists it: its rows added, removed and changed.
/// Every field is answered for every item (if false or empty), so Mustache never looks in the enclosing contexts.
package struct TableRowsContext: MustacheParent {
    package var table: TableChange
    /// The element id of the list's title.
    package var id: String

    /// The changed tables between two versions of a section, nil when no table row or column changed (or the section
    /// was added or removed: its redline is all one change already). `id` starts each table's element id.
    package static func tables(old: Section?, new: Section?, id: String) -> [TableRowsContext]? {
        guard let old, let new else { return nil }
        let rows = TableRows(old: old.blocks, new: new.blocks)
        return rows.isEmpty ? nil : rows.tables.map { TableRowsContext(table: $0, id: "\(id)-rows-\($0.position)") }
    }

    package func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return table.title
        case "columns": return table.columnChanges.map(\.line)
        case "rows": return table.rows.map(RowChangeField.init)
        default: return nil
        }
    }
}

/// A row added, removed or changed.
package struct RowChangeField: MustacheParent {
    package var row: RowChange

    package func child(named name: String) -> Any? {
        switch name {
        case "kind": return row.kind.rawValue
        case "label": return row.kind.label
        case "isChanged": return row.kind == .changed
        case "key": return CellChange.shown(row.key)
        case "cellsText": return row.cellsText
        case "changes": return row.cellChanges.map(CellChangeField.init)
        default: return nil
        }
    }
}

/// A changed cell: both texts, or for a long one its words with `<del>` and `<ins>` (`wordsHTML`).
package struct CellChangeField: MustacheParent {
    package var cell: CellChange

    package func child(named name: String) -> Any? {
        switch name {
        case "column": return cell.column
        case "before": return cell.old
        case "after": return cell.new
        case "beforeEmpty": return cell.old.isEmpty
        case "afterEmpty": return cell.new.isEmpty
        case "isLong": return cell.isLong
        case "wordsHTML": return cell.isLong ? cell.wordsHTML : ""
        default: return nil
        }
    }
}

extension CellChange {
    /// A long cell's newer text with its deleted and inserted words marked.
    package var wordsHTML: String {
        words.map { run in
            switch run.kind {
            case .equal: return HTML.escape(run.text)
            case .delete: return "<del>" + HTML.escape(run.text) + "</del>"
            case .insert: return "<ins>" + HTML.escape(run.text) + "</ins>"
            }
        }.joined()
    }
}
