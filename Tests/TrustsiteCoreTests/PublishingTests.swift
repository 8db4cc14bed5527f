import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// What a site publishes for machines: the sitemap, Atom ids and `statements.json`, as the README documents them.
@Suite struct PublishingTests {
    static let files = [
        "terms/2024-01-01.md": "---\nsummary: First published version.\n---\n## Fees\n\nNone.\n",
        "terms/2024-02-01.md": "---\nsummary: Fees.\n---\n## Fees\n\nSome.\n",
    ]

    @Test func withoutBaseURLTheSitemapIsLeftOutWithOneWarning() throws {
        let site = try TempSite(content: Self.files)
        let report = try site.build()
        #expect(!site.exists("sitemap.xml"))
        #expect(!(try site.read("index.html")).contains("sitemap.xml"))
        #expect(report.notices == [SiteBuilder.noBaseURL])
        let published = try site.build(baseURL: "https://trust.example.com")
        #expect(try site.read("sitemap.xml").contains("<loc>https://trust.example.com/terms/</loc>"))
        #expect(try site.read("terms/index.html").contains("sitemap.xml\">Sitemap</a>"))
        #expect(published.notices.isEmpty)
    }

    @Test func atomIdsDoNotChangeWhenBaseURLIsSet() throws {
        let ids = { (xml: String) in xml.components(separatedBy: "<id>").dropFirst().map { String($0.prefix { $0 != "<" }) } }
        let site = try TempSite(content: Self.files, siteYML: "title: Example Trust Center\norganization: Example Inc.\n")
        try site.build()
        let before = ids(try site.read("feed.xml"))
        try site.build(baseURL: "https://trust.example.com")
        #expect(ids(try site.read("feed.xml")) == before)
        #expect(before.contains("tag:trustsite,2024:example-inc/terms/2024-02-01"))
        #expect(before.first == "tag:trustsite,2024:example-inc/feed.xml")
        let keyed = try TempSite(content: Self.files, siteYML: "title: Renamed\nsite_key: example-inc\n")
        let report = try keyed.build()
        #expect(ids(try keyed.read("feed.xml")) == before)
        #expect(report.warnings.isEmpty, "site_key is a known key")
    }

    @Test func statementsJSONAlwaysHasOrder() throws {
        let more = ["privacy/statement.yml": "order: 2\n", "privacy/2024-01-01.md": "## A\n"]
        let site = try TempSite(content: Self.files.merging(more) { a, _ in a })
        try site.build()
        let json = try site.read("statements.json")
        #expect(json.contains("\"order\" : null") || json.contains("\"order\":null"))
        #expect(json.contains("\"order\" : 2") || json.contains("\"order\":2"))
    }

    @Test func theFirstVersionSaysFirstPublishedOnce() throws {
        let site = try TempSite(content: Self.files)
        try site.build()
        let feed = try site.read("terms/feed.xml")
        let first = try #require(feed.components(separatedBy: "<entry>").last)
        #expect(first.components(separatedBy: "First published version.").count == 3, "once in the summary, once in the content")
        #expect(!first.contains("&lt;p&gt;First published version.&lt;/p&gt;&lt;p&gt;First published version."))
    }
}
