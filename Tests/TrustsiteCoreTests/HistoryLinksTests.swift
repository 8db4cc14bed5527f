import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Cross-linked history: last-changed dates, alias anchors, section histories, feeds and versions.json.
@Suite struct HistoryLinksTests {
    /// Three versions: v2 renames "Data" (body kept) and moves "Contact" before "Sharing"; v3 edits "Sharing" only.
    static let files = [
        "terms/2024-01-01.md":
            "---\ntitle: Terms\n---\n## Data\n\nWe collect your name, your email address and your billing details.\n\n## Sharing\n\nWe share nothing.\n\n## Contact\n\nWrite to us.\n",
        "terms/2024-02-01.md":
            "---\ntitle: Terms\nsummary: Renamed Data; moved Contact.\n---\n## Data We Collect\n\nWe collect your name, your email address and your billing details.\n\n## Contact\n\nWrite to us.\n\n## Sharing\n\nWe share nothing.\n",
        "terms/2024-03-01.md":
            "---\ntitle: Terms\nsummary: Sharing reworded.\n---\n## Data We Collect\n\nWe collect your name, your email address and your billing details.\n\n## Contact\n\nWrite to us.\n\n## Sharing\n\nWe share nothing with anyone.\n",
    ]

    /// The "Last changed"/"Introduced" line before the section with `id` on a page.
    static func metaLine(before id: String, in html: String) -> String? {
        guard let section = html.range(of: "data-section=\"\(id)\"") else { return nil }
        guard let meta = html[..<section.lowerBound].range(of: "<p class=\"section-meta\">", options: .backwards) else { return nil }
        return String(html[meta.lowerBound..<section.lowerBound])
    }

    @Test func eachSectionLinksToTheVersionThatLastChangedIt() throws {
        let site = try TempSite.built(content: Self.files)
        let page = try site.read("terms/index.html")
        let data = try #require(Self.metaLine(before: "data-we-collect", in: page))
        #expect(data.contains("Last changed <time datetime=\"2024-02-01\">") && data.contains("changes/2024-02-01/index.html#change-data"))
        let sharing = try #require(Self.metaLine(before: "sharing", in: page))
        #expect(sharing.contains("datetime=\"2024-03-01\"") && sharing.contains("changes/2024-03-01/index.html#change-sharing"))
        let contact = try #require(Self.metaLine(before: "contact", in: page))
        #expect(contact.contains("datetime=\"2024-02-01\""), "a moved section last changed when it moved")
        let first = try site.read("terms/2024-01-01/index.html")
        #expect(try #require(Self.metaLine(before: "data", in: first)).contains("Introduced <time datetime=\"2024-01-01\">"))
        // The redline it links to exists, with the anchor.
        #expect(try site.read("terms/changes/2024-02-01/index.html").contains("id=\"change-data\""))
    }

    @Test func aRenamedHeadingKeepsItsOldIdAsAnAnchor() throws {
        let site = try TempSite.built(content: Self.files)
        let ids = HTMLScan.ids(in: try site.read("terms/index.html"))
        #expect(ids.contains("data-we-collect") && ids.contains("data"))
        let json = try JSONSerialization.jsonObject(with: Data(try site.read("terms/versions.json").utf8)) as? [String: Any]
        let versions = try #require(json?["versions"] as? [[String: Any]])
        let sections = try #require(versions.last?["sections"] as? [[String: Any]])
        let renamed = try #require(sections.first { $0["id"] as? String == "data-we-collect" })
        #expect(renamed["aliases"] as? [String] == ["data"] && renamed["lineage"] as? String == "data")
        #expect(renamed["last_changed"] as? String == "2024-02-01")
        #expect(versions.count == 3 && (versions.first?["sha256"] as? String)?.count == 64)
    }

