import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `trustsite check` errors: one small invalid site per error, asserting the exact line, position and fix.
    @Suite struct CheckErrorTests {
        /// A valid statement to sit beside the broken one, so each fixture has exactly the error under test.
        static let valid = ["content/ok/2024-01-01.md": "## One\n\nText.\n"]

        /// The check's error lines for `files` (plus `valid`), with the temporary folder shown as `R`.
        func errors(_ files: [String: String], bytes: [String: [UInt8]] = [:]) throws -> [String] {
            try TempSite(Self.valid.merging(files) { _, new in new }, bytes: bytes).lines(.error)
        }

        @Test func versionFileNameThatIsNotARealDate() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "A\n", "content/p/2024-02-30.md": "B\n"]) == [
                    "R/content/p/2024-02-30.md: error: version file name is not a date: \"2024-02-30.md\"; rename it to the date the version was published, as YYYY-MM-DD.md (a real date)"
                ])
        }

        @Test func frontMatterThatIsNotYAMLIsReportedAtTheYAMLErrorsLine() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "---\nupdated: 2024-01-01\ntitle: Terms: of use\n---\nBody\n"]) == [
                    "R/content/p/2024-01-01.md:3:13: error: front matter is not valid YAML: mapping values are not allowed in this context; "
                        + YAMLFields.syntaxHint
                ])
        }

        @Test func anUnclosedListOrQuoteIsReportedWhereItStarts() throws {
            #expect(
                try errors([
                    "content/p/2024-01-01.md": "---\ntitle: [oops\n---\nBody\n",
                    "content/q/2024-01-01.md": "---\nsummary: x\ntitle: \"unterminated\n  more\n---\nBody\n",
                ]) == [
                    "R/content/p/2024-01-01.md:2:8: error: front matter is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts here; noticed at line 3, column 1); "
                        + YAMLFields.syntaxHint,
                    "R/content/q/2024-01-01.md:3:8: error: front matter is not valid YAML: found unexpected end of stream (while scanning a quoted scalar that starts here; noticed at line 4, column 7); "
                        + YAMLFields.syntaxHint,
                ])
        }

        @Test func knownKeysOfTheWrongType() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "---\ntitle: [a, b]\nupdated: {day: 1}\n---\nBody\n"]) == [
                    "R/content/p/2024-01-01.md:2:8: error: 'title' must be a string, not a list or mapping; write it on one line, e.g. title: \"…\"",
                    "R/content/p/2024-01-01.md:3:10: error: 'updated' must be a date (YYYY-MM-DD), not a list or mapping; write it as updated: 2024-01-31",
                ])
        }

        @Test func effectiveThatIsNotADate() throws {
            #expect(
                try errors(["content/privacy/2024-01-05.md": "---\ntitle: P\neffective: 2024-13-01\n---\nBody\n"]) == [
                    "R/content/privacy/2024-01-05.md:3:12: error: 'effective' is not a date: \"2024-13-01\" (expected YYYY-MM-DD)"
                ])
        }

        @Test func unterminatedFrontMatter() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "---\ntitle: T\n\n# Body\n"]) == [
                    "R/content/p/2024-01-01.md:1:1: error: front matter is not terminated: add a line '---' after the front matter"
                ])
        }

        @Test func twoVersionsWithTheSameDateAreReportedAtTheUpdatedValue() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "A\n", "content/p/2024-02-01.md": "---\nsummary: x\nupdated: 2024-01-01\n---\nB\n"])
                    == [
                        "R/content/p/2024-02-01.md:3:10: error: this version and R/content/p/2024-01-01.md have the same date 2024-01-01; give each version its own 'updated' date"
                    ])
            // When the earlier file's `updated` causes the clash, that is where the error points.
            #expect(
                try errors([
                    "content/p/2024-01-01.md": "---\nupdated: 2024-02-01\n---\nA\n", "content/p/2024-02-01.md": "---\nsummary: x\n---\nB\n",
                ]) == [
                    "R/content/p/2024-01-01.md:2:10: error: this version and R/content/p/2024-02-01.md have the same date 2024-02-01; give each version its own 'updated' date"
                ])
        }

        @Test func effectiveBeforeUpdated() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "---\nupdated: 2024-05-01\neffective: 2024-04-01\n---\nBody\n"]) == [
                    "R/content/p/2024-01-01.md:3:12: error: 'effective' (2024-04-01) is before 'updated' (2024-05-01)"
                ])
        }

        @Test func explicitHeadingIDsThatCollide() throws {
            #expect(
                try errors(["content/p/2024-01-01.md": "---\ntitle: T\n---\n## A {#same}\n\nText.\n\n## B {#same}\n"]) == [
                    "R/content/p/2024-01-01.md:8:1: error: heading id '#same' is already used by the heading on line 4"
                ])
        }

        @Test func invalidUTF8NamesTheByteOffset() throws {
            #expect(
                try errors([:], bytes: ["content/p/2024-01-01.md": Array("ok\nab".utf8) + [0xC3, 0x28, 0x0A]]) == [
                    "R/content/p/2024-01-01.md:2: error: file is not valid UTF-8 (invalid byte at offset 5)"
                ])
        }

        @Test func emptyStatementFolder() throws {
            let site = try TempSite(Self.valid)
            try FileManager.default.createDirectory(atPath: site.content + "/empty", withIntermediateDirectories: true)
            #expect(
                site.lines(.error) == [
                    "R/content/empty: error: statement folder has no version files; add one named after its date, e.g. empty/2024-01-31.md, or remove the folder"
                ])
        }

        @Test func templateThatDoesNotParseIsReportedInTheTemplate() throws {
            let site = try TempSite(Self.valid)
            try site.writeTheme(["home.mustache": "{{<layout}}\n{{$main}}\n<p>{{#statements}}x</p>\n{{/main}}\n{{/layout}}\n"])
            // `{{/main}}` on line 4 closes the section while `{{#statements}}` is still open.
            #expect(site.lines(.error) == ["R/templates/home.mustache:4:4: error: template does not parse: sectionCloseNameIncorrect"])
        }

        @Test func templateThatNamesAMissingPartial() throws {
            let site = try TempSite(Self.valid)
            try site.writeTheme(["404.mustache": "{{<layout}}\n{{$main}}\n  <p>{{> nothere}}</p>\n{{/main}}\n{{/layout}}\n"])
            #expect(site.lines(.error) == ["R/templates/404.mustache:3:6: error: template names partial 'nothere', which does not exist"])
        }

        @Test func everyProblemIsReportedInOneRun() throws {
            let site = try TempSite(
                Self.valid.merging([
                    "content/a/2024-01-01.md": "---\ntitle: T\n",
                    "content/b/2024-01-01.md": "## A {#x}\n\n## B {#x}\n",
                    "content/c/2024-13-01.md": "C\n",
                    "content/d/2024-01-01.md": "---\neffective: 2023-01-01\n---\n",
                ]) { _, new in new })
            let report = site.check()
            #expect(report.errors == 4 && report.failed(strict: false))
            #expect(
                Set(report.diagnostics.filter { $0.severity == .error }.map { $0.location.path.split(separator: "/").suffix(2).first! })
                    == ["a", "b", "c", "d"])
        }
    }
}
