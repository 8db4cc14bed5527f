import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

/// `trustsite diff --format markdown|html|json`: the same redline as the site, in the forms a pull request, an
/// artifact and a script need.
@Suite struct DiffFormatTests {
    static let old = """
        # Terms

        ## Fees

        We charge *no* fees. Contact @legal about #12.

        | Name | Country |
        | --- | --- |
        | Contoso | US |
        | Fabrikam | DE |

        ## Gone

        This section goes.

        """
    static let new = """
        # Terms

        ## Fees

        We charge small fees (< 5%). Contact @legal about #12.

        | Name | Country |
        | --- | --- |
        | Contoso | US |
        | Fabrikam | NL |

        ## New

        A new section.

        """

    static func report(_ old: String = old, _ new: String = new) -> DiffReport {
        let (versions, _) = RoundTripCheck.history([old, new])
        return DiffReport(statement: "terms", old: versions[0], new: versions[1])
    }

    @Test func jsonRunsGiveBackBothVersionsText() throws {
        let json = DiffReport.json([Self.report()])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "trustsite-diff" && document["version"] as? Int == 1)
        let diff = try #require((document["diffs"] as? [[String: Any]])?.first)
        #expect(diff["statement"] as? String == "terms")
        #expect((diff["counts"] as? [String: Int])?["modified"] == 1)
        let sections = try #require(diff["sections"] as? [[String: Any]])
        let fees = try #require(sections.first { $0["new_title"] as? String == "Fees" })
        #expect(fees["kind"] as? String == "modified" && fees["lineage"] as? String != nil && fees["new_id"] as? String == "fees")
        let blocks = try #require(fees["blocks"] as? [[String: Any]])
        let paragraph = try #require(blocks.first { $0["type"] as? String == "paragraph" })
        let runs = try #require((paragraph["cells"] as? [[[String: Any]]])?.first)
        let text = { (skip: String) in runs.filter { $0["op"] as? String != skip }.compactMap { $0["text"] as? String }.joined() }
        #expect(text("inserted") == "We charge no fees. Contact @legal about #12.")
        #expect(text("deleted") == "We charge small fees (< 5%). Contact @legal about #12.")
        let row = try #require(blocks.last { $0["type"] as? String == "row" })
        #expect((row["cells"] as? [[[String: Any]]])?.count == 2)
        // Every key of a section is there, null when it has no value (a removed section has no new id).
        let gone = try #require(sections.first { $0["kind"] as? String == "removed" })
        #expect(gone.keys.contains("new_id") && gone["new_id"] is NSNull)
    }

    @Test func markdownMarksChangesAndCannotBeReadAsMarkup() {
        let markdown = DiffReport.markdown([Self.report()])
        #expect(markdown.hasPrefix(DiffReport.commentMarker + "\n"))
        #expect(markdown.contains("**Sections:** Added 1 · Removed 1 · Modified 1"))
        #expect(markdown.contains("<del>\\*no\\*</del>") || markdown.contains("<del>no</del>"), "\(markdown)")
        #expect(markdown.contains("<ins>small</ins>") || markdown.contains("<ins>small "), "\(markdown)")
        #expect(markdown.contains("(&lt; 5%)"))
        // Neither a mention nor an issue link.
        #expect(markdown.contains("@\u{2060}legal") && markdown.contains("#\u{2060}12") && !markdown.contains("@legal"))
        // The table stays a table, the changed cell marked.
        #expect(markdown.contains("| Fabrikam | <del>DE</del><ins>NL</ins> |"), "\(markdown)")
        #expect(markdown.contains("#### Added: New") && markdown.contains("#### Removed: Gone"))
    }

    @Test func markdownFitsInOneCommentWhateverTheInput() {
        // 2,000 sections, each rewritten: more redline, and more sections to list, than a comment holds.
        let body = { (word: String) in
            (1...2_000).map { "## Section \($0)\n\n\(word) text of section \($0), with a few more words." }.joined(separator: "\n\n")
        }
        var report = Self.report(body("Old"), body("New"))
        report.changesURL = "https://trust.example/terms/changes/2024-01-02/"
        let markdown = DiffReport.markdown([report])
        #expect(markdown.unicodeScalars.count <= DiffReport.commentLimit)
        #expect(markdown.contains("listed only") && markdown.contains("https://trust.example/terms/changes/2024-01-02/"))
        #expect(markdown.contains("more changed sections"))
        // Small changes keep their whole redline.
        #expect(!DiffReport.markdown([Self.report()]).contains("listed only"))
    }

    @Test func theGitHubPrivacyStatementRewriteFitsAndKeepsItsRedlines() throws {
        let folder = Repository.root() + "/../shared/corpus/github-site-policy/github-privacy-statement/"
        guard FileManager.default.fileExists(atPath: folder + "2024-04-17.md") else { return }
        let (old, new) = (try StandaloneVersion.load(folder + "2023-12-27-11.md"), try StandaloneVersion.load(folder + "2024-04-17.md"))
        let markdown = DiffReport.markdown([DiffReport(old: old, new: new)])
        #expect(markdown.unicodeScalars.count <= DiffReport.commentLimit)
        // Sections added or removed whole are listed; those in both versions keep their redlines.
        #expect(markdown.contains("- **Removed** The short version"))
        #expect(markdown.contains("#### Renamed: Your Privacy Rights") && markdown.contains("<ins>"))
    }

    @Test func htmlIsOneSelfContainedFile() {
        let html = DiffReport.html([Self.report()])
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<style>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("<del>") && html.contains("<ins>") && html.contains("(&lt; 5%)"))
    }
}
