import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Inputs at the edges: each ends in a page or a clear error, quickly, without crashing or overflowing the stack.
    @Suite struct PathologicalInputTests {
        /// Named inputs for one version file, `content/p/2024-01-01.md`.
        static let cases: [(String, [UInt8])] = [
            ("empty file", []),
            ("front matter only", Array("---\ntitle: Only\n---".utf8)),
            ("lone delimiter", Array("---".utf8)),
            (
                "10,000 headings",
                Array((0..<10_000).map { "\(String(repeating: "#", count: $0 % 6 + 1)) H\($0) {#h\($0 % 50)}\n\nx\n" }.joined().utf8)
            ),
            ("10,000 nested quotes", Array((String(repeating: ">", count: 10_000) + " deep [x](#nope) <b>\n").utf8)),
            ("10,000 nested lists", Array((String(repeating: "- ", count: 10_000) + "item\n").utf8)),
            ("3,000 indented lists", Array((0..<3_000).map { String(repeating: "  ", count: $0) + "- x\n" }.joined().utf8)),
            ("20,000 emphasis", Array((String(repeating: "*", count: 20_000) + "a" + String(repeating: "*", count: 20_000)).utf8)),
            (
                "nested images",
                Array((String(repeating: "![", count: 5_000) + "a" + String(repeating: "](javascript:x)", count: 5_000)).utf8)
            ),
            ("nested brackets", Array((String(repeating: "[", count: 50_000) + "DATE" + String(repeating: "]", count: 50_000)).utf8)),
            ("very long line", Array(String(repeating: "word {{ ", count: 200_000).utf8)),
            ("control characters", (0..<4096).map { UInt8($0 % 32) }),
            ("invalid UTF-8", Array("## A\n\nok ".utf8) + [0xF0, 0x9F, 0x98] + Array("\n".utf8)),
            ("CR line endings", Array("---\rtitle: Mac\r---\r## A\r\rtext [x](#b)\r".utf8)),
            ("unterminated code fence", Array("```\n{{ not a tag }}\n## not a heading\n".utf8)),
            ("heading id soup", Array(String(repeating: "## x {#a}\n## x {#a-1}\n## x\n## x {#preamble}\n", count: 500).utf8)),
        ]

        @Test(.timeLimit(.minutes(5)), arguments: 0..<Self.cases.count)
        func endsInAPageOrAClearError(_ index: Int) {
            let (label, bytes) = Self.cases[index]
            let files = ["content/p/2024-01-01.md": bytes, "content/q/2024-01-01.md": Array("## Q\n".utf8)]
            let start = Date()
            let outcome = InMemoryBuild.run(files, pages: bytes.count < 100_000)
            InMemoryBuild.expectSafe(files, outcome, label)
            #expect(Date().timeIntervalSince(start) < 60, "\(label) took \(Date().timeIntervalSince(start)) s")
        }

        @Test(.timeLimit(.minutes(5))) func aFiveMegabyteStatement() {
            var text = "---\ntitle: Big\n---\n"
            var section = 0
            while text.utf8.count < 5_000_000 {
                text +=
                    "## Section \(section)\n\nSome *text* with a [link](#section-\(section + 1)) and words, words, words, words.\n\n- a\n- b\n\n"
                section += 1
            }
            let files = ["content/p/2024-01-01.md": Array(text.utf8)]
            let start = Date()
            let outcome = InMemoryBuild.run(files)
            InMemoryBuild.expectSafe(files, outcome, "5 MB")
            #expect(outcome.versions.count == 1 && outcome.bodies[0].utf8.count > 5_000_000)
            #expect(outcome.diagnostics.count == 1)
            #expect(
                outcome.diagnostics.first?.message.hasPrefix(
                    "link '#section-\(section)' leads nowhere: no heading in this version has the id 'section-\(section)'") == true)
            #expect(Date().timeIntervalSince(start) < 120)
        }

        @Test func nestingBeyondTheCapIsFlattenedNotLost() {
            let document = MarkdownParser.parse(String(repeating: "> ", count: 1_000) + "deepest words\n")
            var depth = 0
            var blocks = document.blocks
            while case .blockQuote(let children)? = blocks.first { depth += 1; blocks = children }
            #expect(depth == Converter.maxDepth)
            #expect(blocks.plainText.contains("deepest words"))
            let emphasis = MarkdownParser.parse(String(repeating: "*", count: 2_000) + "core" + String(repeating: "*", count: 2_000))
            #expect(emphasis.blocks.plainText.contains("core"))
        }

        @Test(.timeLimit(.minutes(5))) func deepNestingSurvivesAFullBuildWithHistory() throws {
            let deep =
                String(repeating: ">", count: 10_000) + " old\n\n" + String(repeating: "- ", count: 10_000) + "a\n\n"
                + String(repeating: "*", count: 9_000) + "e" + String(repeating: "*", count: 9_000) + "\n"
            let site = try TempSite([
                "content/p/2024-01-01.md": "## Deep\n\n" + deep,
                "content/p/2024-02-01.md": "---\nsummary: s\n---\n## Deep\n\n" + deep.replacingOccurrences(of: "old", with: "new"),
            ])
            let report = try SiteBuilder(options: site.options).build()
            #expect(report.versions == 2)
            let page = try String(contentsOfFile: site.output + "/p/changes/2024-02-01/index.html", encoding: .utf8)
            #expect(page.contains("new"))
        }
    }
}
