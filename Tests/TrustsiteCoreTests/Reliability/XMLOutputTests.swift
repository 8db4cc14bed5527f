import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Characters XML 1.0 forbids, however content spells them (character references, YAML escapes, raw
    /// noncharacters, the base URL), never make a feed or the sitemap unreadable, and content that carries them is
    /// warned about where it does.
    @Suite struct XMLOutputTests {
        /// A site whose titles, summaries, headings and text carry forbidden characters.
        static let files = [
            "content/site.yml": "title: \"Trust\\x01 Center\"\norganization: \"Org\\uFFFE\"\n",
            "content/p/2024-01-01.md":
                "---\ntitle: \"P\\x02\"\nsummary: \"first\\x01 version \\x1f\"\n---\n## Scope&#1;\n\nText &#x8; here.\n",
            "content/p/2024-02-01.md":
                "---\nsummary: \"More\\b\"\n---\n## Scope&#1;\n\nText changed &#x1F; here.\n\n## New &#11; one\n\nAdded `&#2;`.\n",
            "content/p/2024-03-01.md": "---\nsummary: Raw &#x1b;[2J.\n---\n## Scope&#1;\n\nA raw \u{FFFE} and \u{FFFF} here.\n",
        ]

        /// Whether `xml` is well-formed, with the parser's complaint when not.
        static func parses(_ xml: [UInt8]) -> (Bool, String) {
            let parser = XMLParser(data: Data(xml))
            let ok = parser.parse()
            return (ok, parser.parserError.map { "\($0)" } ?? "")
        }

        @Test func feedsAndSitemapStayWellFormed() throws {
            let site = try TempSite(Self.files)
            var options = site.options
            options.baseURL = "https://trust.example.com"
            _ = try SiteBuilder(options: options).build()
            let xml = Tree.snapshot(site.output).filter { $0.key.hasSuffix(".xml") }
            #expect(Set(xml.keys) == ["feed.xml", "p/feed.xml", "material.xml", "p/material.xml", "sitemap.xml"])
            for (path, data) in xml {
                let (ok, problem) = Self.parses([UInt8](data))
                #expect(ok, "\(path): \(problem)")
            }
            let feed = String(decoding: try #require(xml["feed.xml"]), as: UTF8.self)
            #expect(feed.contains("<title>Trust\u{FFFD} Center</title>") && feed.contains("<name>Org\u{FFFD}</name>"))
            #expect(feed.contains("<summary>first\u{FFFD} version \u{FFFD}</summary>") && feed.contains("Scope\u{FFFD}"))
        }

        /// An escape in the base URL (which reaches the ids and links of every entry) is replaced too, wherever the
        /// base URL came from.
        @Test func anEscapeInTheBaseURLCannotBreakThem() throws {
            let builder = SiteBuilder(
                options: BuildOptions(content: "content", output: "site", asOf: TempSite.asOf), io: MemoryFiles(Self.files).io)
            var timings = Timings()
            let inputs = builder.validate(&timings)
            var model = inputs.model
            model.config.baseURL = "https://trust.example.com/\u{1B}[2J\u{7}"
            let theme = try #require(inputs.theme)
            let pages = SiteRenderer(site: model, theme: theme, changes: StatementChanges.build(model)).render()
            let xml = pages.filter { $0.path.hasSuffix(".xml") }
            #expect(xml.count == 5)
            for page in xml {
                let (ok, problem) = Self.parses(page.bytes)
                #expect(ok, "\(page.path): \(problem)")
                #expect(String(decoding: page.bytes, as: UTF8.self).contains("https://trust.example.com/\u{FFFD}[2J\u{FFFD}"))
            }
        }

        @Test func contentThatCarriesThemIsWarnedWhereItDoes() throws {
            let lines = try TempSite(Self.files).lines(.warning).filter { $0.contains("U+") }
            let positions = lines.map { $0.split(separator: " ").first ?? "" }
            #expect(
                positions == [
                    "R/content/p/2024-01-01.md:2:8:", "R/content/p/2024-01-01.md:3:10:", "R/content/p/2024-01-01.md:5:9:",
                    "R/content/p/2024-01-01.md:7:6:", "R/content/p/2024-02-01.md:2:10:", "R/content/p/2024-02-01.md:4:9:",
                    "R/content/p/2024-02-01.md:6:14:", "R/content/p/2024-02-01.md:8:8:", "R/content/p/2024-03-01.md:2:10:",
                    "R/content/p/2024-03-01.md:4:9:", "R/content/p/2024-03-01.md:6:7:", "R/content/site.yml:1:8:",
                    "R/content/site.yml:2:15:",
                ], "\(lines.joined(separator: "\n"))")
            let forbidden = "which no page shows and XML forbids (the feeds replace it); delete it"
            for expected in [
                "R/content/site.yml:2:15: warning: 'organization' holds the noncharacter U+FFFE, \(forbidden)",
                "R/content/p/2024-01-01.md:7:6: warning: '&#x8;' is the control character U+0008, \(forbidden)",
                "R/content/p/2024-03-01.md:2:10: warning: '&#x1b;' is the control character U+001B, \(forbidden) (in 'summary')",
                "R/content/p/2024-03-01.md:6:7: warning: noncharacter U+FFFE is not shown on any page; delete it",
            ] {
                #expect(lines.contains(expected), "\(expected)")
            }
        }
    }
}
