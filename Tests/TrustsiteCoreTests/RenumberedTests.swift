import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A heading whose only change is its number is renumbered, not renamed: inserting "2. Sharing" above "2. Your Rights"
/// turns it into "3. Your Rights" and nothing else.
@Suite struct RenumberedTests {
    @Test func numberPrefixesAreRecognised() {
        let renumbered = [
            ("3. Your Rights", "4. Your Rights"), ("C. Cookies", "D. Cookies"), ("3.1 Access", "3.2 Access"),
            ("Section 3", "Section 4"), ("Section 3: Fees", "Section 4: Fees"), ("IV. Law", "V. Law"), ("§ 2 Scope", "§ 3 Scope"),
            ("1 Introduction", "2 Introduction"), ("a) Data", "b) Data"),
        ]
        for (a, b) in renumbered { #expect(HeadingNumber.onlyRenumbered(a, b), "\(a) → \(b)") }
        let renamed = [
            ("3. Your Rights", "4. Our Rights"), ("A Note", "I Note"), ("2023 Update", "2024 Update"), ("Rights", "Your Rights"),
            ("3. Rights", "3. Rights"), ("Section 3", "Article 4"), ("Data", "Date"),
        ]
        for (a, b) in renamed { #expect(!HeadingNumber.onlyRenumbered(a, b), "\(a) → \(b)") }
    }

    static let old = """
        ---
        summary: First.
        ---
        # Privacy

        ## 1. Scope

        This statement covers the service and the site.

        ## 2. Your Rights

        You may ask for a copy of your data at any time.

        ## 3. Contact

        Write to the data protection officer at the address below.
        """
    static let new = """
        ---
        summary: Sharing added.
        ---
        # Privacy

        ## 1. Scope

        This statement covers the service and the site.

        ## 2. Sharing

        We share data with processors that host the service for us under contract.

        ## 3. Your Rights

        You may ask for a copy of your data at any time.

        ## 4. Contact

        Write to the data protection officer at the postal address below.
        """

    @Test func aSectionOnlyRenumberedIsNotAChange() throws {
        let site = try TempSite.built(content: ["privacy/2024-01-01.md": Self.old, "privacy/2024-02-01.md": Self.new])
        let entry = try site.read("privacy/changes/2024-02-01/index.html")
        #expect(entry.contains(#"data-change="renumbered""#))
        #expect(entry.contains(">Renumbered<"))
        #expect(!entry.contains(">Renamed<"))
        // Renumbered and reworded: modified, with a note.
        #expect(entry.contains(#"data-change="modified""#))
        #expect(entry.contains("· renumbered"))
        // The table of contents marks the new and the reworded section only.
        let page = try site.read("privacy/index.html")
        let marked = page.components(separatedBy: "<li><a href=\"#").dropFirst().filter { $0.contains("toc-changed") }
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(marked == ["2-sharing", "4-contact"])
        // Its "Last changed" date stays that of the version that last changed its text.
        let beforeRights = try #require(page.components(separatedBy: "data-section=\"3-your-rights\"").first)
        #expect(beforeRights.suffix(400).contains("datetime=\"2024-01-01\""))
        // Feeds list the real changes only; the heat-map draws no cell for it.
        let feed = try site.read("privacy/feed.xml")
        #expect(!feed.contains("Renumbered"))
        #expect(!feed.contains("Renamed"))
        #expect(feed.contains("Added: 2. Sharing"))
        let history = try site.read("privacy/history/index.html")
        #expect(!history.contains("hm-renumbered"))
        #expect(!history.contains("hm-renamed"))
    }

    /// Every badge a page shows (each change kind, and "Upcoming" in the home page's recent changes) has a style of its own
    /// in the default theme; its colours come from the theme's variables, which the dark scheme sets too.
    @Test func everyChangeBadgeHasAStyle() throws {
        let css = try #require(DefaultTheme.files["assets/style.css"])
        let rules = css.split(separator: "\n").filter { $0.hasPrefix(".change-") }
        for kind in ChangeKind.allCases.map(\.rawValue) + ["upcoming"] {
            #expect(rules.contains { $0.contains(".change-\(kind) ") || $0.contains(".change-\(kind),") }, "no style for .change-\(kind)")
        }
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
    }

    @Test func terminalDiffSaysRenumbered() throws {
        let bodies = [Self.old, Self.new].map { $0.components(separatedBy: "---\n").last! }
        let (versions, history) = RoundTripCheck.history(bodies)
        let text = TerminalRedline(color: false).render(history.diffs[1], old: versions[0], new: versions[1])
        #expect(text.contains("## 3. Your Rights [renumbered from “2. Your Rights”]"))
        #expect(text.contains("## 4. Contact [modified from “3. Contact”, renumbered]"))
    }
}
