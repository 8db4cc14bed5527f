import Foundation

/// The history page's heat-map: an inline SVG with a row per section and a column per version; the shade is
/// how much the section changed, added and removed are marked, and every changed cell links to its redline.
struct HeatMap {
    let statement: Statement
    let changes: StatementChanges
    /// The page the links are relative to.
    let page: String

    static let cell = 14, gap = 2, labelWidth = 220, header = 18

    /// Rows: the current version's sections in order, then sections no longer present, in order of first appearance.
    var rows: [String] {
        let current = changes.history.lineage[statement.currentIndex]
        return current + changes.timeline.lineages.filter { !current.contains($0) }
    }

    func svg() -> String {
        let rows = self.rows, columns = statement.versions.count
        let step = Self.cell + Self.gap
        let width = Self.labelWidth + columns * step, height = Self.header + rows.count * step
        var out =
            "<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-label=\"Changes per section and version\">\n"
        for (c, version) in statement.versions.enumerated() where c % max(1, columns / 12) == 0 || c == columns - 1 {
            out +=
                "<text class=\"hm-col\" x=\"\(Self.labelWidth + c * step + Self.cell / 2)\" y=\"12\" text-anchor=\"middle\">\(version.date.year % 100 < 10 ? "0" : "")\(version.date.year % 100)</text>\n"
        }
        var presence = [String: Set<Int>]()
        for (i, keys) in changes.history.lineage.enumerated() { for key in keys { presence[key, default: []].insert(i) } }
        for (r, key) in rows.enumerated() {
            let y = Self.header + r * step
            let title = titleOf(key)
            out +=
                "<text class=\"hm-row\" x=\"\(Self.labelWidth - 6)\" y=\"\(y + Self.cell - 3)\" text-anchor=\"end\">\(HTML.escape(Self.clip(title)))</text>\n"
            // A section only renumbered is drawn as unchanged: its text is what it was.
            let events = Dictionary(
                (changes.timeline.events[key] ?? []).filter { $0.change.kind != .renumbered }.map { ($0.version, $0) },
                uniquingKeysWith: { a, _ in a })
            for c in 0..<columns {
                let x = Self.labelWidth + c * step
                if let event = events[c] {
                    let kind = c == 0 ? "added" : event.change.kind.rawValue
                    let href =
                        c == 0
                        ? SitePaths.link(from: page, to: SitePaths.version(statement.slug, statement.versions[c].date))
                        : SitePaths.link(from: page, to: SitePaths.changes(statement.slug, statement.versions[c].date)) + "#change-" + key
                    let label = "\(title): \(kind) on \(statement.versions[c].date.longForm)"
                    out += "<a href=\"\(HTML.escape(href))\" aria-label=\"\(HTML.escape(label))\"><title>\(HTML.escape(label))</title>"
                    out +=
                        "<rect class=\"hm-cell hm-\(kind)\" x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cell)\" height=\"\(Self.cell)\" fill-opacity=\"\(Self.opacity(event.amount))\"/>"
                    if kind == "added" || kind == "removed" {
                        out +=
                            "<text class=\"hm-mark\" x=\"\(x + Self.cell / 2)\" y=\"\(y + Self.cell - 3)\" text-anchor=\"middle\">\(kind == "added" ? "+" : "−")</text>"
                    }
                    out += "</a>\n"
                } else if presence[key]?.contains(c) == true {
                    out += "<rect class=\"hm-cell hm-same\" x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cell)\" height=\"\(Self.cell)\"/>\n"
                }
            }
        }
        return out + "</svg>\n"
    }

    func titleOf(_ key: String) -> String {
        changes.history.latestSection(key, in: statement.versions)?.displayTitle ?? key
    }

    /// A light change still shows; a full rewrite is solid.
    static func opacity(_ amount: Double) -> String { String(format: "%.2f", 0.25 + 0.75 * min(1, max(0, amount))) }

    static func clip(_ title: String) -> String { title.count > 32 ? String(title.prefix(31)) + "…" : title }
}
