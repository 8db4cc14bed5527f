import Foundation
import Testing
import TrustsiteTestSupport

@testable import TrustsiteCore
@testable import TrustsiteModel

/// What the pages tell Pagefind: only a site built with search carries any of it; there the statement text of the
/// versions in force and upcoming (and with the archive, the archived versions) is marked, and nothing else is.
@Suite struct SearchMarkupTests {
    func build(_ site: TempSite, search: Bool, archive: Bool = false) throws {
        let tool = try FakePagefind(in: site)
        var options = site.options
        (options.search, options.searchArchive, options.searchToolPath) = (search, archive, tool.folder)
        try SiteBuilder(options: options).build()
    }

    /// The HTML pages of the output, by path.
    func pages(_ site: TempSite) throws -> [String: String] {
        var pages: [String: String] = [:]
        for path in site.outputFiles() where path.hasSuffix(".html") { pages[path] = try site.read(path) }
        return pages
    }

    @Test func aSiteWithoutSearchHasNoSearchMarkupOrAssets() throws {
        let site = try TempSite(content: SearchBuildTests.content)
        try build(site, search: false)
        let found = try pages(site).filter { $0.value.contains("pagefind") || $0.value.contains("site-search") }
        #expect(found.keys.sorted() == [])
        #expect(site.outputFiles().filter { $0.hasPrefix("assets/search/") || $0.hasPrefix("pagefind") } == [])
    }

    @Test func theStatementTextOfPagesInForceAndUpcomingIsMarked() throws {
        let site = try TempSite(content: SearchBuildTests.content)
        // Built without search first: the cache must not keep pages without the markup.
        try build(site, search: false)
        try build(site, search: true)
        let pages = try pages(site)
        let marked = pages.filter { $0.value.contains("data-pagefind-body") }.keys.sorted()
        #expect(marked == ["p/2025-01-01/index.html", "p/index.html", "q/index.html"])
        let current = try #require(pages["p/index.html"])
        #expect(current.contains("<div class=\"statement-body\" data-pagefind-body>"))
        #expect(current.contains("<span data-pagefind-filter=\"status\">current</span>"))
        #expect(current.contains("<span data-pagefind-filter=\"statement\">P</span>"))
        #expect(current.contains("<span data-pagefind-meta=\"updated\">2024-01-01</span>"))
        #expect(current.contains("<span data-pagefind-sort=\"effective\">2024-01-01</span>"))
        #expect(current.contains("<p class=\"section-meta\" data-pagefind-ignore>"))
        #expect(try #require(pages["p/2025-01-01/index.html"]).contains("<span data-pagefind-filter=\"status\">upcoming</span>"))
        // The body marker is the only one: the TOC, navigation and banners are outside it.
        #expect(current.components(separatedBy: "data-pagefind-body").count == 2)
        let body = try #require(current.components(separatedBy: "data-pagefind-body").last)
        #expect(!body.contains("class=\"toc\"") && !body.contains("version-links") && !body.contains("class=\"banner"))
        // Every page has the (hidden until its script loads) search box, and the assets are published; an email notice
        // is not a page of the site and has none.
        #expect(
            pages.filter { !$0.key.contains("/notices/") }.values.allSatisfy { $0.contains("<div class=\"site-search\" role=\"search\"") })
        #expect(pages.keys.contains { $0.contains("/notices/") })
        #expect(pages.values.allSatisfy { !$0.contains("data-archive-bundle") })
        #expect(site.exists("assets/search/search.js") && site.exists("assets/search/search.css"))
    }

    @Test func archivedVersionsAreMarkedOnlyWithTheArchive() throws {
        let site = try TempSite(content: SearchBuildTests.content)
        try build(site, search: true)
        #expect(!(try site.read("p/2023-01-01/index.html")).contains("data-pagefind"))
        try build(site, search: true, archive: true)
        let archived = try site.read("p/2023-01-01/index.html")
        #expect(archived.contains("<div class=\"statement-body\" data-pagefind-body>"))
        #expect(archived.contains("<span data-pagefind-filter=\"status\">archived</span>"))
        #expect(try site.read("index.html").contains("data-archive-bundle=\"pagefind-archive/\""))
        // Never indexed: the permalink of the version in force (its statement page is), history, changes, compare.
        for path in [
            "p/2024-01-01/index.html", "p/history/index.html", "p/changes/2024-01-01/index.html", "p/compare/2023-01-01/index.html",
        ] {
            #expect(!(try site.read(path)).contains("data-pagefind"), "\(path)")
        }
    }
}
