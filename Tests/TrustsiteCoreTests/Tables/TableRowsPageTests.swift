import Testing
import TrustsiteTestSupport
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// The changes page, compare page and `trustsite diff` list a changed table's rows below the section's redline.
@Suite struct TableRowsPageTests {
    static let old = """
        # Subprocessors

        ## Current subprocessors

        | Name | Purpose | Location |
        |---|---|---|
        | Mailfast | Email delivery | Ireland |
        | Litware | Translation | Canada |

        ## Contact

        Write to us.
        """
    static let new = """
        # Subprocessors

        ## Current subprocessors

        | Name | Purpose | Location |
        |---|---|---|
        | Mailfast | Email delivery | USA |
        | Litware | Translation | Canada |
        | Clerkly | Single sign-on | USA |

        ## Contact

        Write to us by email.
        """

    @Test func theChangesPageListsTheRowsBelowTheRedlineAsALabelledList() throws {
        let site = try TempSite.built(content: [
            "subprocessors/2024-01-01.md": "---\nsummary: First list.\n---\n" + Self.old,
            "subprocessors/2024-03-01.md": "---\nsummary: Added Clerkly; Mailfast moved.\n---\n" + Self.new,
        ])
        let page = try site.read("subprocessors/changes/2024-03-01/index.html")
        let entry = try #require(HTMLScan.region(page, from: "id=\"change-current-subprocessors\"", to: "id=\"change-contact\""))
        let rows = try #require(HTMLScan.region(entry, from: "<div class=\"table-rows\">", to: "</ul>"))
        #expect(entry.range(of: "class=\"redline\"")!.lowerBound < entry.range(of: "class=\"table-rows\"")!.lowerBound, "below the redline")
        #expect(rows.contains("<p class=\"table-rows-title\" id=\"change-current-subprocessors-rows-1\">Table rows</p>"))
        #expect(rows.contains("<ul aria-labelledby=\"change-current-subprocessors-rows-1\">"))
        #expect(
            rows.contains(
                "<li class=\"table-row is-added\"><span class=\"row-kind\">Added:</span> Clerkly — Single sign-on — USA</li>"))
        #expect(
            rows.contains(
                "<li class=\"table-row is-changed\"><span class=\"row-kind\">Changed:</span> <span class=\"row-key\">Mailfast</span> — "
                    + "<span class=\"row-column\">Location:</span> <del>Ireland</del> <span aria-hidden=\"true\">→</span>"
                    + "<span class=\"visually-hidden\">, now</span> <ins>USA</ins></li>"))
        #expect(!rows.contains("Litware"), "an unchanged row is not listed")
        let contact = try #require(HTMLScan.region(page, from: "id=\"change-contact\"", to: "</div>"))
        #expect(!contact.contains("table-rows"), "a section without a table has no list")
        // The compare page shows the same entry.
        #expect(try site.read("subprocessors/compare/2024-01-01/index.html").contains("Clerkly — Single sign-on — USA"))
    }

    @Test func trustsiteDiffPrintsTheRowsAfterTheSectionsRedline() {
        let (versions, history) = RoundTripCheck.history([Self.old, Self.new])
        let lines = TerminalRedline(color: false).render(history.diffs[1], old: versions[0], new: versions[1])
            .split(separator: "\n").map(String.init)
        let start = lines.firstIndex { $0.hasPrefix("## Current subprocessors") } ?? lines.endIndex
        let table = Array(lines[start...].prefix { !$0.hasPrefix("## Contact") })
        #expect(
            table.suffix(3) == [
                "Table rows:", "  Added: Clerkly — Single sign-on — USA", "  Changed: Mailfast — Location: Ireland → USA",
            ])
        #expect(!lines.contains("Table rows:") || lines.filter { $0 == "Table rows:" }.count == 1, "not for the contact section")
        let colored = TerminalRedline(color: true).render(history.diffs[1], old: versions[0], new: versions[1])
        #expect(colored.contains("Location: \(TerminalStyle.deleted.rawValue)Ireland\(TerminalStyle.reset.rawValue) → "))
    }
}
