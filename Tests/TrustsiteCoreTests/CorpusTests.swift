import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Builds every statement of the shared real-world corpus (`../shared/corpus`) and checks headings and TOCs.
@Suite struct CorpusTests {
    /// Where the shared corpus lives, beside the repository.
    static let corpus = Repository.root() + "/../shared/corpus"

    /// One corpus entry of a statement's versions.json.
    struct Entry: Decodable { var file: String }

    /// Copies each statement into `content`, renaming versions to one synthetic day each, in versions.json order.
    static func copyCorpus(into content: String) throws -> (statements: Int, versions: Int) {
        let fm = FileManager.default
        var count = (statements: 0, versions: 0)
        for source in try fm.contentsOfDirectory(atPath: corpus).sorted() {
            let sourcePath = corpus + "/" + source
            guard let statements = try? fm.contentsOfDirectory(atPath: sourcePath) else { continue }
            for statement in statements.sorted() {
                let folder = sourcePath + "/" + statement
                guard let json = fm.contents(atPath: folder + "/versions.json") else { continue }
                let entries = try JSONDecoder().decode([Entry].self, from: json)
                #expect(!entries.isEmpty, "\(folder)/versions.json lists no versions")
                for (i, entry) in entries.enumerated() {
                    let bytes = try #require(fm.contents(atPath: folder + "/" + entry.file), "missing \(folder)/\(entry.file)")
                    let day = try #require(Day(year: 2000, month: 1, day: 1).map { Self.adding(i, to: $0) })
                    try TempSite.write([UInt8](bytes), to: "\(content)/\(source)--\(statement)/\(day).md")
                }
                count.statements += 1
                count.versions += entries.count
            }
        }
        return count
    }

    /// `day` moved `days` days later.
    static func adding(_ days: Int, to day: Day) -> Day {
        var (y, m, d) = (day.year, day.month, day.day + days)
        while d > Day.daysIn(month: m, year: y) {
            d -= Day.daysIn(month: m, year: y)
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return Day(year: y, month: m, day: d)!
    }

    /// Whether `page` shows a statement version: `<slug>/index.html` or `<slug>/<YYYY-MM-DD>/index.html`.
    static func isVersionPage(_ page: String) -> Bool {
        let parts = page.split(separator: "/")
        guard parts.last == "index.html" else { return false }
        return parts.count == 2 || (parts.count == 3 && Day(parts[1]) != nil)
    }

    @Test func syntheticDatesAreConsecutiveDays() {
        #expect(Self.adding(0, to: Day("2000-01-01")!) == Day("2000-01-01"))
        #expect(Self.adding(59, to: Day("2000-01-01")!) == Day("2000-02-29"))
        #expect(Self.adding(366, to: Day("2000-01-01")!) == Day("2001-01-01"))
    }

    @Test func everyCorpusStatementBuildsWithIdsOnEveryHeadingAndWorkingTOCs() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }  // The corpus is optional; only its absence skips.
        let fixture = try TempSite(content: [:])
        let (statements, versions) = try Self.copyCorpus(into: fixture.content)
        #expect(statements >= 7 && versions > 400)

        let report = try fixture.build(asOf: Day("2001-01-01")!)
        #expect(report.versions == versions)
        #expect(!report.warnings.contains { $0.severity == .error })

        var (pagesChecked, headingsChecked) = (0, 0)
        for page in fixture.outputFiles() where Self.isVersionPage(page) {
            let html = try fixture.read(page)
            let body = try #require(HTMLScan.body(html), "\(page) has no statement body")
            let ids = HTMLScan.ids(in: html)
            let headings = HTMLScan.headingTags(in: body)
            let unnamed = headings.filter { HTMLScan.attributes("id", in: $0).isEmpty }
            #expect(unnamed.isEmpty, "\(page): headings without an id: \(unnamed.prefix(3))")
            let tocLinks = HTMLScan.toc(html).map { HTMLScan.attributes("href", in: $0) } ?? []
            headingsChecked += headings.count
            #expect(tocLinks.count == headings.count, "\(page): \(tocLinks.count) TOC links for \(headings.count) headings")
            let dangling = tocLinks.filter { !$0.hasPrefix("#") || !ids.contains(String($0.dropFirst())) }
            #expect(dangling.isEmpty, "\(page): TOC links to missing ids: \(dangling.prefix(3))")
            pagesChecked += 1
        }
        #expect(pagesChecked == versions + statements)
        #expect(headingsChecked > 10_000, "only \(headingsChecked) headings found: is HTMLScan.body still finding the body?")
    }
}
