import Foundation
import Testing
import TrustsiteTestSupport

@testable import TrustsiteCore
@testable import TrustsiteModel

/// `build --search`: Pagefind runs over the staged pages in force and upcoming (with `--search-archive`, a second
/// bundle adds the archived ones), its bundle is published with the site, and a missing or failing Pagefind fails the
/// build with a clear error before the published site changes.
@Suite struct SearchBuildTests {
    /// One statement with an archived, a current and an upcoming version (as of 2024-06-01), and one with a single version.
    static let content = [
        "p/2023-01-01.md": "# P\n\n## A\n\nOld text.\n",
        "p/2024-01-01.md": "# P\n\n## A\n\nText in force.\n",
        "p/2025-01-01.md": "# P\n\n## A\n\nUpcoming text.\n",
        "q/2024-02-01.md": "# Q\n\n## B\n\nOther.\n",
    ]

    func options(_ site: TempSite, tool: String, archive: Bool = false) -> BuildOptions {
        var options = site.options
        (options.search, options.searchArchive, options.searchToolPath) = (true, archive, tool)
        return options
    }

    @Test func theIndexHoldsThePagesInForceAndUpcomingAndIsPublished() throws {
        let site = try TempSite(content: Self.content)
        let tool = try FakePagefind(in: site)
        let report = try SiteBuilder(options: options(site, tool: tool.folder)).build()
        // The statement pages and the upcoming version, not the archived one nor the current version's permalink.
        #expect(try site.read("pagefind/pages.txt") == "p/2025-01-01/index.html\np/index.html\nq/index.html\n")
        #expect(site.exists("pagefind/pagefind.js"))
        // Pagefind's own UI is not published: the theme has one.
        #expect(!site.exists("pagefind/pagefind-ui.js") && !site.exists("pagefind/pagefind-highlight.js"))
        #expect(!site.exists("pagefind-archive/pagefind.js"))
        #expect(report.search == SearchReport(pages: 3))
        #expect(report.summary.contains(" files (search index: 3 pages) in "))
        #expect(report.timings.stages.map(\.name).contains("search"))
    }

    @Test func theArchiveBundleAddsTheArchivedVersions() throws {
        let site = try TempSite(content: Self.content)
        let tool = try FakePagefind(in: site)
        let report = try SiteBuilder(options: options(site, tool: tool.folder, archive: true)).build()
        #expect(try site.read("pagefind/pages.txt") == "p/2025-01-01/index.html\np/index.html\nq/index.html\n")
        #expect(
            try site.read("pagefind-archive/pages.txt")
                == "p/2023-01-01/index.html\np/2025-01-01/index.html\np/index.html\nq/index.html\n")
        #expect(report.search == SearchReport(pages: 3, archived: 1))
        #expect(report.summary.contains("(search index: 3 pages; archive index: 1 more version)"))
    }

    @Test func siteYMLTurnsSearchOnWithKnownKeys() throws {
        let site = try TempSite(content: Self.content, siteYML: "title: T\nsearch: true\nsearch_archive: true\n")
        #expect(site.lines(.warning).filter { $0.contains("site.yml") } == [])
        #expect(site.check().diagnostics.count == 2)  // the two versions without a summary, nothing about site.yml
        let tool = try FakePagefind(in: site)
        var options = site.options
        options.searchToolPath = tool.folder
        try SiteBuilder(options: options).build()
        #expect(site.exists("pagefind/pagefind.js") && site.exists("pagefind-archive/pagefind.js"))
    }

    @Test func withoutPagefindTheBuildFailsSayingHowToInstallItAndLeavesTheSite() throws {
        let site = try TempSite(content: Self.content)
        try site.build()
        let before = Tree.snapshot(site.output)
        let empty = site.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let error = try #require(throws: WriteError.self) { try SiteBuilder(options: options(site, tool: empty)).build() }
        #expect(error.description == Pagefind.missing)
        #expect(error.description.contains("pip install 'pagefind[bin]'"))
        #expect(Tree.snapshot(site.output) == before)
    }

    @Test func aFailingPagefindFailsTheBuildWithItsOutputAndLeavesTheSite() throws {
        let site = try TempSite(content: Self.content)
        try site.build()
        let before = Tree.snapshot(site.output)
        let tool = try FakePagefind(in: site, failing: "Error: something broke")
        let error = try #require(throws: WriteError.self) { try SiteBuilder(options: options(site, tool: tool.folder)).build() }
        #expect(error.description.hasPrefix("Pagefind failed (exit status 1) indexing the site:"))
        #expect(error.description.contains("Error: something broke"))
        #expect(Tree.snapshot(site.output) == before)
    }

    @Test func pagefindOnPathComesBeforePython() throws {
        let site = try TempSite()
        try site.write("a/pagefind", "#!/bin/sh\n")
        try site.write("a/python3", "#!/bin/sh\nexit 0\n")
        try site.write("b/python3", "#!/bin/sh\n[ \"$1 $2 $3\" = \"-m pagefind --version\" ]\n")
        for path in ["a/pagefind", "a/python3", "b/python3"] { chmod(site.path(path), 0o755) }
        #expect(try Pagefind.locate(path: site.path("a")).command == [site.path("a/pagefind")])
        #expect(try Pagefind.locate(path: site.path("b")).command == [site.path("b/python3"), "-m", "pagefind"])
        // A python3 without the module is no Pagefind.
        try site.write("c/python3", "#!/bin/sh\nexit 1\n")
        chmod(site.path("c/python3"), 0o755)
        #expect(throws: WriteError.self) { try Pagefind.locate(path: site.path("c")) }
    }
}
