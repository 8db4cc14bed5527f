import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The build cache: a statement whose inputs did not change since the last build is taken from the published site,
/// and the result is always the site a build without the cache makes.
@Suite struct BuildCacheTests {
    static let files = [
        "content/terms/2024-01-01.md": "---\ntitle: Terms\n---\n## Scope\n\nThese terms apply.\n",
        "content/terms/2024-03-01.md": "---\ntitle: Terms\nsummary: Wider scope.\n---\n## Scope\n\nThese terms apply to all.\n",
        "content/privacy/2024-01-01.md": "---\ntitle: Privacy\n---\n## Data\n\nWe keep little. See the [terms](/terms/).\n",
    ]

    @discardableResult
    func build(_ site: TempSite, asOf: Day = TempSite.asOf, useCache: Bool = true) throws -> BuildReport {
        var options = site.options
        options.asOf = asOf
        options.useCache = useCache
        return try SiteBuilder(options: options).build()
    }

    /// The site a build without any cache makes from `site`'s content and templates.
    func uncached(_ site: TempSite, asOf: Day = TempSite.asOf) throws -> [String: Data] {
        let fresh = try TempSite()
        try FileManager.default.removeItem(atPath: fresh.root)
        try FileManager.default.copyItem(atPath: site.root, toPath: fresh.root)
        for hidden in [".site.cache.json", ".site.staging", "site"] {
            try? FileManager.default.removeItem(atPath: fresh.root + "/" + hidden)
        }
        try build(fresh, asOf: asOf, useCache: false)
        return Tree.snapshot(fresh.output)
    }

    @Test func anUnchangedStatementIsTakenFromTheLastBuild() throws {
        let site = try TempSite(Self.files)
        #expect(try build(site).reused == 0)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.site.cache.json"))
        #expect(try build(site).reused == 2)
        try site.write(
            "content/terms/2024-06-01.md",
            "---\ntitle: Terms\nsummary: Fees.\n---\n## Scope\n\nThese terms apply to all.\n\n## Fees\n\nNone.\n")
        let report = try build(site)
        #expect(report.reused == 1 && report.summary.contains("(1 unchanged, from the last build)"))
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
        #expect(Tree.snapshot(site.output)["terms/changes/2024-06-01/index.html"] != nil)
    }

    @Test(arguments: ["theme", "site.yml", "new statement", "as-of"])
    func aChangeEveryPageDependsOnRendersEverything(_ change: String) throws {
        let site = try TempSite(Self.files)
        if change == "theme" { try site.writeTheme() }
        try build(site)
        var asOf = TempSite.asOf
        switch change {
        case "theme":
            try site.writeTheme([
                "layout.mustache": DefaultTheme.files["layout.mustache"]!.replacingOccurrences(
                    of: "</footer>", with: "<p>Edited.</p></footer>")
            ])
        case "site.yml": try site.write("content/site.yml", "title: Another Trust Center\n")
        case "new statement": try site.write("content/cookies/2024-01-01.md", "## Cookies\n\nNone.\n")
        default: asOf = Day("2024-02-01")!  // terms' 2024-03-01 version is not in force yet
        }
        #expect(try build(site, asOf: asOf).reused == (change == "as-of" ? 1 : 0))
        #expect(Tree.snapshot(site.output) == (try uncached(site, asOf: asOf)))
    }

    @Test func aStatementWithAMissingPublishedFileIsRenderedAgain() throws {
        let site = try TempSite(Self.files)
        try build(site)
        try FileManager.default.removeItem(atPath: site.output + "/privacy/history/index.html")
        #expect(try build(site).reused == 1)
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }

    @Test func withoutTheCacheEverythingIsRenderedAndNoCacheIsLeft() throws {
        let site = try TempSite(Self.files)
        try build(site)
        #expect(try build(site, useCache: false).reused == 0)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.site.cache.json"), "a cache from before would describe another site")
        #expect(try build(site).reused == 0)
    }

    @Test func anUnreadableCacheIsIgnored() throws {
        let site = try TempSite(Self.files)
        try build(site)
        try site.write(".site.cache.json", "{ not json")
        #expect(try build(site).reused == 0)
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
        #expect(try build(site).reused == 2)
    }

    @Test func aPublishedFileChangedSinceTheLastBuildIsNotTrusted() throws {
        let site = try TempSite(Self.files)
        try build(site)
        // Another tool (or a person) rewrites a published page: its statement is rendered again.
        try FileManager.default.removeItem(atPath: site.output + "/privacy/index.html")
        try site.write("site/privacy/index.html", "edited by hand")
        #expect(try build(site).reused == 1)
        #expect(Tree.snapshot(site.output) == (try uncached(site)))
    }
}
