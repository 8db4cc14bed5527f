import TrustsiteModel

/// How row changes read as text, the same on the changes page, in notices and in `trustsite diff`.
extension RowChange {
    /// "Clerkly — Single sign-on — USA": the cells of an added or removed row, an empty one as "(empty)".
    package var cellsText: String { cells.map(CellChange.shown).joined(separator: " — ") }

    /// The whole line without markup: "Added: Clerkly — Single sign-on — USA",
    /// "Changed: Mailfast — Location: Ireland → USA".
    package var line: String {
        guard kind == .changed else { return "\(kind.label): \(cellsText)" }
        let cells = cellChanges.map { "\($0.column): \(CellChange.shown($0.old)) → \(CellChange.shown($0.new))" }
        return "\(kind.label): " + ([CellChange.shown(key)] + cells).joined(separator: " — ")
    }
}

extension CellChange {
    /// A cell's text as shown: "(empty)" for an empty cell.
    package static func shown(_ text: String) -> String { text.isEmpty ? "(empty)" : text }

    /// Longer cells (a paragraph, not a name or a place) are shown as a word-level redline of the newer text rather
    /// than the two texts side by side, whose difference a reader would have to hunt for.
    package var isLong: Bool { old.count > 80 || new.count > 80 }

    /// The words of a long cell's change: runs kept, deleted and inserted, in reading order.
    package var words: [(kind: DiffRun.Kind, text: String)] {
        let (a, b) = (WordTokenizer.tokens(old), WordTokenizer.tokens(new))
        return SequenceDiff.runs(a, b).map { run in
            (run.kind, (run.kind == .insert ? b[run.new] : a[run.old]).joined())
        }
    }
}

extension ColumnChange {
    /// "Column added: Lifespan", "Column renamed: Location → Country".
    package var line: String {
        switch kind {
        case .added: return "Column added: \(name)"
        case .removed: return "Column removed: \(name)"
        case .renamed: return "Column renamed: \(oldName ?? "") → \(name)"
        }
    }
}

extension TableChange {
    /// The heading over a table's changes: "Table rows", naming the table when its section holds several.
    package var title: String { isOneOfSeveral ? "Table rows (\(label))" : "Table rows" }
}
