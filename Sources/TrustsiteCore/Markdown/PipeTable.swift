import Foundation

/// GFM pipe tables: cmark (without the GFM extensions) leaves them as paragraphs; cells are parsed by cmark as inlines.
enum PipeTable {
    /// A table when the paragraph's second line is a delimiter row matching the header's cell count.
    static func recognise(_ lines: [Substring]) -> Table? {
        guard lines.count >= 2, lines[0].contains("|") else { return nil }
        let header = cells(lines[0])
        let delimiter = cells(lines[1])
        guard header.count == delimiter.count, let alignments = alignments(delimiter) else { return nil }
        let rows = lines.dropFirst(2).map { line -> [[Inline]] in
            var rowCells = cells(line)
            if rowCells.count < header.count { rowCells += Array(repeating: "", count: header.count - rowCells.count) }
            return rowCells.prefix(header.count).map { MarkdownParser.parseInlines(String($0)) }
        }
        return Table(alignments: alignments, header: header.map { MarkdownParser.parseInlines(String($0)) }, rows: rows)
    }

    static func alignments(_ cells: [Substring]) -> [String?]? {
        var out: [String?] = []
        for cell in cells {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            out.append(left && right ? "center" : right ? "right" : left ? "left" : nil)
        }
        return out
    }

    /// Splits a row at unescaped pipes outside code spans; leading and trailing pipes are optional.
    static func cells(_ line: Substring) -> [Substring] {
        var row = line.trimmingCharacters(in: " \t")
        if row.hasPrefix("|") { row = row.dropFirst() }
        if row.hasSuffix("|") && !row.hasSuffix("\\|") { row = row.dropLast() }
        var out: [Substring] = []
        var start = row.startIndex
        var i = row.startIndex
        var inCode = false
        while i < row.endIndex {
            let c = row[i]
            if c == "\\" {
                i = row.index(after: i)
                if i < row.endIndex { i = row.index(after: i) }
                continue
            }
            if c == "`" { inCode.toggle() }
            if c == "|" && !inCode {
                out.append(row[start..<i].trimmingCharacters(in: " \t"))
                start = row.index(after: i)
            }
            i = row.index(after: i)
        }
        out.append(row[start..<row.endIndex].trimmingCharacters(in: " \t"))
        return out.map { Substring($0.replacingOccurrences(of: "\\|", with: "|")) }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
