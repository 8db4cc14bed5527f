import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// What `check`, `build` and `diff` print cannot drive the reviewer's terminal: content's escape sequences
    /// (character references, YAML escapes, folder names) are shown as `^[` and `<U+202E>`.
    @Suite struct TerminalSafetyTests {
        /// Two versions whose text, titles, keys and folder name carry escape sequences and bidirectional overrides.
        static let files = [
            "content/p\u{202E}txt/2024-01-01.md":
                "---\ntitle: \"Terms\\e]0;pwned\\a\"\nsummary: \"x\\x1b[2J\\u202e y\"\n\"\\e[31mkey\": 1\n---\n"
                + "## Scope&#27;[8m &#x2066;\n\nWe keep &#x9b;8m data &#27;[2J for 30 days&#7;.\n",
            "content/p\u{202E}txt/2024-02-01.md":
                "---\nsummary: \"More\\b\\r\"\n---\n## Scope&#27;[8m &#x2066;\n\nWe keep data for 90 days.\n",
            "content/ok/2024-01-01.md": "## A\n\nText.\n",
        ]
        /// A folder name and a version with errors that quote an escape sequence.
        static let broken = [
            "content/bad\u{1B}[2J/2024-01-01.md": "Text.\n", "content/q/2024-01-01.md": "---\neffective: \"2024-01-01\\x9b\"\n---\nText.\n",
        ]

        @Test func checkBuildAndDiffPrintNoControls() throws {
            let site = try TempSite(Self.files)
            var printed: [String] = []
            let broken = try TempSite(Self.broken)
            for (arguments, site) in [
                (["check"], site), (["build"], broken), (["diff", "p\u{202E}txt"], site), (["diff", "p\u{202E}txt", "--color"], site),
                (["build"], site),
            ] {
                let result = try TrustsiteBinary.run(arguments + (arguments[0] == "diff" ? [] : ["--as-of", "2024-06-01"]), in: site.root)
                for output in [result.stdout, result.stderr] {
                    #expect(TerminalTextTests.hidden(output).isEmpty, "\(arguments): \(output.debugDescription)")
                }
                printed.append(result.stdout + result.stderr)
            }
            #expect(printed[0].contains("content/p<U+202E>txt/2024-01-01.md:4:1: warning: unknown front matter key '^[[31mkey'"))
            #expect(printed[1].contains("content/bad^[[2J: error: statement folder name cannot be used in a URL"))
            #expect(printed[1].contains("content/q/2024-01-01.md:2:12: error: 'effective' is not a date: \"2024-01-01<U+009B>\""))
            #expect(printed[2].contains("We keep [-<U+009B>8m -]data [-^[[2J -]for [-30-]{+90+} days[-^G-]."), "\(printed[2])")
        }
    }
}
