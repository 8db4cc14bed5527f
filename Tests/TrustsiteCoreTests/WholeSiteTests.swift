import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Whole builds of an inline fixture: output paths, the version in force, archived pages, history and links.
@Suite struct WholeSiteTests {
    /// The shared fixture, built with `TempSite.asOf` (2024-06-01).
    func built(asOf: Day = TempSite.asOf) throws -> TempSite {
        try TempSite.built(content: Fixtures.site, siteYML: Fixtures.siteYML, asOf: asOf)
    }

    @Test func writesEveryContractPath() throws {
        let files = Set(try built().outputFiles())
        let missing = Fixtures.sitePaths.filter { !files.contains($0) }
        #expect(missing.isEmpty, "missing output files: \(missing)")
        #expect(files.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }.isEmpty, "content files leaked into the site")
    }

    @Test func theCurrentVersionIsTheNewestInForceOnTheAsOfDate() throws {
        let fixture = try built()
        let current = try fixture.read("privacy/index.html")
        #expect(current.contains("<h1 id=\"privacy-statement\">Privacy Statement</h1>"))
        #expect(current.contains("Last updated <a href=\"history/index.html\"><time datetime=\"2024-01-15\">January 15, 2024</time></a>"))
        #expect(current.contains("Effective <time datetime=\"2024-02-01\">February 1, 2024</time>"))
        #expect(current.contains("id=\"cookies\"") && !current.contains("id=\"retention\""))
        #expect(!current.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!current.contains("class=\"banner"))
    }

    @Test func withTwoVersionsScheduledTheNoticeAnnouncesTheNextNotTheNewest() throws {
        // On 2024-01-20 the 2024-01-15 version (effective 2024-02-01) and the 2024-05-20 one are both still to come.
        let fixture = try built(asOf: Day("2024-01-20")!)
        let notice = "A new version takes effect on <time datetime=\"2024-02-01\">February 1, 2024</time>."
        #expect(try fixture.read("privacy/index.html").contains(notice + " <a href=\"2024-01-15/index.html\">"))
        let home = try fixture.read("index.html")
        #expect(home.contains("privacy/2024-01-15/index.html") && !home.contains("privacy/2024-05-20/index.html"))
        // Only the next version's compare page is what changes on its date: the later one follows another change.
        #expect(try fixture.read("privacy/compare/2024-01-15/index.html").contains("what changes on <time datetime=\"2024-02-01\">"))
        let later = try fixture.read("privacy/compare/2024-05-20/index.html")
        #expect(later.contains("the current version beside the one taking effect on <time datetime=\"2024-07-01\">"))
        #expect(later.components(separatedBy: "<h1>").count == 2, "one heading, also for themes without isUpcoming")
    }

