/// A table as a reader sees it, for comparing rows: column names and each cell's visible text.
package struct ReadTable: Hashable, Sendable {
    /// The column names; "Column 2" for a column whose header cell is empty.
    package var columns: [String]
    /// No header cell has text (a table written without a header row): columns are known by position only.
    package var unnamed: Bool
    /// A header row with one cell of text above the real header row: a caption.
    package var caption: String?
    /// Each body row's cells, as many as there are columns.
    package var rows: [[String]]
    /// Columns without a name or any text (spacers in tables pasted from word processors): never shown, never a key.
    package var blank: Set<Int>

    /// Reads `table`. A header row with at most one cell of text (empty, or a caption), as in tables pasted from word
    /// processors, is followed by any rows with one bold or emphasised cell (more captions) and then, when every cell
    /// of text of the next row is bold or emphasised, by the real header row.
    package init(_ table: Table) {
        let header = table.header.map(\.visibleText)
        var body = table.rows
        var names = header
        var captions = header.filter { !$0.isEmpty }
        if header.count > 1, captions.count <= 1 {
            let extra = body.prefix { row in row.filter { !$0.visibleText.isEmpty }.count == 1 && Self.looksLikeHeader(row, cells: 1) }
            captions += extra.map { $0.map(\.visibleText).joined() }
            body.removeFirst(extra.count)
            // Right under a caption in the header row, a row with text in every cell is the header too (bold or not).
            let underCaption = captions.count == 1 && extra.isEmpty
            if let first = body.first, Self.looksLikeHeader(first) || (underCaption && first.allSatisfy { !$0.visibleText.isEmpty }) {
                names = first.map(\.visibleText)
                body.removeFirst()
            }
            caption = captions.first
        }
        unnamed = names.allSatisfy(\.isEmpty)
        columns = names.enumerated().map { $1.isEmpty ? "Column \($0 + 1)" : $1 }
        let rows = body.map { $0.map(\.visibleText) }
        self.rows = rows
        blank = Set(names.indices.filter { c in names[c].isEmpty && rows.allSatisfy { $0[c].isEmpty } })
    }

    /// The column rows are known by: the first that is not blank.
    package var keyColumn: Int { columns.indices.first { !blank.contains($0) } ?? 0 }

    /// An added or removed row as listed: its key first, then its other cells but the blank ones.
    package func listed(_ row: [String], kind: RowChange.Kind) -> RowChange {
        let key = keyColumn
        let cells = [row[key]] + row.indices.filter { $0 != key && !blank.contains($0) }.map { row[$0] }
        return RowChange(kind: kind, key: row[key], cells: cells, cellChanges: [])
    }

    /// Whether a body row reads as a header: at least `cells` cells of text (all of them in a narrower table), each
    /// wholly bold or emphasised.
    package static func looksLikeHeader(_ row: [[Inline]], cells: Int = 2) -> Bool {
        let filled = row.filter { !$0.visibleText.isEmpty }
        guard filled.count >= min(cells, row.count) else { return false }
        return filled.allSatisfy { cell in
            let content = cell.filter {
                if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) } else { return $0 != .softBreak }
            }
            guard content.count == 1 else { return false }
            switch content[0] {
            case .strong, .emphasis: return true
            default: return false
            }
        }
    }
}

extension [Inline] {
    /// The visible text with runs of white space (line breaks and no-break spaces too) made one space, trimmed.
    package var visibleText: String { plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
