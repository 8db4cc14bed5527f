import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `trustsite check` warnings: one small site per warning, asserting the exact line, position and fix.
    @Suite struct CheckWarningTests {
        /// The check's warning lines for `files`, with the temporary folder shown as `R`; fails on any error.
        func warnings(_ files: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
            let site = try TempSite(files)
            #expect(site.lines(.error).isEmpty, sourceLocation: sourceLocation)
            return site.lines(.warning)
        }

        /// The fix offered for a missing `#zzz`.
        static let fix = "; link to the id of an existing heading, or add {#zzz} to the heading you mean"

        @Test func unknownFrontMatterKeysSuggestTheKnownOne() throws {
            #expect(
                try warnings([
                    "content/p/2024-01-01.md": "---\nsumary: New\n---\nBody\n", "content/q/2024-01-01.md": "---\nlayout: x\n---\nBody\n",
                ]) == [
                    "R/content/p/2024-01-01.md:2:1: warning: unknown front matter key 'sumary' (did you mean 'summary'?)",
                    "R/content/q/2024-01-01.md:2:1: warning: unknown front matter key 'layout'; known keys are title, updated, effective, summary, draft",
                ])
        }

        @Test func anUnknownKeyInEveryVersionIsReportedOnceWhereItFirstAppears() throws {
            let version = { (n: Int) in "---\nredirect_from: /old\nsummary: Change \(n).\n---\n## A\n\nText \(n).\n" }
            #expect(
                try warnings([
                    "content/p/2024-01-01.md": version(1), "content/p/2024-02-01.md": version(2), "content/p/2024-03-01.md": version(3),
                ]) == [
                    "R/content/p/2024-01-01.md:2:1: warning: unknown front matter key 'redirect_from'; known keys are title, updated, effective, summary, draft; it is ignored here and in 2 later versions"
                ])
        }

        @Test func aVersionIdenticalToTheOneBeforeIt() throws {
            #expect(
                try warnings([
                    "content/p/2024-01-01.md": "## A\n\nText.\n", "content/p/2024-02-01.md": "---\nsummary: Same.\n---\n## A\n\nText.\n",
                ]) == [
                    "R/content/p/2024-02-01.md:1:1: warning: this version's text is identical to the one before it (R/content/p/2024-01-01.md); delete this file, or make the change it was meant to publish"
                ])
        }

        @Test func aLaterVersionWithoutSummary() throws {
            #expect(
                try warnings(["content/p/2024-01-01.md": "A\n", "content/p/2024-02-01.md": "B\n"]) == [
                    "R/content/p/2024-02-01.md:1:1: warning: version has no 'summary' of what changed; add a line 'summary: …' to its front matter for readers of the history"
                ])
        }

        @Test func inPageLinksThatLeadNowhere() throws {
            let text =
                "---\ntitle: T\n---\n## Scope\n\nSee [the scope](#scope) and [details](#detials) or [x](#zzz).\n\n## Details\n\n[top](#top)\n"
            #expect(
                try warnings(["content/p/2024-01-01.md": text]) == [
                    "R/content/p/2024-01-01.md:6:39: warning: link '#detials' leads nowhere: no heading in this version has the id 'detials' (did you mean '#details'?)",
                    "R/content/p/2024-01-01.md:6:56: warning: link '#zzz' leads nowhere: no heading in this version has the id 'zzz'"
                        + Self.fix,
                ])
        }

        @Test func linksToTheTitleResolve() throws {
            let files = [
                "content/p/2024-01-01.md": "# Privacy Policy\n\n## Scope\n\n[up](#privacy-policy) [x](#zzz)\n",
                "content/q/2024-01-01.md": "# Terms {#terms-top}\n\n[p](/p/#privacy-policy) [q](#terms-top)\n",
            ]
            #expect(
                try warnings(files) == [
                    "R/content/p/2024-01-01.md:5:27: warning: link '#zzz' leads nowhere: no heading in this version has the id 'zzz'"
                        + Self.fix
                ])
            let site = try TempSite(files)
            try SiteBuilder(options: site.options).build()
            let page = { try String(contentsOfFile: site.output + "/" + $0, encoding: .utf8) }
            #expect(try page("p/index.html").contains("<h1 id=\"privacy-policy\">Privacy Policy</h1>"))
            #expect(try page("q/index.html").contains("<h1 id=\"terms-top\">Terms</h1>"))
        }

        @Test func linksToOtherStatementsThatLeadNowhere() throws {
            let links =
                "[a](/terms/#use) [b](/terms/#usage) [c](../terms/2024-01-01.md#nope) [d](/terms/2023-01-01/) [e](notes.md) [f](/terms/) [g](../term/2024-01-01.md) [h](/about/)\n"
            let p = "R/content/privacy/2024-01-01.md:1:"
            #expect(
                try warnings(["content/terms/2024-01-01.md": "## Terms of use {#use}\n", "content/privacy/2024-01-01.md": links]) == [
                    p
                        + "22: warning: link '/terms/#usage' leads nowhere: no heading in the current version (2024-01-01) of 'terms' has the id 'usage'; link to the id of an existing heading, or add {#usage} to the heading you mean",
                    p
                        + "41: warning: link '../terms/2024-01-01.md#nope' leads nowhere: no heading in version 2024-01-01 of 'terms' has the id 'nope'; link to the id of an existing heading, or add {#nope} to the heading you mean",
                    p
                        + "74: warning: link '/terms/2023-01-01/' leads nowhere: statement 'terms' has no version 2023-01-01; its versions are 2024-01-01",
                    p
                        + "98: warning: link 'notes.md' leads nowhere: the site has no page for 'notes.md' (only versions, named YYYY-MM-DD.md, are "
                        + "published); for a document outside the site, write its full URL (https://…)",
                    p + "125: warning: link '../term/2024-01-01.md' leads nowhere: there is no statement 'term' (did you mean 'terms'?)",
                    p
                        + "152: warning: link '/about/' leads nowhere: there is no statement 'about'; statements are privacy, terms (a link starting with / is read from the site's root; for other pages of the host, write a full https:// URL)",
                ])
        }

        @Test func rawHTMLIsReportedOncePerBlockWhenItWillBeOmitted() throws {
            let files = [
                "content/p/2024-01-01.md":
                    "Text <b>bold</b>.\n\n<div>\nblock\n</div>\n\n| a | b |\n| - | - |\n| x | <i>y</i> |\n\n<!-- a note -->\n\nA <!-- note -->.\n"
            ]
            let message =
                "warning: raw HTML is left out of the page because raw_html is off; write it as Markdown, or set raw_html: true in site.yml"
            #expect(
                try warnings(files) == [
                    "R/content/p/2024-01-01.md:1:6: " + message, "R/content/p/2024-01-01.md:3:1: " + message,
                    "R/content/p/2024-01-01.md:9:7: " + message,
                ])
            #expect(try warnings(files.merging(["content/site.yml": "raw_html: true\n"]) { _, new in new }).isEmpty)
            #expect(
                try warnings(["content/p/2024-01-01.md": "---\nsummary: Now <b>bold</b>.\n---\nText.\n"]) == [
                    "R/content/p/2024-01-01.md:2:10: " + message + " (in 'summary')"
                ])
        }

        @Test func controlCharactersAreReplacedWithAWarning() throws {
            #expect(
                try warnings(["content/p/2024-01-01.md": "## A\n\nok\u{1}x and \u{0}\n"]) == [
                    "R/content/p/2024-01-01.md:3:3: warning: control character U+0001 is not shown on any page; delete it"
                ])
        }

        @Test func leftoverTemplateTagsOutsideCode() throws {
            let text = "Dear {{ customer_name }},\n\nWe {% if eu %}comply{% endif %}.\n\n`{{ code }}` is fine.\n\n    {{ indented code }}\n"
            let tag = { (tag: String) in
                "leftover template tag '\(tag)' would be published as typed; replace it with the text it stands for"
            }
            #expect(
                try warnings(["content/p/2024-01-01.md": text]) == [
                    "R/content/p/2024-01-01.md:1:6: warning: " + tag("{{ customer_name }}"),
                    "R/content/p/2024-01-01.md:3:4: warning: " + tag("{% if eu %}"),
                    "R/content/p/2024-01-01.md:3:21: warning: " + tag("{% endif %}"),
                ])
        }

        @Test func placeholderDatesInTheBodyAndTheSummary() throws {
            let placeholder = { (text: String) in "placeholder '\(text)' would be published as typed; replace it with the real date" }
            #expect(
                try warnings([
                    "content/p/2024-01-01.md":
                        "---\nsummary: As of [EFFECTIVE DATE]\n---\nEffective [DATE].\n\nUpdated on MM/DD/YYYY.\n\nSee [1] and [the list].\n"
                ]) == [
                    "R/content/p/2024-01-01.md:2:10: warning: " + placeholder("[EFFECTIVE DATE]") + " (in 'summary')",
                    "R/content/p/2024-01-01.md:4:11: warning: " + placeholder("[DATE]"),
                    "R/content/p/2024-01-01.md:6:12: warning: " + placeholder("MM/DD/YYYY"),
                ])
        }

        @Test func headingLevelThatSkips() throws {
            #expect(
                try warnings(["content/p/2024-01-01.md": "---\ntitle: T\n---\n## A\n\n#### B\n"]) == [
                    "R/content/p/2024-01-01.md:6:1: warning: heading level skips from H2 to H4"
                ])
        }

        @Test func byteOrderMarkCRLFTabsTrailingSpacesAndNoFinalNewlineAreAcceptedSilently() throws {
            let text = "\u{FEFF}---\r\ntitle: T \r\nupdated:\t2024-01-01\r\n---\r\n## A\t\r\n\r\nText  \r\n\tmore\twords [x](#a)"
            #expect(try warnings(["content/p/2024-01-01.md": text]).isEmpty)
            // Positions stay right in such a file: the bad link is on line 8, after the tab.
            #expect(
                try warnings(["content/p/2024-01-01.md": text.replacingOccurrences(of: "(#a)", with: "(#b)")]) == [
                    "R/content/p/2024-01-01.md:8:17: warning: link '#b' leads nowhere: no heading in this version has the id 'b' (did you mean '#a'?)"
                ])
        }
    }
}
