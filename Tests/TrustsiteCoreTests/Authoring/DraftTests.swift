import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel

/// `draft: true`: left out of `build` everywhere (pages, lists, feeds, JSON, sitemap, cache), published by
/// `build --drafts` with a Draft banner, and checked by `check` like any version.
@Suite struct DraftTests {
    /// A statement with a draft newest version, and a statement that is only a draft.
    static let files = [
        "p/2024-01-01.md": "## A\n\nOne.\n",
        "p/2024-03-01.md": "---\nsummary: Two.\n---\n## A\n\nTwo.\n",
        "p/2024-05-01.md": "---\ndraft: true\nsummary: SECRETSUMMARY\n---\n## A\n\nSECRETBODY.\n\n## New section\n\nMore.\n",
        "q/2024-02-01.md": "---\ndraft: true\ntitle: SECRETTITLE\n---\nOnly a draft.\n",
    ]

    static func site() throws -> TempSite { try TempSite(content: files, siteYML: "base_url: https://trust.example.com\n") }

    /// Every output file holding one of the draft's words or its date, and the cache when it does.
    static func leaks(_ site: TempSite) -> [String] {
        let words = ["SECRETSUMMARY", "SECRETBODY", "SECRETTITLE", "2024-05-01", "new-section"]
        var found = site.outputFiles().filter { file in
            let text = (try? site.read(file)) ?? ""
            return words.contains { text.contains($0) } || file.hasPrefix("q/") || file.contains("2024-05-01")
        }
        let cache = (try? String(contentsOfFile: site.root + "/.site.cache.json", encoding: .utf8)) ?? ""
        if words.dropLast(2).contains(where: { cache.contains($0) }) { found.append(".site.cache.json") }
        return found
    }

    func build(_ site: TempSite, drafts: Bool) throws {
        var options = site.options
        options.baseURL = "https://trust.example.com"
        options.drafts = drafts
        // Files are trusted by their stamps at once (not only after two seconds), so an unchanged statement is not read
        // again: what the cache keeps of the last build must not carry a draft into a build without drafts.
        var io = FileIO.disk
        io.stamp = { FileIO.diskStamp($0, racyWithin: nil) }
        try SiteBuilder(options: options, io: io).build()
    }

    @Test func buildLeavesDraftsOutOfEveryOutput() throws {
        let site = try Self.site()
        try build(site, drafts: false)
        #expect(Self.leaks(site).isEmpty, "draft published in \(Self.leaks(site))")
        #expect(try site.read("p/index.html").contains("Two."))
        #expect(site.exists("sitemap.xml") && site.exists("p/versions.json"))
        // An edit of the draft rebuilds from the cache and still publishes nothing of it.
        try site.edit("content/p/2024-05-01.md", replacing: "More.", with: "More still.")
        try build(site, drafts: false)
        #expect(Self.leaks(site).isEmpty)
    }

    @Test func buildWithDraftsPublishesThemWithABanner() throws {
        let site = try Self.site()
        try build(site, drafts: true)
        let banner = "class=\"banner draft-banner\""
        // In force on the as-of date, the draft is the current version too, and others are compared with it.
        for page in [
            "p/2024-05-01/index.html", "p/index.html", "p/changes/2024-05-01/index.html", "p/compare/2024-03-01/index.html",
            "p/history/index.html", "index.html", "q/index.html", "p/sections/new-section/index.html",
        ] {
            #expect(try site.read(page).contains(banner), "no Draft banner on \(page)")
        }
        for page in ["p/2024-03-01/index.html", "p/changes/2024-03-01/index.html", "404.html"] {
            #expect(try !site.read(page).contains(banner), "a Draft banner on \(page), which shows no draft")
        }
        #expect(try site.read("p/history/index.html").contains("<span class=\"badge badge-upcoming\">Draft</span>"))
        #expect(try site.read("p/versions.json").contains("SECRETSUMMARY"))
        // The next build without drafts may not reuse these pages: they are gone, and nothing else shows the draft.
        try build(site, drafts: false)
        #expect(Self.leaks(site).isEmpty, "left over from the build with drafts: \(Self.leaks(site))")
    }

    /// The command line: `build` leaves the draft out, `build --drafts` publishes it.
    @Test func theDraftsFlagOfBuild() throws {
        let site = try Self.site()
        let plain = try TrustsiteBinary.run(["build", "--as-of", "2024-06-01"], in: site.root)
        #expect(plain.status == 0 && !site.exists("p/2024-05-01/index.html"), "\(plain.stderr)")
        let drafts = try TrustsiteBinary.run(["build", "--drafts", "--as-of", "2024-06-01"], in: site.root)
        #expect(drafts.status == 0 && site.exists("p/2024-05-01/index.html"), "\(drafts.stderr)")
    }

    @Test func checkChecksDraftsLikeAnyVersion() throws {
        let site = try Self.site()
        try site.edit("content/p/2024-05-01.md", replacing: "More.", with: "See [x](#missing).")
        let report = site.check()
        #expect(report.versions == 4)
        #expect(
            site.lines(.warning).contains { $0.hasPrefix("R/content/p/2024-05-01.md:11:9: warning: link '#missing' leads nowhere") },
            "\(site.lines())")
    }

    @Test func draftMustBeTrueOrFalse() throws {
        let site = try TempSite(content: ["p/2024-01-01.md": "---\ndraft: maybe\n---\nText.\n"])
        #expect(
            site.lines(.error) == ["R/content/p/2024-01-01.md:2:8: error: 'draft' must be true or false; write draft: true or draft: false"]
        )
        #expect(throws: InputErrors.self) { try site.build() }
    }

    @Test func contentOfDraftsOnlyHasNothingToPublish() throws {
        let site = try TempSite(content: ["p/2024-01-01.md": "---\ndraft: true\n---\nP.\n"])
        do {
            try site.build()
            Issue.record("a site of drafts only was built")
        } catch let errors as InputErrors {
            #expect(errors.diagnostics.map(\.description) == ["\(site.content): error: \(SiteBuilder.onlyDrafts)"])
        }
        #expect(site.check().diagnostics.isEmpty)
    }

    @Test func aStatementOfDraftsOnlyIsNoErrorWhenLeftOut() throws {
        let site = try TempSite(content: [
            "p/2024-01-01.md": "Text.\n", "q/2024-01-01.md": "---\ndraft: false\n---\nQ.\n",
            "r/2024-01-01.md": "---\ndraft: true\n---\nR.\n",
        ])
        let report = try site.build()
        #expect(report.statements == 2 && site.exists("q/index.html") && !site.exists("r/index.html"))
    }
}
