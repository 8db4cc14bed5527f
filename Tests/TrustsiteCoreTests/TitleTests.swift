import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Where a statement's title comes from: front matter, then statement.yml, then the leading H1, then the slug.
@Suite struct TitleTests {
    /// One statement per step of the fallback order.
    static let files: [String: String] = [
        "front/statement.yml": "title: From YAML\n",
        "front/2024-01-01.md": "---\ntitle: From Front Matter\n---\n# From H1\n\n## Body\n",
        "yml/statement.yml": "title: From YAML\n",
        "yml/2024-01-01.md": "# From H1\n\n## Body\n",
        "heading/2024-01-01.md": "# From *H1*\n\n## Body\n",
        "plain-slug/2024-01-01.md": "## Body\n",
    ]

    @Test(arguments: [
        ("front", "From Front Matter"), ("yml", "From YAML"), ("heading", "From H1"), ("plain-slug", "plain-slug"),
    ])
    func titleFallbackOrder(_ slug: String, _ title: String) throws {
        let fixture = try TempSite.built(content: Self.files)
        let page = try fixture.read("\(slug)/index.html")
        // The page's heading is the document's own H1, with its anchor, whatever title names the statement elsewhere.
        #expect(page.contains(slug == "plain-slug" ? "<h1>\(title)</h1>" : "<h1 id=\"from-h1\">From H1</h1>"))
        #expect(page.contains("<title>\(title) · Trust Center</title>"))
        #expect(try fixture.read("\(slug)/history/index.html").contains("<h1>\(title): history</h1>"))
        #expect(try fixture.read("index.html").contains(">\(title)</a></h3>"))
    }

    @Test func theHomePageNamesTheSiteOnceInItsTitle() throws {
        let fixture = try TempSite.built(content: Self.files)
        #expect(try fixture.read("index.html").contains("<title>Trust Center</title>"))
        #expect(try fixture.read("yml/index.html").contains("<title>From YAML · Trust Center</title>"))
    }

    @Test func theTitleH1IsNotRepeatedInTheBody() throws {
        let page = try TempSite.built(content: Self.files).read("heading/index.html")
        #expect(try #require(HTMLScan.body(page)).contains("<h1") == false)
        #expect(HTMLScan.toc(page)?.contains("From H1") == false)
    }

    @Test func aTitleSetElsewhereNeverHidesTheWordsOfTheLeadingH1() throws {
        // As in the Basecamp terms: front matter names the statement, the document's H1 says more.
        let fixture = try TempSite.built(content: [
            "terms/2024-01-01.md": "---\ntitle: Terms of Service\n---\n\n# Basecamp Terms of Service\n\n*Last updated: April 8, 2020*\n"
        ])
        let page = try fixture.read("terms/index.html")
        #expect(page.contains("<h1 id=\"basecamp-terms-of-service\">Basecamp Terms of Service</h1>"))
        #expect(page.contains("<title>Terms of Service · Trust Center</title>"))
        #expect(try fixture.read("index.html").contains(">Terms of Service</a></h3>"))
    }

    @Test func eachVersionKeepsItsOwnFrontMatterTitle() throws {
        let fixture = try TempSite.built(content: [
            "p/2024-01-01.md": "---\ntitle: Old Name\n---\nA\n",
            "p/2024-02-01.md": "---\ntitle: New Name\nsummary: Renamed.\n---\nB\n",
        ])
        #expect(try fixture.read("p/2024-01-01/index.html").contains("<h1>Old Name</h1>"))
        #expect(try fixture.read("p/index.html").contains("<h1>New Name</h1>"))
    }

    @Test func aRenamedSectionsFormerIdStaysWithTheSectionNotTheTitle() throws {
        let body = "We keep your name and postal address for as long as your account is open, and delete them after."
        let fixture = try TempSite.built(content: [
            "p/2024-01-01.md": "# Acme\n\n## Privacy Policy\n\n\(body)\n",
            "p/2024-02-01.md": "# Privacy Policy\n\n## Data Policy\n\n\(body)\n",
        ])
        let page = try fixture.read("p/index.html")
        #expect(page.contains("<h1>Privacy Policy</h1>"))
        #expect(page.contains("<span class=\"alias-anchor\" id=\"privacy-policy\"></span>"))
    }
}
