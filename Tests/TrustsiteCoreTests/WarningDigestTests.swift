import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Warnings a reader can act on: those about the versions in force, upcoming and newest in full, the same warning
/// repeated in archived versions once per statement.
@Suite struct WarningDigestTests {
    func warning(_ path: String, _ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(.warning, SourceLocation(path: path, line: line, column: 3), message)
    }

    @Test func foldsARepeatedWarningOfArchivedVersionsAtItsNewestLocation() {
        let broken = "link '../gone/' leads nowhere: there is no statement 'gone'"
        let warnings = [
            warning("content/terms/2020-01-01.md", 4, broken),
            warning("content/terms/2021-01-01.md", 5, broken),
            warning("content/terms/2022-01-01.md", 7, broken),
            warning("content/terms/2023-01-01.md", 7, broken),  // in force: listed in full
            warning("content/terms/2024-09-01.md", 7, broken),  // upcoming: listed in full
            warning("content/privacy/2020-01-01.md", 2, broken),  // another statement: its own line
            warning("content/terms/2021-01-01.md", 9, "version has no 'summary'"),  // once: as it is
        ]
        let digest = WarningDigest(warnings.reversed(), inForce: ["terms": Day("2023-01-01")!, "privacy": Day("2024-01-01")!])
        #expect(
            digest.lines.map(\.description) == [
                "content/privacy/2020-01-01.md:2:3: warning: \(broken)",
                "content/terms/2021-01-01.md:9:3: warning: version has no 'summary'",
                "content/terms/2022-01-01.md:7:3: warning: \(broken) [repeated in 3 archived versions, 2020-01-01 to 2022-01-01; "
                    + "--all-warnings lists each]",
                "content/terms/2023-01-01.md:7:3: warning: \(broken)",
                "content/terms/2024-09-01.md:7:3: warning: \(broken)",
            ])
        #expect(digest.total == 7)
        #expect(digest.folded == (warnings: 3, lines: 1))
        #expect(digest.summary == ", 7 warnings (3 repeated in archived versions, folded into 1 line; --all-warnings lists each)")
        #expect(WarningDigest(warnings, inForce: ["terms": Day("2023-01-01")!], all: true).lines.count == 7)
    }

    @Test func keepsDifferentMessagesErrorsAndOtherFilesApart() {
        let warnings = [
            warning("content/terms/2020-01-01.md", 1, "a"), warning("content/terms/2021-01-01.md", 1, "b"),
            Diagnostic(.error, SourceLocation(path: "content/terms/2020-01-01.md", line: 2), "a"),
            Diagnostic(.error, SourceLocation(path: "content/terms/2021-01-01.md", line: 2), "a"),
            warning("content/terms/statement.yml", 1, "a"), warning("content/terms/notes.txt", 0, "a"),
        ]
        let digest = WarningDigest(warnings, inForce: ["terms": Day("2024-01-01")!])
        #expect(digest.lines.count == 6)
        #expect(digest.summary == ", 6 warnings")
    }

    /// A warning repeated twice in the same archived version (two links to the same missing page) folds too.
    @Test func countsRepeatsInOneVersion() {
        let warnings = [warning("content/t/2020-01-01.md", 1, "x"), warning("content/t/2020-01-01.md", 8, "x")]
        let digest = WarningDigest(warnings, inForce: ["t": Day("2024-01-01")!])
        #expect(
            digest.lines.map(\.description) == ["content/t/2020-01-01.md:1:3: warning: x [repeated 2 times; --all-warnings lists each]"])
    }

    /// Build and check fold the same way: the summary says how many, `--strict` still fails on every one.
    @Test func buildAndCheckFoldArchivedRepeats() throws {
        var files: [String: String] = [:]
        for year in 2019...2023 {
            files["terms/\(year)-01-01.md"] = "---\nsummary: s\n---\n# Terms\n\nSee [cookies](../cookies/), \(year).\n"
        }
        let fixture = try TempSite(content: files)
        let report = try fixture.build()
        #expect(report.warnings.count == 5)
        #expect(report.warningDigest().lines.count == 2)
        #expect(report.summary.hasSuffix(", 5 warnings (4 repeated in archived versions, folded into 1 line; --all-warnings lists each)"))
        #expect(report.summary(allWarnings: true).hasSuffix(", 5 warnings"))
        let check = SiteBuilder(options: BuildOptions(content: fixture.content, asOf: TempSite.asOf)).check()
        #expect(check.digest().lines.map(\.location.path).map { ($0 as NSString).lastPathComponent } == ["2022-01-01.md", "2023-01-01.md"])
        #expect(
            check.summary.hasSuffix("0 errors, 5 warnings (4 repeated in archived versions, folded into 1 line; --all-warnings lists each)")
        )
        #expect(check.failed(strict: true))
    }

    /// A link to a document of the repository the text came from gets advice for that, not "link to a version as
    /// YYYY-MM-DD.md".
    @Test func adviceFitsLinksOutsideTheSite() throws {
        let text = "---\nsummary: s\n---\n## A\n\nSee [a](policy.md), [b](../other-policy.md) and [c](/privacy/subprocessors.md).\n"
        let fixture = try TempSite(content: ["terms/2024-01-01.md": text])
        let messages = try fixture.build().warnings.map(\.message)
        #expect(
            messages == [
                "link 'policy.md' leads nowhere: the site has no page for 'policy.md' (only versions, named YYYY-MM-DD.md, are "
                    + "published); for a document outside the site, write its full URL (https://…)",
                "link '../other-policy.md' leads nowhere: the site has no page for 'other-policy.md'; for a document outside the "
                    + "site, write its full URL (https://…)",
                "link '/privacy/subprocessors.md' leads nowhere: the site has no page for 'subprocessors.md' (there is no statement "
                    + "'privacy'); for a document outside the site, write its full URL (https://…)",
            ])
    }
}
