/// What changed in the tables of one section, row by row (a subprocessor list's "Added: Clerkly — Single sign-on — USA"),
/// beside the word-level redline. Rows are keyed by their first column's visible text; markup (emphasis, link targets)
/// is not a change here, as the redline shows it.
public struct TableRows: Hashable, Sendable {
    /// The tables that changed, in the newer version's order (a removed table where it stood).
    public var tables: [TableChange]

    /// Nothing changed in any row or column.
    public var isEmpty: Bool { tables.isEmpty }

    /// The row changes between the tables of `old` and `new` (a section's bodies, both versions).
    public init(old: [Block], new: [Block]) {
        tables = TableRowDiff.changes(old: TableRowDiff.tables(in: old), new: TableRowDiff.tables(in: new))
    }
}

/// One table's changes: its columns' and its rows'.
public struct TableChange: Hashable, Sendable {
    /// 1-based position among the section's tables (in the newer version; the older one for a removed table).
    public var position: Int
    /// How many tables the section holds (in the same version as `position`).
    public var count: Int
    /// The table's column names (the newer version's, for a removed table the older's).
    public var columns: [String]
    /// The text of a header row that is a caption above the real header row (one cell spanning the table), if any.
    public var caption: String?
    /// Whether the columns have names of their own (else they are called "Column 1", "Column 2"…).
    public var named = true
    /// Whether either version of the section holds more than one table, so each is named (`label`).
    public var isOneOfSeveral = false
    /// Columns added, removed or renamed.
    public var columnChanges: [ColumnChange]
    /// Rows added, then removed, then changed.
    public var rows: [RowChange]

    /// A short name for the table, for a section that holds more than one: its caption, else its columns.
    public var label: String {
        let name = caption ?? (named ? columns.filter { !$0.isEmpty }.joined(separator: ", ") : "")
        return "Table \(position) of \(count)" + (name.isEmpty ? "" : ": " + name)
    }
}

/// A column that appeared, disappeared or got another name.
public struct ColumnChange: Hashable, Sendable {
    /// What happened to the column.
    public enum Kind: String, Sendable { case added, removed, renamed }
    /// What happened to the column.
    public var kind: Kind
    /// Its name (the newer one when renamed).
    public var name: String
    /// Its older name when renamed.
    public var oldName: String?
}

/// A row that was added, removed or changed, named by its first column.
public struct RowChange: Hashable, Sendable {
    /// What happened to the row.
    public enum Kind: String, Sendable, CaseIterable { case added, removed, changed }
    /// What happened to the row.
    public var kind: Kind
    /// The first column's visible text (the newer one when it changed).
    public var key: String
    /// Every cell's visible text, in column order, the key first (added and removed rows).
    public var cells: [String]
    /// The cells whose visible text changed (changed rows), in the newer version's column order.
    public var cellChanges: [CellChange]
}

/// A cell whose visible text changed, named by its column.
public struct CellChange: Hashable, Sendable {
    /// The column's name in the newer version.
    public var column: String
    /// The older text ("" for an empty cell).
    public var old: String
    /// The newer text ("" for an empty cell).
    public var new: String
}

extension RowChange.Kind {
    /// The word shown to readers before the row ("Added").
    public var label: String {
        switch self {
        case .added: return "Added"
        case .removed: return "Removed"
        case .changed: return "Changed"
        }
    }
}
