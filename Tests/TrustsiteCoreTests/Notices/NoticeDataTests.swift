import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// versions.json's notice fields, the feeds' categories and the material-changes feeds.
@Suite struct NoticeDataTests {
    static let files = [
        "terms/2024-01-01.md": "## Fees\n\nNone.\n",
        "terms/2024-03-01.md": "---\nsummary: s\nchange: editorial\n---\n## Fees\n\nNone!\n",
        "terms/2024-05-01.md":
            "---\nsummary: New fees.\nchange: material\nannounced: 2024-04-20\neffective: 2024-07-01\n---\n## Fees\n\nSome.\n",
        "plain/2024-01-01.md": "## A\n\nText.\n",
    ]

    /// `versions.json` of `slug` as JSON objects, one per version.
    func versions(_ site: TempSite, _ slug: String) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(try site.read("\(slug)/versions.json").utf8)) as? [String: Any]
        return try #require(json?["versions"] as? [[String: Any]])
    }

    @Test func versionsJSONGainsTheNoticeFields() throws {
        let site = try TempSite.built(content: Self.files, asOf: Day("2024-06-01")!)
        let versions = try versions(site, "terms")
        #expect(versions.map { $0["change"] is NSNull } == [true, false, false])
        #expect(versions.map { $0["change"] as? String } == [nil, "editorial", "material"])
        #expect(versions.map { $0["announced"] as? String } == ["2024-01-01", "2024-03-01", "2024-04-20"])
        #expect(versions.map { $0["in_force_from"] as? String } == ["2024-01-01", "2024-03-01", "2024-07-01"])
        #expect(versions.map { $0["in_force_until"] as? String } == ["2024-03-01", nil, nil])
        #expect(versions.map { $0["in_force_until"] is NSNull } == [false, true, true])
        // The fields it had stay as they were.
        let keys = Set(versions[1].keys)
        #expect(
            keys == [
                "date", "updated", "effective", "url", "changes_url", "sha256", "summary", "title", "sections", "change", "announced",
                "in_force_from", "in_force_until",
            ])
        #expect(versions[0]["summary"] == nil)
    }

    @Test func feedEntriesCarryTheirClassAndTheMaterialFeedsListOnlyMaterialChanges() throws {
        let site = try TempSite.built(content: Self.files, asOf: Day("2024-06-01")!)
        let feed = try site.read("terms/feed.xml")
        #expect(feed.components(separatedBy: "<category term=\"material\"/>").count == 2)
        #expect(feed.components(separatedBy: "<category term=\"editorial\"/>").count == 2)
        #expect(feed.components(separatedBy: "<category").count == 3)
        for path in ["terms/material.xml", "material.xml"] {
            let material = try site.read(path)
            let entries = material.components(separatedBy: "<entry>").dropFirst()
            #expect(entries.count == 1, "\(path)")
            // Dated by its announcement, saying when it takes effect.
            #expect(entries.first?.contains("<updated>2024-04-20T00:00:00Z</updated>") == true)
            #expect(entries.first?.contains("Takes effect on July 1, 2024.") == true)
            #expect(entries.first?.contains("<category term=\"material\"/>") == true)
        }
        // Linked from the pages of the statement that classifies its changes, and from the home page; not elsewhere.
        let link = "title=\"Terms: material changes\""
        #expect(try site.read("terms/index.html").contains("href=\"material.xml\">"))
        #expect(try site.read("terms/history/index.html").contains("href=\"../material.xml\">"))
        #expect(!(try site.read("plain/index.html")).contains("material.xml"))
        #expect(try site.read("index.html").contains("href=\"material.xml\">"))
        _ = link
    }

    @Test func aSiteThatUsesNoneOfTheKeysHasNoCategoriesAndNoMaterialLinks() throws {
        let site = try TempSite.built(content: [
            "p/2024-01-01.md": "## A\n\nText.\n", "p/2024-02-01.md": "---\nsummary: s\n---\n## A\n\nMore.\n",
        ])
        #expect(!(try site.read("feed.xml")).contains("<category"))
        #expect(!(try site.read("index.html")).contains("material.xml"))
        #expect(!(try site.read("p/index.html")).contains("material.xml"))
        #expect(try site.read("p/index.html").contains("<p class=\"notice\">") == false)
        // The material feeds exist (empty) at their stable URLs.
        #expect(!(try site.read("material.xml")).contains("<entry>"))
        #expect(!(try site.read("p/material.xml")).contains("<entry>"))
    }
}
