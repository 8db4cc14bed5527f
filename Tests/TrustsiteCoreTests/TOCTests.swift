import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The "On this page" table of contents: nesting by level, document order, one entry per heading.
@Suite struct TOCTests {
    /// The TOC of `markdown`, flattened to `depth:id` strings in order.
    func outline(_ markdown: String) -> [String] {
        func walk(_ entries: [TOCEntry], _ depth: Int) -> [String] {
            entries.flatMap { ["\(depth):\($0.id)"] + walk($0.children, depth + 1) }
        }
        return walk(VersionBody.toc(MD.sections(markdown).0), 0)
    }

    @Test func nestsH3UnderTheH2BeforeIt() {
        #expect(outline("## A\n\n### A1\n\n### A2\n\n## B\n") == ["0:a", "1:a1", "1:a2", "0:b"])
    }

    @Test func followsDocumentOrderNotAlphabet() {
        #expect(outline("## Zebra\n\n## Apple\n\n### Mango\n") == ["0:zebra", "0:apple", "1:mango"])
    }

    @Test func deeperLevelsNestFurther() {
        #expect(outline("## A\n\n### B\n\n#### C\n\n### D\n\n## E\n") == ["0:a", "1:b", "2:c", "1:d", "0:e"])
    }

    @Test func skippedLevelsStillNestUnderTheLastShallowerHeading() {
        #expect(outline("## A\n\n#### Deep\n\n## B\n") == ["0:a", "1:deep", "0:b"])
    }

    @Test func leadingDeeperHeadingsStayAtTheTop() {
        #expect(outline("### Early\n\n## Later\n\n### Child\n") == ["0:early", "0:later", "1:child"])
    }

    @Test func thePreambleAndTheTitleAreNotListed() {
        #expect(outline("# Title\n\nIntro\n\n## Only\n") == ["0:only"])
        #expect(outline("# Title\n\nJust text.\n").isEmpty)
    }

    @Test func entriesCarryTheHeadingsIdsAndTitles() {
        let toc = VersionBody.toc(MD.sections("## Why?\n\n## Why?\n\n## Data {#data}\n").0)
        #expect(toc.map(\.id) == ["why", "why-1", "data"])
        #expect(toc.map(\.title) == ["Why?", "Why?", "Data"])
    }

    @Test func renderedTOCNestsListsAndLinksEveryHeadingInOrder() throws {
        let fixture = try TempSite.built(content: ["p/2024-01-01.md": "# P\n\n## A\n\n### A1\n\n## B\n"])
        let toc = try #require(HTMLScan.toc(try fixture.read("p/index.html")))
        #expect(HTMLScan.attributes("href", in: toc) == ["#a", "#a1", "#b"])
        #expect(HTMLScan.outline(toc) == ["<ol>", "#a", "<ol>", "#a1", "</ol>", "#b", "</ol>"])
    }
}
