import Testing
import TrustsiteTestSupport
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// `/<slug>/notices/<date>/` and `.txt`: a version's email-ready notice, with the table rows it changed.
@Suite struct NoticePageTests {
    static let statementYML = """
        title: Subprocessors
        objection_text: "To object, write to [privacy@example.com](mailto:privacy@example.com) within **30 days**."
        """
    static let content = [
        "subprocessors/statement.yml": statementYML,
        "subprocessors/2024-01-01.md": "---\nsummary: First list.\n---\n" + TableRowsPageTests.old,
        "subprocessors/2024-03-01.md": "---\nsummary: Added *Clerkly*.\nchange: material\nannounced: 2024-02-01\n---\n"
            + TableRowsPageTests.new,
    ]

    func built(base: String?) throws -> TempSite {
        let site = try TempSite(content: Self.content, siteYML: "title: Example Trust Center\n")
        try site.build(baseURL: base)
        return site
    }

    @Test func theTextNoticeSaysWhatChangedWithAbsoluteLinks() throws {
        let site = try built(base: "https://trust.example.com")
        #expect(
            try site.read("subprocessors/notices/2024-03-01.txt") == """
                Material change to Subprocessors, effective March 1, 2024

                Change: Material
                Announced: February 1, 2024
                Takes effect: March 1, 2024

                Added *Clerkly*.

                Changed sections:
                - Current subprocessors (Modified): https://trust.example.com/subprocessors/changes/2024-03-01/#change-current-subprocessors
                  Added: Clerkly — Single sign-on — USA
                  Changed: Mailfast — Location: Ireland → USA
                - Contact (Modified): https://trust.example.com/subprocessors/changes/2024-03-01/#change-contact

                Objections:
                To object, write to [privacy@example.com](mailto:privacy@example.com) within **30 days**.

                Every change: https://trust.example.com/subprocessors/changes/2024-03-01/
                The new version: https://trust.example.com/subprocessors/2024-03-01/

                """)
        #expect(!site.exists("subprocessors/notices/2024-01-01.txt") && !site.exists("subprocessors/notices/2024-01-01/index.html"))
    }

    @Test func theHTMLNoticeIsEmailSafe() throws {
        let html = try built(base: "https://trust.example.com").read("subprocessors/notices/2024-03-01/index.html")
        #expect(!html.contains("<script") && !html.contains("<style") && !html.contains("class="))
        // No stylesheet: the one link is the site's icon, for a browser opening the page on the site.
        #expect(html.components(separatedBy: "<link").count == 2)
        #expect(html.contains("<link rel=\"icon\" href=\"../../../assets/icon.svg\" type=\"image/svg+xml\">"))
        #expect(html.contains("<table role=\"presentation\" width=\"600\""))
        #expect(html.contains("<title>Material change to Subprocessors, effective March 1, 2024</title>"))
        #expect(html.contains("<p style=\"margin:0 0 16px;\">Added <em>Clerkly</em>.</p>"))
        #expect(html.contains("<time datetime=\"2024-02-01\">February 1, 2024</time>"))
        #expect(html.contains("<a href=\"https://trust.example.com/subprocessors/changes/2024-03-01/#change-current-subprocessors\""))
        #expect(html.contains("<li><strong style=\"color:#116329;\">Added:</strong> Clerkly — Single sign-on — USA</li>"))
        #expect(html.contains("<li><strong style=\"color:#1f2328;\">Changed:</strong> Mailfast — Location: Ireland → USA</li>"))
        #expect(html.contains("<a href=\"mailto:privacy@example.com\">privacy@example.com</a> within <strong>30 days</strong>"))
    }

    @Test func withoutABaseURLTheHTMLLinksAreRelativeAndTheChangesPageLinksTheNotice() throws {
        let site = try built(base: nil)
        let html = try site.read("subprocessors/notices/2024-03-01/index.html")
        #expect(html.contains("<a href=\"../../changes/2024-03-01/index.html#change-current-subprocessors\""))
        let changes = try site.read("subprocessors/changes/2024-03-01/index.html")
        #expect(changes.contains("<a href=\"../../notices/2024-03-01/index.html\">email (HTML)</a>"))
        #expect(changes.contains("<a href=\"../../notices/2024-03-01.txt\">plain text</a>"))
        #expect(!(try site.read("subprocessors/compare/2024-01-01/index.html")).contains("notices/"))
    }

    @Test func noticesAreDeterministicAndNotInTheSitemap() throws {
        let (a, b) = (try built(base: "https://trust.example.com"), try built(base: "https://trust.example.com"))
        for path in ["subprocessors/notices/2024-03-01/index.html", "subprocessors/notices/2024-03-01.txt"] {
            #expect(try a.read(path) == b.read(path))
        }
        #expect(!(try a.read("sitemap.xml")).contains("notices"))
    }
}
