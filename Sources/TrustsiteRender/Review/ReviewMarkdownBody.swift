import TrustsiteModel

/// A section's redline blocks as GitHub Markdown: `<del>`/`<ins>` in the text (GitHub keeps these tags), table rows
/// as a table, code as a `diff` block, unchanged paragraphs folded (or, at less detail, left out).
struct ReviewMarkdownBody {
    /// Fold unchanged paragraphs (else leave them out).
    var folding: Bool

    func text(_ blocks: [RedlineBlock]) -> String {
        var out = ""
        var i = 0
        while i < blocks.count {
            var end = i
            let changed = blocks[i].changed
            while end < blocks.count, blocks[end].changed == changed { end += 1 }
            let stretch = Array(blocks[i..<end])
            if changed {
                out += write(stretch)
            } else if !folding || stretch.count > 2 {
                let what = stretch.count == 1 ? "1 unchanged paragraph" : "\(stretch.count) unchanged paragraphs"
                out += folding ? "<details><summary>\(what)</summary>\n\n" + write(stretch) + "</details>\n\n" : "_… \(what) …_\n\n"
            } else {
                out += write(stretch)
            }
            i = end
        }
        return out
    }

    /// Blocks as Markdown, a blank line after each (table rows, being one table, after the last).
    func write(_ blocks: [RedlineBlock]) -> String {
        var out = ""
        var previousRow = false
        for block in blocks {
            let quote = String(repeating: "> ", count: block.quoteDepth)
            let indent = String(repeating: "  ", count: max(0, block.listDepth - 1))
            let lead = quote + (block.listDepth == 0 ? "" : block.startsItem ? indent + "- " : indent + "  ")
            switch block.kind {
            case .row(let header):
                if previousRow {
                    out.removeLast()  // the blank line: the row continues the table
                } else if !header {
                    // GitHub needs a header row to draw a table.
                    out += quote + "|" + String(repeating: " |", count: block.cells.count) + "\n"
                    out += quote + "|" + String(repeating: "---|", count: block.cells.count) + "\n"
                }
                out += quote + "| " + block.cells.map(inline).joined(separator: " | ") + " |\n"
                if header { out += quote + "|" + String(repeating: "---|", count: block.cells.count) + "\n" }
                out += "\n"
                previousRow = true
                continue
            case .code:
                out += code(block, quote: quote)
            case .heading:
                out += lead + "**" + inline(block.cells.first ?? []) + "**\n"
            case .rule:
                out += quote + "<hr>\n"
            case .paragraph:
                out += lead + inline(block.cells.first ?? []) + "\n"
            }
            out += "\n"
            previousRow = false
        }
        return out
    }

    func inline(_ runs: [RedlineRun]) -> String {
        runs.map { run in
            let text = MarkdownText.inline(run.text)
            switch run.op {
            case .equal: return text
            case .deleted: return text.isEmpty ? "" : "<del>" + text + "</del>"
            case .inserted: return text.isEmpty ? "" : "<ins>" + text + "</ins>"
            }
        }.joined()
    }

    /// A code block as a `diff` block: its older lines with `-`, its newer with `+`, those in both with a space.
    func code(_ block: RedlineBlock, quote: String) -> String {
        let runs = block.cells.first ?? []
        let old = runs.filter { $0.op != .inserted }.map(\.text).joined().split(separator: "\n", omittingEmptySubsequences: false)
        let new = runs.filter { $0.op != .deleted }.map(\.text).joined().split(separator: "\n", omittingEmptySubsequences: false)
        let longest = (old + new).map { line in line.split(separator: "`", omittingEmptySubsequences: false).count - 1 }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        var out = quote + fence + "diff\n"
        for run in SequenceDiff.runs(old.map(String.init), new.map(String.init)) {
            switch run.kind {
            case .equal: for i in run.new { out += quote + " " + new[i] + "\n" }
            case .delete: for i in run.old { out += quote + "-" + old[i] + "\n" }
            case .insert: for i in run.new { out += quote + "+" + new[i] + "\n" }
            }
        }
        return out + quote + fence + "\n"
    }

    /// Words inserted and deleted in `blocks`.
    static func wordCounts(_ blocks: [RedlineBlock]) -> (inserted: Int, deleted: Int) {
        var counts = (inserted: 0, deleted: 0)
        for run in blocks.flatMap({ $0.cells.joined() }) {
            let words = run.text.split(whereSeparator: \.isWhitespace).count
            if run.op == .inserted { counts.inserted += words } else if run.op == .deleted { counts.deleted += words }
        }
        return counts
    }
}
