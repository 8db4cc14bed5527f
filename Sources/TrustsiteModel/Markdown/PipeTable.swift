import Foundation

/// GFM pipe tables: cmark (without the GFM extensions) leaves them as paragraphs; each cell is inline content.
package enum PipeTable {
    /// The index of the header row: the first line followed by a delimiter row with as many cells; nil when none.
    package static func headerIndex(_ lines: [Substring]) -> Int? {
        guard lines.count >= 2 else { return nil }
        for i in 0..<(lines.count - 1) where lines[i].contains("|") && lines[i + 1].contains("-") {
            let delimiter = cells(lines[i + 1])
            if cells(lines[i]).count == delimiter.count, alignments(delimiter) != nil { return i }
        }
        return nil
    }

    /// The table whose header row is `lines`' first: `cell` turns a cell's text and its row (0: the header,
    /// 1: the delimiter row, then the body rows) into inlines.
    package static func table(_ lines: ArraySlice<Substring>, cell: (Substring, Int) -> [Inline]) -> Table {
        let first = lines.startIndex
        let header = cells(lines[first])
        let rows = lines.dropFirst(2).enumerated().map { offset, line -> [[Inline]] in
            var rowCells = cells(line)
            if rowCells.count < header.count { rowCells += Array(repeating: "", count: header.count - rowCells.count) }
            return rowCells.prefix(header.count).map { cell($0, offset + 2) }
        }
        return Table(
            alignments: alignments(cells(lines[first + 1])) ?? [], header: header.map { cell($0, 0) }, rows: rows)
    }

    package static func alignments(_ cells: [Substring]) -> [String?]? {
        var out: [String?] = []
        for cell in cells {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            out.append(left && right ? "center" : right ? "right" : left ? "left" : nil)
        }
        return out
    }

    /// `line` without the `>` markers of the `depth` block quotes around the paragraph it belongs to.
    package static func strippingQuoteMarkers(_ line: Substring, depth: Int) -> Substring {
        var rest = line
        for _ in 0..<depth {
            let trimmed = rest.drop { $0 == " " || $0 == "\t" }
            guard trimmed.first == ">" else { break }
            rest = trimmed.dropFirst()
        }
        return rest
    }

    /// Splits a row at unescaped pipes (inside code spans too, as GFM does); leading and trailing pipes are optional.
    package static func cells(_ line: Substring) -> [Substring] {
        var row = line.trimmingCharacters(in: " \t")
        if row.hasPrefix("|") { row = row.dropFirst() }
        if row.hasSuffix("|") && !row.hasSuffix("\\|") { row = row.dropLast() }
        var out: [Substring] = []
        var start = row.startIndex
        var i = row.startIndex
        while i < row.endIndex {
            let c = row[i]
            if c == "\\" {
                i = row.index(after: i)
                if i < row.endIndex { i = row.index(after: i) }
                continue
            }
            if c == "|" {
                out.append(row[start..<i].trimmingCharacters(in: " \t"))
                start = row.index(after: i)
            }
            i = row.index(after: i)
        }
        out.append(row[start..<row.endIndex].trimmingCharacters(in: " \t"))
        // Slices of `line`, so a cell's column can be found; `\|` is unescaped when the cell is parsed.
        return out
    }
}

extension Substring {
    package func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
