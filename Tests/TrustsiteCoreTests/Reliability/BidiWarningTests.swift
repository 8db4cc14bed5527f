import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A bidirectional override or isolate in a statement's folder name (its URLs) or in a heading makes them read in
    /// another order than written: each is a warning where it is.
    @Suite struct BidiWarningTests {
        @Test func overridesInFolderNamesAndHeadingsAreWarnedWhereTheyAre() throws {
            let site = try TempSite([
                "content/terms\u{2066}fdp.exe\u{2069}/2024-01-01.md": "Text.\n",
                "content/p/2024-01-01.md":
                    "## Refunds \u{202E}syad 03\n\nText.\n\n### Fees &#x2067;x&#x2069;\n\nText.\n\nOld \u{202B}title\n---\n\nText \u{202E} in a paragraph.\n",
            ])
            let lines = site.lines(.warning).filter { $0.contains("bidirectional") }
            #expect(
                lines == [
                    "R/content/p/2024-01-01.md:1:12: warning: heading contains U+202E, a bidirectional override: the heading would read "
                        + "in another order than it is written, on its page, in the table of contents and in redlines; delete it",
                    "R/content/p/2024-01-01.md:5:1: warning: heading contains U+2067, a bidirectional override: the heading would read "
                        + "in another order than it is written, on its page, in the table of contents and in redlines; delete it",
                    "R/content/p/2024-01-01.md:9:5: warning: heading contains U+202B, a bidirectional override: the heading would read "
                        + "in another order than it is written, on its page, in the table of contents and in redlines; delete it",
                    "R/content/terms\u{2066}fdp.exe\u{2069}: warning: statement folder name contains U+2066, a bidirectional override: "
                        + "its URLs would read differently from where they lead; rename the folder without it",
                ])
        }

        @Test(arguments: ["\u{200B}", "\u{2060}", "\u{AD}", "\u{85}", "\u{FEFF}"])
        func anInvisibleCharacterInAFolderNameIsWarned(_ hidden: String) throws {
            let site = try TempSite(["content/priv\(hidden)acy/2024-01-01.md": "Text.\n"])
            let lines = site.lines(.warning)
            #expect(lines.count == 1 && lines[0].hasPrefix("R/content/priv\(hidden)acy: warning: statement folder name contains U+"))
            #expect(lines.first?.contains(", an invisible character: its URLs would read differently from where they lead") == true)
        }

        @Test func marksThatRightToLeftTextNeedsAreNotWarned() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "## שלום\u{200F} עולם\n\nText \u{200E}x.\n"])
            #expect(site.lines(.warning).isEmpty)
        }
    }
}
