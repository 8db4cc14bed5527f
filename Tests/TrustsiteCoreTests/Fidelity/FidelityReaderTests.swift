import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The word readers of the corpus fidelity test, on small inputs (no corpus or cmark-gfm needed): what counts as a
/// visible word on each side, and that a lost or added word is reported where it happened.
@Suite struct FidelityReaderTests {
    static func words(_ list: WordList) -> [String] { (0..<list.count).map(list.word) }

    /// cmark-gfm's XML of `# Title {#t}` / a paragraph with `<br>`, `<span>`, an entity and an image / a table / raw HTML.
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE document SYSTEM "CommonMark.dtd">
        <document sourcepos="1:1-9:6" xmlns="http://commonmark.org/xml/1.0">
          <heading sourcepos="1:1-1:15" level="1">
            <text sourcepos="1:3-1:15" xml:space="preserve">Terms &amp; more {#t}</text>
          </heading>
          <paragraph sourcepos="3:1-3:40">
            <text sourcepos="3:1-3:3" xml:space="preserve">foo</text>
            <html_inline sourcepos="3:4-3:7" xml:space="preserve">&lt;br&gt;</html_inline>
            <text sourcepos="3:8-3:10" xml:space="preserve">bar</text>
            <html_inline sourcepos="3:11-3:16" xml:space="preserve">&lt;span&gt;</html_inline>
            <text sourcepos="3:17-3:19" xml:space="preserve">baz </text>
            <image sourcepos="3:20-3:30" destination="f.svg" title=""><text sourcepos="3:22-3:25" xml:space="preserve">flow</text></image>
          </paragraph>
          <table sourcepos="5:1-7:9">
            <table_header sourcepos="5:1-5:9">
              <table_cell sourcepos="5:2-5:4"><text sourcepos="5:3-5:3" xml:space="preserve">*   a</text></table_cell>
              <table_cell sourcepos="5:6-5:8"><text sourcepos="5:7-5:7" xml:space="preserve">b</text></table_cell>
            </table_header>
          </table>
          <html_block sourcepos="9:1-9:6" xml:space="preserve">&lt;div&gt;hidden&lt;/div&gt;</html_block>
        </document>
        """

    @Test func theReferenceReadsVisibleWordsOnly() {
        var reader = CmarkXMLReader()
        Array(Self.xml.utf8).withUnsafeBufferPointer { reader.read($0) }
        // The leading H1 is the page title, without its {#id}; <br> and cells end words, <span> does not.
        #expect(reader.title.map(Self.words) == ["Terms", "&", "more"])
        #expect(Self.words(reader.body) == ["foo", "barbaz", "flow", "a", "b"])
        #expect(reader.body.lines == [3, 3, 3, 5, 5])
    }

    @Test func thePageShowsTitleAndSectionsButNotWhatIsAddedBesideThem() throws {
        let html = """
            <header class="statement-header"><div class="banner"><p>Archived.</p></div>
            <h1 id="t">Terms &amp; more</h1><p class="dates">Last updated</p></header>
            <div class="statement-body">
            <p class="section-meta"><a href="x">Introduced <time>May 1</time></a> · <a href="y">Section history</a></p>
            <section class="doc-section"><p>foo<br>bar<!-- raw HTML omitted -->baz <img src="f.svg" alt="flow" /></p>
            <table><tr><td>* a</td><td>b</td></tr></table></section>
            </div></article>
            """
        let page = try #require(PageText(html: Array(html.utf8)))
        #expect(Self.words(page.title) == ["Terms", "&", "more"])
        // An omitted tag leaves nothing between the words around it, on the page as in the reference.
        #expect(Self.words(page.body) == ["foo", "barbaz", "flow", "a", "b"])
    }

    @Test func emphasisDelimitersAreNotCompared() {
        var shown = WordList(), read = WordList()
        shown.append("our_ _hier__, * lesen", line: 1)
        shown.separate()
        read.append("our hier, lesen", line: 1)
        read.separate()
        #expect(shown.hashes == read.hashes)
        #expect(Self.words(shown) == ["our_", "_hier__,", "lesen"])
    }

    @Test func aLostOrAddedWordIsReportedAtItsLine() {
        var source = WordList(), page = WordList()
        source.append("Type of personal data", line: 12)
        source.separate()
        source.append("Account Information", line: 13)
        source.separate()
        page.append("Type of personal data processed Account", line: 0)
        page.separate()
        let difference = WordComparison(source: source, page: page)
        #expect(difference.missing.map(\.line) == [13] && difference.missing.map(\.words) == [["Information"]])
        #expect(difference.extra.map(\.words) == [["processed"]])
        #expect(
            difference.lines(file: "a.md") == [
                "a.md:13: missing from the page: “Information” (1 word)", "a.md:12: not in the source: “processed” (1 word)",
            ])
    }
}
