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
            warning("content/terms/2023-01-01.md", 8, "x"),  // in force: listed in full
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
                "content/terms/2023-01-01.md:8:3: warning: x",
                "content/terms/2024-09-01.md:7:3: warning: \(broken)",
            ])
        #expect(digest.total == 7)
        #expect(digest.folded == (warnings: 3, lines: 1))
        #expect(digest.summary == ", 7 warnings (3 repeated in archived versions, folded into 1 line; --all-warnings lists each)")
        #expect(WarningDigest(warnings, inForce: ["terms": Day("2023-01-01")!], all: true).lines.count == 7)
    }

    /// A warning the version in force still has is told once: on its line there, with the archived versions that had it
    /// too (a summary missing from every version is one line per statement, naming the file to fix).
    @Test func foldsArchivedRepeatsIntoTheLineOfTheVersionInForce() {
        let missing = "version has no 'summary'"
        var warnings = (2...9).map { warning("content/terms/2020-01-0\($0).md", 1, missing) }
        warnings += [
            warning("content/terms/2020-01-03.md", 6, "y"), warning("content/terms/2020-01-05.md", 6, "y"),
            warning("content/terms/2020-01-07.md", 6, "y"), warning("content/terms/2020-01-07.md", 9, "y"),
            warning("content/terms/2020-01-10.md", 1, missing), warning("content/terms/2020-01-10.md", 4, "y"),
            warning("content/terms/2020-01-11.md", 1, missing),  // upcoming: its own line
            warning("content/privacy/2020-01-01.md", 4, "y"), warning("content/privacy/2021-01-01.md", 4, "y"),
        ]
        let digest = WarningDigest(warnings, inForce: ["terms": Day("2020-01-10")!, "privacy": Day("2021-01-01")!])
        #expect(
            digest.lines.map(\.description) == [
                "content/privacy/2021-01-01.md:4:3: warning: y [also in the archived version of 2020-01-01; --all-warnings lists each]",
                "content/terms/2020-01-10.md:1:3: warning: \(missing) [also in 8 archived versions, 2020-01-02 to 2020-01-09; "
                    + "--all-warnings lists each]",
                "content/terms/2020-01-10.md:4:3: warning: y [also in 3 archived versions, 2020-01-03 to 2020-01-07, 4 times; "
                    + "--all-warnings lists each]",
                "content/terms/2020-01-11.md:1:3: warning: \(missing)",
            ])
        #expect(digest.folded == (warnings: 13, lines: 3))
        #expect(digest.summary == ", 17 warnings (13 repeated in archived versions, folded into 3 lines; --all-warnings lists each)")
    }

    /// The same warning at many places of one file (a link to a missing heading used 216 times) is one line at its first
    /// place, saying how many times and on which lines; the version in force and upcoming ones alike, archived ones too.
    @Test func foldsTheSameWarningInOneFileAtItsFirstPlace() {
        let nowhere = "link '#definition-api-client' leads nowhere"
        let places = [40, 12, 77, 90, 12, 120]
        var warnings = places.map { warning("content/terms/2024-01-01.md", $0, nowhere) }
        warnings += [
            warning("content/terms/2024-01-01.md", 30, "other"),  // another message: its own line
            warning("content/terms/2025-01-01.md", 5, nowhere), warning("content/terms/2025-01-01.md", 6, nowhere),  // upcoming
            warning("content/terms/statement.yml", 2, "odd"), warning("content/terms/statement.yml", 2, "odd"),
            Diagnostic(.error, SourceLocation(path: "content/terms/2024-01-01.md", line: 3), "e"),
            Diagnostic(.error, SourceLocation(path: "content/terms/2024-01-01.md", line: 4), "e"),  // errors never fold
        ]
        let digest = WarningDigest(warnings.reversed(), inForce: ["terms": Day("2024-01-01")!])
        #expect(
            digest.lines.map(\.description) == [
                "content/terms/2024-01-01.md:3: error: e",
                "content/terms/2024-01-01.md:4: error: e",
                "content/terms/2024-01-01.md:12:3: warning: \(nowhere) [repeated 6 times in this file, on lines 12, 40, 77 and 2 more; "
                    + "--all-warnings lists each]",
                "content/terms/2024-01-01.md:30:3: warning: other",
                "content/terms/2025-01-01.md:5:3: warning: \(nowhere) [repeated 2 times in this file, on lines 5 and 6; "
                    + "--all-warnings lists each]",
                "content/terms/statement.yml:2:3: warning: odd [repeated 2 times in this file, on line 2; --all-warnings lists each]",
            ])
        #expect(digest.total == 13)
        #expect(digest.repeats == (warnings: 10, lines: 3))
        #expect(digest.summary == ", 13 warnings (10 repeated within a file, folded into 3 lines; --all-warnings lists each)")
        #expect(WarningDigest(warnings, inForce: ["terms": Day("2024-01-01")!], all: true).lines.count == 13)
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
            digest.lines.map(\.description) == [
                "content/t/2020-01-01.md:1:3: warning: x [repeated 2 times in this file, on lines 1 and 8; --all-warnings lists each]"
            ])
    }

    /// Build and check fold the same way: the summary says how many, `--strict` still fails on every one.
    @Test func buildAndCheckFoldArchivedRepeats() throws {
        var files: [String: String] = [:]
        let text = { (body: String) in "---\nsummary: s\n---\n# Terms\n\n\(body)\n" }
        for year in 2019...2022 { files["terms/\(year)-01-01.md"] = text("See [cookies](../cookies/), \(year).") }
        files["terms/2023-01-01.md"] = text("See [cookies](../cookies/).\n\nAnd [cookies](../cookies/) again.")
        for year in 2019...2021 { files["privacy/\(year)-01-01.md"] = text("See [cookies](../cookies/), \(year).") }
        files["privacy/2022-01-01.md"] = text("Fixed.")
        let fixture = try TempSite(content: files)
        let report = try fixture.build()
        #expect(report.warnings.count == 9)
        let lines = report.warningDigest().lines.map(\.description)
        #expect(lines.count == 2)
        #expect(
            lines.last?.hasSuffix(
                "[repeated 2 times in this file, on lines 6 and 8; also in 4 archived versions, 2019-01-01 to "
                    + "2022-01-01; --all-warnings lists each]") == true)
        let note =
            " (7 repeated in archived versions, folded into 2 lines; 2 repeated within a file, folded into 1 line; "
            + "--all-warnings lists each)"
        #expect(report.summary.hasSuffix(", 9 warnings" + note))
        #expect(report.summary(allWarnings: true).hasSuffix(", 9 warnings"))
        let check = SiteBuilder(options: BuildOptions(content: fixture.content, asOf: TempSite.asOf)).check()
        #expect(
            check.digest().lines.map { $0.location.path.split(separator: "/").suffix(2).joined(separator: "/") } == [
                "privacy/2021-01-01.md", "terms/2023-01-01.md",
            ])
        #expect(check.summary.hasSuffix("0 errors, 9 warnings" + note))
        #expect(check.digest(all: true).lines.count == 9)
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
