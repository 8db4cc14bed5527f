import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The history page's heat-map: labels that say which version each column is and which section each row is,
/// at a fixed natural size the theme can scroll instead of shrinking.
@Suite struct HeatMapTests {
    static let longTitle = "How long we keep the records of every interaction you have with us & why"

    /// Four versions over three years; v2 adds a section with a long title, v3 edits "Sharing", v4 removes "Contact".
    static let files = [
        "terms/2023-11-01.md": "## Data\n\nWe collect your name.\n\n## Sharing\n\nWe share nothing.\n\n## Contact\n\nWrite to us.\n",
        "terms/2024-01-05.md":
            "## Data\n\nWe collect your name.\n\n## Sharing\n\nWe share nothing.\n\n## \(longTitle)\n\nA year.\n\n## Contact\n\nWrite to us.\n",
        "terms/2024-03-01.md":
            "## Data\n\nWe collect your name.\n\n## Sharing\n\nWe share nothing with anyone.\n\n## \(longTitle)\n\nA year.\n\n## Contact\n\nWrite to us.\n",
        "terms/2025-02-01.md":
            "## Data\n\nWe collect your name.\n\n## Sharing\n\nWe share nothing with anyone.\n\n## \(longTitle)\n\nA year.\n",
    ]

    static func heatMap() throws -> String {
        let site = try TempSite.built(content: files, asOf: Day("2025-06-01")!)
        return try #require(HTMLScan.region(try site.read("terms/history/index.html"), from: "<div class=\"heatmap-grid\"", to: "</svg>"))
    }

    @Test func everyColumnIsLabelledWithItsVersionDateAndEachYearsFirstVersionStandsOut() throws {
        let map = try Self.heatMap()
        let labels = HTMLScan.matches(
            "<text class=\"(hm-col[^\"]*)\" x=\"(\\d+)\" y=\"(\\d+)\" transform=\"rotate\\(-90 \\2 \\3\\)\">([^<]*)</text>", in: map)
        #expect(labels.map { $0[4] } == ["2023-11-01", "2024-01-05", "2024-03-01", "2025-02-01"])
        #expect(labels.map { $0[1] } == ["hm-col hm-year", "hm-col hm-year", "hm-col", "hm-col hm-year"])
        // Upright, each just right of its own column's middle (columns are 16 px apart), above the first row.
        #expect(labels.map { $0[2] } == ["11", "27", "43", "59"])
        #expect(labels.allSatisfy { Int($0[3] ?? "") == HeatMap.header - 5 })
    }

    @Test func rowLabelsAreWholeSectionTitlesInRowOrderBesideTheMap() throws {
        let map = try Self.heatMap()
        let rows = HTMLScan.matches("<li class=\"hm-row\" title=\"([^\"]*)\">([^<]*)</li>", in: map)
        let escaped = HTML.escape(Self.longTitle)
        // The current version's sections in order, then the removed one; never clipped (the theme truncates, the title keeps all).
        #expect(rows.map { $0[2] } == ["Data", "Sharing", escaped, "Contact"])
        #expect(rows.map { $0[1] } == rows.map { $0[2] })
        #expect(map.contains("<ol class=\"heatmap-rows\" aria-hidden=\"true\">"), "screen readers hear the titles in each cell's name")
        #expect(!map.contains("<text class=\"hm-row\""), "no row label is drawn inside the SVG, where it would scroll away")
    }

    @Test func theMapHasANaturalSizeAndTheGridTellsTheThemeItsGeometry() throws {
        let map = try Self.heatMap()
        #expect(map.hasPrefix(" style=\"--hm-header: 80px; --hm-row: 16px\">"))
        // 4 columns of 16 px, the header and 4 rows of 16 px: no room for labels inside the SVG.
        #expect(
            map.contains("<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"144\" viewBox=\"0 0 64 144\""))
    }

    @Test func cellsLinkToTheirRedlineAndUnchangedCellsAreOnePathPerRow() throws {
        let map = try Self.heatMap()
        let sharing = "Sharing: modified on \(Day("2024-03-01")!.longForm)"
        #expect(
            map.contains("<a href=\"../changes/2024-03-01/index.html#change-sharing\" aria-label=\"\(sharing)\"><title>\(sharing)</title>"))
        #expect(map.contains("aria-label=\"Contact: removed on \(Day("2025-02-01")!.longForm)\""))
        // "Sharing" (row 2, y = 80 + 16) is unchanged in versions 2 and 4.
        #expect(map.contains("<path class=\"hm-same\" d=\"M16 96h14v14h-14zM48 96h14v14h-14z\"/>"))
        #expect(HTMLScan.matches("<path class=\"hm-same\"", in: map).count == 4)
    }
}
