import Foundation
import TrustsiteModel

/// The history page's heat-map: a column of row labels (the section titles) beside an inline SVG with a row per
/// section and a column per version, each column labelled with its version's date; the shade is how much the
/// section changed, added and removed are marked, and every changed cell links to its redline. It is drawn at its
/// natural size: the theme scrolls it sideways inside its frame and keeps the labels column in view.
package struct HeatMap {
    package let statement: Statement
    package let changes: StatementChanges
    /// The page the links are relative to.
    package let page: String

    /// A cell's side, the gap between cells, and the height of the column labels above the first row (an ISO date
    /// set upright at 11 px).
    package static let cell = 14, gap = 2, header = 80

    /// Rows: the current version's sections in order, then sections no longer present, in order of first appearance.
    package var rows: [String] {
        let current = changes.history.lineage[statement.currentIndex]
        return current + changes.timeline.lineages.filter { !current.contains($0) }
    }

    /// The labels column and the SVG, in one grid whose geometry the stylesheet reads from two custom properties.
    package func html() -> String {
        let rows = self.rows
        return "<div class=\"heatmap-grid\" style=\"--hm-header: \(Self.header)px; --hm-row: \(Self.cell + Self.gap)px\">\n"
            + labels(rows) + svg(rows) + "</div>\n"
    }

    /// The section titles, one per row. Screen readers skip them: every cell's link names its section already.
    package func labels(_ rows: [String]) -> String {
        var out = "<ol class=\"heatmap-rows\" aria-hidden=\"true\">\n"
        for key in rows {
            let title = HTML.escape(titleOf(key))
            out += "<li class=\"hm-row\" title=\"\(title)\">\(title)</li>\n"
        }
        return out + "</ol>\n"
    }

    /// The grid: the column labels, then each row's unchanged cells (one path) and changed cells (links).
    package func svg(_ rows: [String]) -> String {
        let columns = statement.versions.count
        let step = Self.cell + Self.gap
        let width = columns * step, height = Self.header + rows.count * step
        var out =
            "<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-label=\"Changes per section and version\">\n"
        out += columnLabels()
        var presence = [String: Set<Int>]()
        for (i, keys) in changes.history.lineage.enumerated() { for key in keys { presence[key, default: []].insert(i) } }
        for (r, key) in rows.enumerated() {
            let y = Self.header + r * step
            let title = titleOf(key)
            // A section only renumbered is drawn as unchanged: its text is what it was.
            let events = Dictionary(
                (changes.timeline.events[key] ?? []).filter { $0.change.kind != .renumbered }.map { ($0.version, $0) },
                uniquingKeysWith: { a, _ in a })
            // The unchanged cells of a row are one path: a long history has tens of thousands of them.
            var cells = "", same = ""
            for c in 0..<columns {
                if let event = events[c] {
                    cells += cell(key, title, column: c, kind: c == 0 ? "added" : event.change.kind.rawValue, amount: event.amount, y: y)
                } else if presence[key]?.contains(c) == true {
                    same += "M\(c * step) \(y)h\(Self.cell)v\(Self.cell)h-\(Self.cell)z"
                }
            }
            if !same.isEmpty { out += "<path class=\"hm-same\" d=\"\(same)\"/>\n" }
            out += cells
        }
        return out + "</svg>\n"
    }

    /// A changed cell: a link to the redline (the version itself for the first), named and titled with the section,
    /// the kind of change and the version's date.
    package func cell(_ key: String, _ title: String, column c: Int, kind: String, amount: Double, y: Int) -> String {
        let x = c * (Self.cell + Self.gap), date = statement.versions[c].date
        let href =
            c == 0
            ? SitePaths.link(from: page, to: SitePaths.version(statement.slug, date))
            : SitePaths.link(from: page, to: SitePaths.changes(statement.slug, date)) + "#change-" + key
        let label = HTML.escape("\(title): \(kind) on \(date.longForm)")
        var out = "<a href=\"\(HTML.escape(href))\" aria-label=\"\(label)\"><title>\(label)</title>"
        out +=
            "<rect class=\"hm-cell hm-\(kind)\" x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cell)\" height=\"\(Self.cell)\" fill-opacity=\"\(Self.opacity(amount))\"/>"
        if kind == "added" || kind == "removed" {
            out +=
                "<text class=\"hm-mark\" x=\"\(x + Self.cell / 2)\" y=\"\(y + Self.cell - 3)\" text-anchor=\"middle\">\(kind == "added" ? "+" : "−")</text>"
        }
        return out + "</a>\n"
    }

    /// Every column's version date, set upright so that each fits above its own column; the first version of each
    /// year stands out, so the years can be found at a glance.
    package func columnLabels() -> String {
        let step = Self.cell + Self.gap
        var out = "", year: Int?
        for (c, version) in statement.versions.enumerated() {
            // The baseline sits right of the column's middle: upright text hangs to the left of it.
            let x = c * step + Self.cell / 2 + 4, y = Self.header - 5
            let kind = version.date.year == year ? "hm-col" : "hm-col hm-year"
            year = version.date.year
            out += "<text class=\"\(kind)\" x=\"\(x)\" y=\"\(y)\" transform=\"rotate(-90 \(x) \(y))\">\(version.date)</text>\n"
        }
        return out
    }

    package func titleOf(_ key: String) -> String {
        changes.history.latestSection(key, in: statement.versions)?.displayTitle ?? key
    }

    /// A light change still shows; a full rewrite is solid.
    package static func opacity(_ amount: Double) -> String { String(format: "%.2f", 0.25 + 0.75 * min(1, max(0, amount))) }
}
