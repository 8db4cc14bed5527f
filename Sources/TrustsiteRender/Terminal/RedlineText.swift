import TrustsiteModel

/// Writes a section's redline as terminal text: a line per block (a dash for a list item; a table row on one line,
/// `│` between its cells, said to be added, removed or changed), deletions and insertions as `[-…-]`/`{+…+}`
/// markers or in ANSI colours (red struck through, green underlined).
package struct RedlineText {
    package var color: Bool

    /// `terminalText(blocks)` as it is written.
    package func text(_ blocks: [RedlineBlock]) -> String { terminalText(blocks).rendered }

    /// The redline's text; its words go through `TerminalText`, so they cannot carry escape sequences of their own.
    package func terminalText(_ blocks: [RedlineBlock]) -> TerminalText {
        var lines: [String] = []
        for block in blocks {
            var text = TerminalText()
            if case .row = block.kind {
                text = row(block)
            } else {
                for run in block.cells.first ?? [] { append(run, to: &text) }
            }
            // Blank lines say nothing in a terminal: each block's non-blank lines, the first with the item's dash.
            let parts = text.rendered.split(separator: "\n").map(\.trimmingTrailingBlanks).filter { !$0.isEmpty }
            for (i, part) in parts.enumerated() {
                let dash = i == 0 && block.startsItem ? String(repeating: "  ", count: max(0, block.listDepth - 1)) + "- " : ""
                lines.append(dash + part)
            }
        }
        // Made only of terminal text and trustsite's own markers.
        return TerminalText(safe: lines.joined(separator: "\n"))
    }

    /// A table row on one line, after what happened to it when it changed.
    func row(_ block: RedlineBlock) -> TerminalText {
        var (plain, deleted, inserted) = (false, false, false)
        var cells = TerminalText()
        for (i, cell) in block.cells.enumerated() {
            cells.append(i == 0 ? "│ " : " │ ")
            for run in cell {
                if run.text.contains(where: { !$0.isWhitespace }) {
                    switch run.op {
                    case .equal: plain = true
                    case .deleted: deleted = true
                    case .inserted: inserted = true
                    }
                }
                append(run, to: &cells)
            }
        }
        cells.append(" │")
        var line = TerminalText()
        if deleted || inserted {
            line.append(plain || (deleted && inserted) ? "row changed: " : inserted ? "row added: " : "row removed: ")
        }
        line.append(cells)
        return line
    }

    /// A run, marked as deleted or inserted when it is.
    func append(_ run: RedlineRun, to out: inout TerminalText) {
        guard run.op != .equal else { return out.append(run.text) }
        guard !run.text.isEmpty else { return }
        if color { out.append(run.op == .deleted ? .deleted : .inserted) } else { out.append(run.op == .deleted ? "[-" : "{+") }
        out.append(run.text)
        if color { out.append(.reset) } else { out.append(run.op == .deleted ? "-]" : "+}") }
    }
}
