import TrustsiteModel

/// After a section's redline, its tables' rows added, removed and changed, one line each, keyed by the first column.
extension TerminalRedline {
    /// The row changes of `change`'s section between `old` and `new`: nothing when no table row or column changed, or
    /// when the section was added or removed (its redline is one change already).
    package func tableRows(_ change: SectionChange, old: Section?, new: Section?) -> TerminalText {
        guard change.textChanged, let old, let new else { return TerminalText() }
        var out = TerminalText()
        for table in TableRows(old: old.blocks, new: new.blocks).tables {
            out.append(table.title + ":", newlines: false)
            out.append("\n")
            for column in table.columnChanges {
                out.append("  " + column.line, newlines: false)
                out.append("\n")
            }
            for row in table.rows {
                out.append("  ")
                out.append(self.row(row))
                out.append("\n")
            }
        }
        return out
    }

    /// "Added: Clerkly — Single sign-on — USA"; a changed cell's texts in the redline's colours (or, for a long cell,
    /// its words marked as the redline marks them).
    package func row(_ row: RowChange) -> TerminalText {
        guard row.kind == .changed else { return TerminalText(row.line, newlines: false) }
        var out = TerminalText("\(row.kind.label): \(CellChange.shown(row.key))", newlines: false)
        for cell in row.cellChanges {
            out.append(" — \(cell.column): ", newlines: false)
            guard cell.isLong else {
                out.append(cell.old.isEmpty ? TerminalText("(empty)") : styledOnly(cell.old, .deleted))
                out.append(" → ")
                out.append(cell.new.isEmpty ? TerminalText("(empty)") : styledOnly(cell.new, .inserted))
                continue
            }
            for run in cell.words {
                switch run.kind {
                case .equal: out.append(run.text, newlines: false)
                case .delete: out.append(marked(run.text, .deleted, "[-", "-]"))
                case .insert: out.append(marked(run.text, .inserted, "{+", "+}"))
                }
            }
        }
        return out
    }

    /// `text` in `style` on a colour terminal, as it is otherwise: "Ireland → USA" needs no markers to be read.
    package func styledOnly(_ text: String, _ style: TerminalStyle) -> TerminalText { marked(text, style, "", "") }
}
