import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The version picker on a statement's pages: a window of versions, so pages do not grow with the whole history.
@Suite struct VersionPickerTests {
    /// Fifteen versions, 2024-01-01 … 2024-01-15, each rewording the one section.
    static let files = Dictionary(
        uniqueKeysWithValues: (1...15).map { day in
            let date = "2024-01-\(day < 10 ? "0" : "")\(day)"
            return ("terms/\(date).md", "---\ntitle: Terms\n---\n## Scope\n\nRevision \(day) of these terms.\n")
        })

    /// The dates the picker on `page` lists, in order, with "…" for each gap.
    static func picker(_ page: String) throws -> [String] {
        let start = try #require(page.range(of: "<div class=\"version-menu\">"))
        let end = try #require(page[start.upperBound...].range(of: "</ol>"))
        let menu = page[start.upperBound..<end.lowerBound]
        return menu.components(separatedBy: "<li").dropFirst().map { item in
            if item.hasPrefix(" class=\"version-gap\"") { return "…" }
            guard let date = item.range(of: "datetime=\"") else { return "?" }
            return String(item[date.upperBound...].prefix(10))
        }
    }

    static func day(_ d: Int) -> String { "2024-01-\(d < 10 ? "0" : "")\(d)" }

    @Test func listsTheShownVersionsNeighboursTheCurrentAndTheNewest() throws {
        let site = try TempSite.built(content: Self.files)
        // Near the start: the newest (also current), a gap, then the oldest eight.
        let early = try site.read("terms/2024-01-03/index.html")
        #expect(try Self.picker(early) == [Self.day(15), "…"] + (1...8).reversed().map(Self.day))
        #expect(early.contains("<li class=\"is-shown\"><a href=\"index.html\" aria-current=\"true\"><time datetime=\"2024-01-03\">"))
        // In the middle: gaps on both sides of the shown version's neighbours.
        let middle = try site.read("terms/2024-01-08/index.html")
        #expect(try Self.picker(middle) == [Self.day(15), "…"] + (5...12).reversed().map(Self.day) + ["…"])
        // Every page says how many versions there are and where all of them are listed.
        #expect(middle.contains("<summary>Versions (15)</summary>") && middle.contains("History of all 15 versions"))
        #expect(middle.contains("<li class=\"version-gap\"><a href=\"../history/index.html\">"))
    }

    @Test func aShortHistoryIsListedWhole() throws {
        let site = try TempSite.built(content: Dictionary(uniqueKeysWithValues: Self.files.filter { $0.key < "terms/2024-01-04" }))
        #expect(try Self.picker(try site.read("terms/index.html")) == [Self.day(3), Self.day(2), Self.day(1)])
    }
}
