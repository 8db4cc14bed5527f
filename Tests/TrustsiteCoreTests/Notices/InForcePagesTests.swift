import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// Every version page states its in-force period; the point-in-time page lists them all.
@Suite struct InForcePagesTests {
    static let files = [
        "terms/2024-01-01.md": "---\nchange: minor\n---\n## Fees\n\nNone.\n",
        "terms/2024-03-01.md": "---\nsummary: s\nchange: minor\neffective: 2024-04-01\n---\n## Fees\n\nSome.\n",
        "terms/2024-05-01.md": "---\nsummary: s\nchange: material\neffective: 2024-07-01\n---\n## Fees\n\nMore.\n",
        "terms/statement.yml": "notice_days: 30\n",
    ]

    /// The in-force line of a page.
    func inForce(_ html: String) -> String? {
        guard let start = html.range(of: "<span class=\"date date-in-force\">") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\n" })
    }

    @Test func eachVersionPageStatesItsPeriod() throws {
        let site = try TempSite.built(content: Self.files, asOf: Day("2024-06-01")!)
        #expect(
            inForce(try site.read("terms/2024-01-01/index.html"))
                == "<a href=\"../at/index.html\">In force from <time datetime=\"2024-01-01\">January 1, 2024</time> until "
                + "<time datetime=\"2024-04-01\">April 1, 2024</time></a></span>")
        #expect(
            inForce(try site.read("terms/2024-03-01/index.html"))
                == "<a href=\"../at/index.html\">In force since <time datetime=\"2024-04-01\">April 1, 2024</time></a></span>")
        #expect(inForce(try site.read("terms/index.html"))?.contains(">In force since <time datetime=\"2024-04-01\">") == true)
        #expect(
            inForce(try site.read("terms/2024-05-01/index.html"))
                == "<a href=\"../at/index.html\">Takes effect on <time datetime=\"2024-07-01\">July 1, 2024</time></a></span>")
        // The upcoming notice names the class of the change.
        #expect(
            try site.read("terms/index.html").contains(
                "<p class=\"notice\">A material change takes effect on <time datetime=\"2024-07-01\">July 1, 2024</time>."))
    }

    @Test func beforeTheFirstEffectiveDateTheStatementPageSaysNothingIsInForce() throws {
        let site = try TempSite.built(content: Self.files, asOf: Day("2023-12-01")!)
        let page = try site.read("terms/index.html")
        #expect(inForce(page)?.contains(">Not yet in force: takes effect on <time datetime=\"2024-01-01\">") == true)
        #expect(
            page.contains(
                "<div class=\"banner banner-upcoming\" role=\"note\"><p>No version is in force yet: this one takes effect on January 1, 2024. "
                    + "<a href=\"at/index.html\">When each version is in force</a></p></div>"))
        // The picker does not call it current.
        #expect(!page.contains("<span class=\"badge\">Current</span>"))
        #expect(!(try site.read("terms/history/index.html")).contains("<span class=\"badge\">Current</span>"))
    }

    @Test func thePointInTimePageListsEveryPeriodWithLinks() throws {
        let site = try TempSite.built(content: Self.files, asOf: Day("2024-06-01")!)
        let page = try site.read("terms/at/index.html")
        let items = page.components(separatedBy: "<li").dropFirst().filter { $0.contains("data-from") }
        #expect(items.count == 3)
        #expect(items[0].contains("data-from=\"2024-01-01\" data-until=\"2024-04-01\" data-href=\"../2024-01-01/index.html\""))
        #expect(
            items[0].contains("In force from <time datetime=\"2024-01-01\">January 1, 2024</time> until")
                && !items[0].contains("What changed"))
        #expect(items[1].hasPrefix(" class=\"is-current\""))
        #expect(items[1].contains("<a href=\"../changes/2024-03-01/index.html\">What changed"))
        #expect(items[2].contains("Takes effect on <time datetime=\"2024-07-01\">"))
        #expect(
            page.contains("<p class=\"at-before\">Before <time datetime=\"2024-01-01\">January 1, 2024</time> no version was in force.</p>")
        )
        #expect(page.contains("<form class=\"at-form\" hidden data-first=\"2024-01-01\""))
        #expect(page.contains("<script src=\"../../assets/at.js\" defer></script>"))
        #expect(site.exists("assets/at.js"))
        // Linked from the history and every version page.
        #expect(try site.read("terms/history/index.html").contains("<a href=\"../at/index.html\">Which version was in force on a date</a>"))
    }

    @Test func aThemeWithoutThePointInTimeTemplateUsesTheBuiltInOne() throws {
        let site = try TempSite(content: ["p/2024-01-01.md": "## A\n\nText.\n"])
        for (path, text) in DefaultTheme.files where !Theme.optionalFiles.contains(path) {
            try site.write("templates/" + path, text)
        }
        // A build with an error throws.
        try SiteBuilder(options: site.options).build()
        #expect(try site.read("p/at/index.html").contains("In force since <time datetime=\"2024-01-01\">"))
        #expect(site.exists("assets/at.js"))
    }
}
