import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Links a statement writes into the site are read against its version file, as GitHub reads them, and written
/// relative to every page that shows them: current, archived, changes, compare and section-history pages.
@Suite struct SiteLinkTests {
    static let slugs: Set<String> = ["privacy", "terms"]

    static func resolved(_ url: String, in slug: String? = "privacy") -> String {
        switch SiteLink.resolve(url, slug: slug, slugs: slugs) {
        case .external: return "external"
        case .site(let link): return link.path + (link.fragment.map { "#" + $0 } ?? "")
        case .unknownStatement(let name): return "unknown " + name
        case .nowhere: return "nowhere"
        }
    }

    @Test(arguments: [
        ("../terms/", "terms/index.html"), ("../terms", "terms/index.html"), ("../terms/index.html", "terms/index.html"),
        ("/terms/", "terms/index.html"), ("../terms/#liability", "terms/index.html#liability"),
        ("../terms/2024-01-01.md", "terms/2024-01-01/index.html"), ("../terms/2024-01-01/", "terms/2024-01-01/index.html"),
        ("/terms/2024-01-01/#x", "terms/2024-01-01/index.html#x"), ("2024-01-01.md#a", "privacy/2024-01-01/index.html#a"),
        ("./2024-01-01.md", "privacy/2024-01-01/index.html"), ("files/flow.svg", "privacy/files/flow.svg"),
        ("./files/a/b.pdf", "privacy/files/a/b.pdf"), ("../files/logo.png", "files/logo.png"), ("/files/logo.png", "files/logo.png"),
        ("../terms/files/x.pdf", "terms/files/x.pdf"), ("../", "index.html"), ("../terms/history/", "terms/history/index.html"),
        ("../terms/changes/2024-01-01/", "terms/changes/2024-01-01/index.html"), ("../feed.xml", "feed.xml"),
        ("https://example.com/terms/", "external"), ("mailto:a@b.example", "external"), ("//cdn.example/x", "external"),
        ("#top", "external"), ("../cookies/", "unknown cookies"), ("/security/", "unknown security"),
        ("../../etc/passwd", "nowhere"), ("notes.md", "nowhere"), ("faq.html", "nowhere"), ("../terms/statement.yml", "nowhere"),
    ])
    func linksResolveAgainstTheVersionFile(url: String, expected: String) {
        #expect(Self.resolved(url) == expected)
    }

    @Test func theRewrittenLinkIsRelativeToEachPage() {
        let pages = [
            ("privacy/index.html", "../terms/index.html#x"), ("privacy/2024-01-01/index.html", "../../terms/index.html#x"),
            ("privacy/changes/2024-01-01/index.html", "../../../terms/index.html#x"),
            ("privacy/sections/data/index.html", "../../../terms/index.html#x"),
        ]
        for (page, expected) in pages {
            let rewriter = LinkRewriter(page: page, fragmentTarget: nil, slug: "privacy", slugs: Self.slugs)
            #expect(rewriter.rewrite("../terms/#x") == expected, "on \(page)")
        }
        let rewriter = LinkRewriter(page: "privacy/2024-01-01/index.html", fragmentTarget: nil, slug: "privacy", slugs: Self.slugs)
        #expect(rewriter.rewrite("files/my%20flow.svg?v=2") == "../files/my%20flow.svg?v=2")
        #expect(rewriter.rewrite("https://example.com/") == "https://example.com/")
    }

    static let site = [
        "privacy/2024-01-01.md":
            "# Privacy\n\n## Data\n\nSee the [terms](../terms/), their [liability](../terms/#liability) clause, "
            + "[the first terms](../terms/2024-01-01.md), and ![flow](files/flow.svg) and the [logo](../files/logo.png).\n",
        "privacy/2024-03-01.md":
            "# Privacy\n\n## Data\n\nSee the [terms](../terms/), their [liability](../terms/#liability) clause, "
            + "[the first terms](../terms/2024-01-01.md), and ![flow](files/flow.svg) and the [logo](../files/logo.png) now.\n",
        "privacy/files/flow.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "files/logo.png": "png",
        "terms/2024-01-01.md": "# Terms\n\n## Liability\n\nNone.\n",
    ]

    @Test func filesBesideAStatementArePublishedAndEveryPageLinksToThem() throws {
        let site = try TempSite.built(content: Self.site)
        #expect(try site.read("privacy/files/flow.svg") == Self.site["privacy/files/flow.svg"])
        #expect(try site.read("files/logo.png") == "png")
        let broken = LinkChecker(root: site.output).brokenLinks()
        #expect(broken.map(\.description) == [])
        // The crawl saw the links on every kind of page.
        #expect(try site.read("privacy/2024-01-01/index.html").contains("src=\"../files/flow.svg\""))
        #expect(try site.read("privacy/changes/2024-03-01/index.html").contains("href=\"../../../terms/index.html#liability\""))
        #expect(try site.read("privacy/index.html").contains("href=\"../files/logo.png\""))
    }

    @Test func versionsDoNotIncludeTheFilesFolderAndCheckReportsMissingFiles() throws {
        var files = Self.site
        files["privacy/files/flow.svg"] = nil
        files["privacy/notes.txt"] = "draft"
        files["terms/2024-01-01.md"] = "# Terms\n\nSee [cookies](../cookies/) and [security](/security/).\n"
        let site = try TempSite(content: files)
        let report = SiteBuilder(options: BuildOptions(content: site.content, output: site.output, asOf: TempSite.asOf)).check()
        let messages = report.diagnostics.map {
            "\($0.location.path.replacingOccurrences(of: site.content, with: "content")):\($0.location.line): \($0.message)"
        }
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "content/privacy/2024-01-01.md:5: link 'files/flow.svg' leads nowhere: there is no file privacy/files/flow.svg")
            })
        #expect(messages.contains { $0.hasPrefix("content/privacy/notes.txt:0: unexpected file in a statement folder, not published") })
        #expect(
            messages.contains {
                $0.hasPrefix("content/terms/2024-01-01.md:3: link '../cookies/' leads nowhere: there is no statement 'cookies'")
            })
        #expect(
            messages.contains {
                $0.hasPrefix("content/terms/2024-01-01.md:3: link '/security/' leads nowhere: there is no statement 'security'")
            })
        #expect(report.statements == 2 && report.versions == 3, "files/ is no statement and holds no versions")
    }
}
