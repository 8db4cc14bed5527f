import Foundation
import Testing
@testable import TrustsiteChecks
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// A section split in two is told as a split: lineage still pairs the old section with one part (a rename) and calls the
/// other added, and both say "split into “A” and “B”", on the changes page, in the section history and in `trustsite diff`.
@Suite struct SplitSectionTests {
    static let old = """
        # Privacy

        ## Sharing and retention

        We share your data with processors that host the service for us, under contracts that bind them to our \
        instructions and forbid any other use.

        We keep your data while your account is open and delete backups within ninety days after you close it, unless the \
        law makes us keep invoices longer.

        ## Contact

        Write to the data protection officer at the address below.
        """
    static let new = """
        # Privacy

        ## Sharing

        We share your data with processors that host the service for us, under contracts that bind them to our \
        instructions and forbid any other use.

        ## Retention

        We keep your data while your account is open and delete backups within ninety days after you close it, unless the \
        law makes us keep invoices longer.

        ## Cookies

        We set one cookie to keep you signed in, and no others at all on any page of the service.

        ## Contact

        Write to the data protection officer at the address below.
        """

    @Test func terminalDiffSaysSplitIntoBothParts() {
        let (versions, history) = RoundTripCheck.history([Self.old, Self.new])
        let diff = history.diffs[1]
        // Lineage pairs the old section with the larger part, as a rename, and calls the other added.
        #expect(diff.changes.map(\.kind) == [.added, .renamed, .added, .unchanged])
        let text = TerminalRedline(color: false).render(diff, old: versions[0], new: versions[1])
        #expect(text.contains("## Sharing [added, split from “Sharing and retention” into “Sharing” and “Retention”]"))
        let retention = "## Retention [renamed from “Sharing and retention”, text changed, split into “Sharing” and “Retention”"
        #expect(text.contains(retention + "]"))
        // A new section with words of its own is added, nothing more.
        #expect(text.contains("## Cookies [added]"))
    }

    /// A section that keeps its text, gives it all to another (moved text, not a split), sheds a sentence or gets a twin
    /// of its heading is not split.
    @Test func onlyASectionWhoseTextGoesToTwoPartsIsSplit() {
        let old = Self.old.components(separatedBy: "\n\n")
        let (heading, sharing, retention, contact) = (old[1], old[2], old[3], old[4] + "\n\n" + old[5])
        let kept = [old[0], heading, sharing, retention, "## Cookies", "We set one cookie.", contact]
        let emptied = [old[0], heading, "This part is now under Details.", "## Details", sharing, retention, contact]
        let shed = [
            old[0], heading, sharing, retention + " Ask us for details.", "## Invoices", "We keep invoices ten years.", contact,
        ]
        // Twin headings: repeated boilerplate cannot tell which words went where.
        let twins = [old[0], heading, sharing, heading, retention, contact]
        for text in [kept, emptied, shed, twins].map({ $0.joined(separator: "\n\n") }) {
            let (_, history) = RoundTripCheck.history([Self.old, text])
            #expect(history.diffs[1].changes.contains { $0.kind == .added })
            #expect(history.diffs[1].changes.allSatisfy { $0.split == nil }, "\(text)")
        }
    }

    @Test func changesPageAndSectionHistorySaySplit() throws {
        let site = try TempSite.built(content: [
            "privacy/2024-01-01.md": "---\nsummary: First.\n---\n" + Self.old,
            "privacy/2024-02-01.md": "---\nsummary: Split.\n---\n" + Self.new,
        ])
        let page = try site.read("privacy/changes/2024-02-01/index.html")
        let (from, into) = ("split from “Sharing and retention” into", "split into")
        let parts = "“Sharing” and “Retention”"
        // Both entries and both lines of the change list carry the note; the kinds stay those of lineage.
        for note in [from, into] {
            #expect(page.contains(" · \(note) \(parts) · <a"))
            #expect(page.contains("<span class=\"was\">· \(note) \(parts)</span>"))
        }
        #expect(page.contains(#"data-section="sharing" data-lineage="sharing" data-change="added""#))
        #expect(page.contains(#"data-section="retention" data-lineage="sharing-and-retention" data-change="renamed""#))
        let history = try site.read("privacy/sections/sharing/index.html")
        #expect(history.contains("<span class=\"was\">\(from) \(parts)</span>"))
        let feed = try site.read("privacy/feed.xml")
        #expect(!feed.contains("split"))
    }
}