    @Test func theSectionHistoryFollowsTheRename() throws {
        let site = try TempSite.built(content: Self.files)
        let page = try site.read("terms/sections/data/index.html")
        #expect(page.contains("Data We Collect") && page.contains("“Data”"))
        #expect(page.contains("data-lineage=\"data\" data-change=\"renamed\""))
        let history = try site.read("terms/history/index.html")
        #expect(history.contains("<svg class=\"heatmap\"") && history.contains("changes/2024-03-01/index.html#change-sharing"))
        #expect(try site.read("terms/index.html").contains("toc-changed"), "the TOC marks what changed in this version")
    }

    @Test func feedsAreWellFormedAtomWithIdsStableAcrossRebuilds() throws {
        let site = try TempSite(content: Self.files)
        try site.build(baseURL: "https://trust.example.com")
        let first = try site.read("feed.xml"), statementFeed = try site.read("terms/feed.xml")
        for xml in [first, statementFeed] {
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "feed is well-formed XML")
            #expect(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">") && xml.components(separatedBy: "<entry>").count == 4)
        }
        #expect(first.contains("<id>tag:trustsite,2024:trust-center/terms/2024-03-01</id>"))
        #expect(first.contains("href=\"https://trust.example.com/terms/changes/2024-03-01/\""))
        // A new version adds one entry and leaves the others' ids as they were.
        try TempSite.write(
            Array("---\ntitle: Terms\nsummary: More.\n---\n## Data We Collect\n\nWe collect your name.\n".utf8),
            to: site.content + "/terms/2024-04-01.md")
        try site.build(baseURL: "https://trust.example.com")
        let second = try site.read("feed.xml")
        let ids = { (xml: String) in xml.components(separatedBy: "<id>").dropFirst().map { $0.prefix { $0 != "<" } } }
        #expect(Set(ids(first)).isSubset(of: Set(ids(second))) && ids(second).count == ids(first).count + 1)
    }

    @Test func feedEntriesSayWhenAVersionTakesEffectAndWhenNoSectionChanged() throws {
        let site = try TempSite(content: [
            "p/2024-01-01.md": "## A\n\nText.\n",
            "p/2024-02-01.md": "---\nsummary: Adds **retention** rules.\neffective: 2024-03-01\n---\n## A\n\nText and more.\n",
            "p/2024-04-01.md": "---\nsummary: Notes for translators.\n---\n## A\n\nText and more.\n\n<!-- translators: keep -->\n",
        ])
        try site.build(asOf: Day("2024-05-01")!)
        let entries = try site.read("p/feed.xml").components(separatedBy: "<entry>").dropFirst()
        let (invisible, effective) = (try #require(entries.first), try #require(entries.dropFirst().first))
        #expect(invisible.contains("&lt;p&gt;No section changed.&lt;/p&gt;") && !invisible.contains("&lt;ul&gt;"))
        #expect(effective.contains("<summary>Adds retention rules.</summary>"))
        #expect(effective.contains("&lt;p&gt;Takes effect on March 1, 2024.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Modified: A"))
    }

    static let keep = "We keep your name, your postal address and your account number for as long as the account is open."

    @Test func aRenamedSectionWhoseTextChangedSaysSoToo() throws {
        let site = try TempSite(content: [
            "p/2024-01-01.md": "Opening words.\n\n## Data we keep\n\n\(Self.keep) Emails too.\n\n## Contact\n\nWrite to us.\n",
            "p/2024-02-01.md": "Opening words.\n\n## Data we retain\n\n\(Self.keep)\n\n## Contact us\n\nWrite to us.\n",
        ])
        try site.build(asOf: Day("2024-05-01")!)
        let page = try site.read("p/changes/2024-02-01/index.html")
        #expect(page.contains("(was “Data we keep”)</span> <span class=\"was\">· text changed</span></li>"))
        #expect(page.contains("renamed from “Data we keep” · text changed ·"))
        #expect(page.contains("renamed from “Contact” · <a"), "a rename alone is only a rename")
        #expect(page.contains("Opening text</summary>"))
        let feed = try site.read("p/feed.xml")
        #expect(feed.contains("Renamed: Data we retain (text changed)") && feed.contains("Renamed: Contact us&lt;/li&gt;"))
    }
}