    @Test func anUpcomingVersionIsPublishedAndAnnouncedOnTheCurrentPage() throws {
        let fixture = try built()
        let current = try fixture.read("privacy/index.html")
        #expect(
            current.contains(
                "A new version takes effect on <time datetime=\"2024-07-01\">July 1, 2024</time>. <a href=\"2024-05-20/index.html\">"))
        let upcoming = try fixture.read("privacy/2024-05-20/index.html")
        #expect(upcoming.contains("This version takes effect on July 1, 2024."))
        #expect(upcoming.contains("id=\"retention\"") && upcoming.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(try fixture.read("index.html").contains("A new version takes effect on <time datetime=\"2024-07-01\">"))
    }

    @Test func theUpcomingComparePageShowsWhatTheUpcomingVersionChanges() throws {
        let fixture = try built()
        let upcoming = try fixture.read("privacy/compare/2024-05-20/index.html")
        // Forward in time, as on every other redline: the current version's text struck, the upcoming one's inserted.
        #expect(upcoming.contains("what changes on <time datetime=\"2024-07-01\">July 1, 2024</time>"))
        #expect(upcoming.contains("data-section=\"retention\"") && upcoming.contains("data-change=\"added\""))
        #expect(upcoming.contains("<ins>We keep data for 30 days.</ins>"))
        #expect(upcoming.contains("data-section=\"cookies\"") && upcoming.contains("data-change=\"removed\""))
        let older = try fixture.read("privacy/compare/2023-01-01/index.html")
        #expect(older.contains("what changed since <time datetime=\"2023-01-01\">"))
        #expect(older.contains("data-section=\"cookies\"") && older.contains("data-change=\"added\""))
    }

    @Test(arguments: [
        ("2023-06-01", "2023-01-01"), ("2024-01-31", "2023-01-01"), ("2024-02-01", "2024-01-15"), ("2024-07-01", "2024-05-20"),
    ])
    func asOfDecidesTheCurrentVersion(_ asOf: String, _ expected: String) throws {
        let fixture = try built(asOf: try #require(Day(asOf)))
        let current = try fixture.read("privacy/index.html")
        #expect(current.contains("<time datetime=\"\(expected)\">"), "as of \(asOf) the current version should be \(expected)")
        #expect(current.contains("<a href=\"\(expected)/index.html\">Permanent link to this version</a>"))
    }

    @Test func noUpcomingNoticeOnceTheNewestVersionIsInForce() throws {
        let fixture = try built(asOf: Day("2024-07-01")!)
        #expect(!(try fixture.read("privacy/index.html")).contains("A new version takes effect"))
    }

    @Test func archivedPagesCarryCanonicalNoindexAndBanner() throws {
        let fixture = try built()
        let archived = try fixture.read("privacy/2023-01-01/index.html")
        #expect(archived.contains("<link rel=\"canonical\" href=\"/privacy/\">"))
        #expect(archived.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(
            archived.contains("This is an archived version from January 1, 2023. <a href=\"../index.html\">View the current version</a>"))
        #expect(
            archived.contains("Last updated <a href=\"../history/index.html\"><time datetime=\"2023-01-01\">January 1, 2023</time></a>"))
        #expect(!archived.contains("<span>Effective"), "the effective date is shown only when it differs")
        #expect(archived.contains("<h1 id=\"privacy-statement\">Privacy Statement</h1>") && archived.contains("id=\"b-summary\""))
    }

    @Test func canonicalLinksUseTheBaseURL() throws {
        let fixture = try TempSite(content: Fixtures.site, siteYML: Fixtures.siteYML + "base_url: https://trust.example.com/\n")
        try fixture.build()
        #expect(
            try fixture.read("privacy/2023-01-01/index.html").contains(
                "<link rel=\"canonical\" href=\"https://trust.example.com/privacy/\">"))
        #expect(try fixture.read("sitemap.xml").contains("<loc>https://trust.example.com/privacy/</loc><lastmod>2024-01-15</lastmod>"))
        #expect(LinkChecker(root: fixture.output, baseURL: "https://trust.example.com").brokenLinks().isEmpty)
    }

    @Test func theCurrentVersionsPermalinkPointsBackToTheStatement() throws {
        let page = try built().read("privacy/2024-01-15/index.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"/privacy/\">") && page.contains("content=\"noindex\""))
        #expect(page.contains("This is the permanent address of the current version."))
    }

    @Test func historyListsVersionsNewestFirst() throws {
        let history = try built().read("privacy/history/index.html")
        let list = try #require(HTMLScan.region(history, from: "<ol class=\"versions\"", to: "</ol>"))
        let versionLinks = HTMLScan.attributes("href", in: list).filter { $0.wholeMatch(of: /\.\.\/\d{4}-\d\d-\d\d\/index\.html/) != nil }
        #expect(
            versionLinks.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                == ["../2024-05-20/index.html", "../2024-01-15/index.html", "../2023-01-01/index.html"])
        let current = try #require(HTMLScan.region(history, from: "<li class=\"version is-current\">", to: "</li>"))
        #expect(current.contains("<a href=\"../2024-01-15/index.html\"><time datetime=\"2024-01-15\">January 15, 2024</time></a>"))
        #expect(history.contains("Added a section on <em>cookies</em>."))
        #expect(history.contains("<span class=\"badge badge-upcoming\">Upcoming</span>"))
    }

    @Test func everyInternalLinkResolves() throws {
        let fixture = try built()
        let broken = LinkChecker(root: fixture.output).brokenLinks()
        #expect(broken.isEmpty, "broken links:\n\(broken.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyPageHasATOCOfEveryHeadingInDocumentOrder() throws {
        let fixture = try built()
        let page = try fixture.read("privacy/index.html")
        let toc = try #require(HTMLScan.toc(page))
        let body = try #require(HTMLScan.body(page))
        let headingIDs = HTMLScan.headingTags(in: body).map { HTMLScan.attributes("id", in: $0).first ?? "(none)" }
        #expect(headingIDs == ["a-definitions", "personal-data", "why", "cookies", "b-summary", "why-1"])
        #expect(HTMLScan.attributes("href", in: toc) == headingIDs.map { "#" + $0 })
    }

    @Test func rawHTMLIsOmittedUnlessTheSiteAllowsIt() throws {
        let omitted = try built().read("privacy/index.html")
        #expect(omitted.contains("<td><!-- raw HTML omitted -->bold<!-- raw HTML omitted --></td>"))
        let kept = try TempSite.built(content: Fixtures.site, siteYML: Fixtures.siteYML + "raw_html: true\n")
        #expect(try kept.read("privacy/index.html").contains("<td><b>bold</b></td>"))
    }

    @Test func templateValuesAreEscaped() throws {
        // A title reaches the templates as `{{title}}`: every character that means something in HTML is escaped,
        // in the page heading, the <title> and the home page card alike.
        let site = try TempSite.built(content: [
            "odd/2024-01-01.md": "---\ntitle: Terms & <Conditions> \"quoted\" 'single' — ünïcode\n---\nText.\n"
        ])
        let escaped = "Terms &amp; &lt;Conditions&gt; &quot;quoted&quot; &#39;single&#39; — ünïcode"
        let page = try site.read("odd/index.html")
        #expect(page.contains("<h1>\(escaped)</h1>") && page.contains("<title>\(escaped)"))
        #expect(try site.read("index.html").contains(escaped))
        #expect(!page.contains("<Conditions>"))
    }

    @Test func theHomePageListsStatementsInOrder() throws {
        let home = try built().read("index.html")
        let cards = try #require(HTMLScan.region(home, from: "<ul class=\"cards\">", to: "</ul>"))
        let titles = cards.components(separatedBy: "<li class=\"card\">").dropFirst().compactMap {
            HTMLScan.attributes("href", in: $0).first
        }
        #expect(titles == ["privacy/index.html", "terms/index.html"])
    }
}
