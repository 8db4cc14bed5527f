import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Sections rendered once per statement and reused: equal sections share the HTML, links still fit each page.
@Suite struct SectionFragmentsTests {
    /// "Scope" links to "#terms" in v1 and v2 (same text), and loses the link in v3; "Terms" changes in v2 and v3.
    static let files = [
        "terms/2024-01-01.md":
            "---\ntitle: Terms\n---\n## Scope\n\nRead [the terms](#terms) and our [privacy notice](/privacy/) first.\n\n## Terms\n\nYou agree to these terms.\n",
        "terms/2024-02-01.md":
            "---\ntitle: Terms\n---\nA new opening paragraph moves every heading down.\n\n## Scope\n\nRead [the terms](#terms) and our [privacy notice](/privacy/) first.\n\n## Terms\n\nYou agree to these terms today.\n",
        "terms/2024-03-01.md":
            "---\ntitle: Terms\n---\nA new opening paragraph moves every heading down.\n\n## Scope\n\nRead the terms and our [privacy notice](/privacy/) first.\n\n## Terms\n\nYou agree to these terms now.\n",
        "privacy/2024-01-01.md": "---\ntitle: Privacy\n---\n## Data\n\nWe keep little.\n",
    ]

    @Test func equalSectionsShareOneNumberWhereverTheirHeadingStands() throws {
        let fixture = try TempSite(content: Self.files)
        var timings = Timings()
        let (site, _, _) = try SiteBuilder(options: BuildOptions(content: fixture.content, output: fixture.output, asOf: TempSite.asOf))
            .prepare(&timings)
        let statement = try #require(site.statements.first { $0.slug == "terms" })
        let fragments = SectionFragments(statement, rawHTML: false, slugs: ["terms", "privacy"])
        let scope = statement.versions.map { v in v.document.sections.firstIndex { $0.id == "scope" }! }
        // v2's "Scope" starts two lines lower than v1's, yet is the same section.
        #expect(
            statement.versions[0].document.sections[scope[0]].heading?.line
                != statement.versions[1].document.sections[scope[1]].heading?.line)
        #expect(fragments.ids[0][scope[0]] == fragments.ids[1][scope[1]])
        #expect(fragments.ids[1][scope[1]] != fragments.ids[2][scope[2]])
        let all = fragments.ids.flatMap { $0 }
        #expect(Set(all).count == 6, "Scope ×2, Terms ×3 and the v2 preamble are the distinct sections: \(all)")
    }

    @Test func aSharedSectionsLinksStillFitEachPage() throws {
        let site = try TempSite.built(content: Self.files)
        // The same "Scope" text on an archived page and on the current page: a site link is relative to each.
        #expect(try site.read("terms/2024-01-01/index.html").contains("href=\"../../privacy/index.html\""))
        #expect(try site.read("terms/index.html").contains("href=\"../privacy/index.html\""))
        // The same deleted link on two compare pages leads to each page's own older version.
        let first = try site.read("terms/compare/2024-01-01/index.html")
        let second = try site.read("terms/compare/2024-02-01/index.html")
        #expect(first.contains("href=\"../../2024-01-01/index.html#terms\""))
        #expect(!first.contains("2024-02-01/index.html#terms"))
        #expect(second.contains("href=\"../../2024-02-01/index.html#terms\""))
        #expect(!second.contains("2024-01-01/index.html#terms"))
    }

    @Test func aRedlineIsNotAVersionBody() throws {
        // An added section's redline and its body on a version page have the same section, but not the same HTML.
        let site = try TempSite.built(content: Self.files)
        let changes = try site.read("terms/changes/2024-02-01/index.html")
        #expect(changes.contains("<p class=\"redline-added\"><ins>A new opening paragraph"))
        #expect(try site.read("terms/2024-02-01/index.html").contains("<p>A new opening paragraph"))
    }
}
