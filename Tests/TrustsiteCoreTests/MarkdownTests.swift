import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Markdown in, HTML out, through `MarkdownParser` and `HTMLRenderer`.
@Suite struct MarkdownTests {
    @Test func paragraphs() {
        #expect(MD.html("One\ntwo\n\nThree\n") == "<p>One\ntwo</p>\n<p>Three</p>\n")
    }

    @Test func emphasisStrongAndBreaks() {
        #expect(MD.html("*a* **b** _c_ __d__\n") == "<p><em>a</em> <strong>b</strong> <em>c</em> <strong>d</strong></p>\n")
        #expect(MD.html("line  \nnext\n") == "<p>line<br />\nnext</p>\n")
    }

    @Test func textIsEscaped() {
        #expect(MD.html("a & b < c > \"d\" 'e'\n") == "<p>a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;</p>\n")
    }

    @Test func links() {
        #expect(
            MD.html("[x](https://example.com/a?b=1&c=2 \"T\")\n")
                == "<p><a href=\"https://example.com/a?b=1&amp;c=2\" title=\"T\">x</a></p>\n")
        #expect(MD.html("[in page](#a-definitions)\n") == "<p><a href=\"#a-definitions\">in page</a></p>\n")
        #expect(MD.html("[ref]\n\n[ref]: /support\n") == "<p><a href=\"/support\">ref</a></p>\n")
        #expect(MD.html("<https://example.com>\n") == "<p><a href=\"https://example.com\">https://example.com</a></p>\n")
    }

    @Test func nonASCIILinkTargetsArePercentEncoded() {
        #expect(MD.html("[c](#café)\n") == "<p><a href=\"#caf%C3%A9\">c</a></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "data:text/html,x"])
    func dangerousLinksAreDropped(_ url: String) {
        #expect(MD.html("[click](\(url))\n") == "<p><a href=\"\">click</a></p>\n")
    }

    @Test func imagesKeepSafeDataURLs() {
        #expect(
            MD.html("![a *b*](data:image/png;base64,AA \"t\")\n")
                == "<p><img src=\"data:image/png;base64,AA\" alt=\"a b\" title=\"t\" /></p>\n")
    }

    @Test func tightListsHaveNoParagraphs() {
        let html = MD.html("- one\n- two\n")
        #expect(html.hasPrefix("<ul>\n<li>one") && html.hasSuffix("</li>\n</ul>\n"))
        #expect(!html.contains("<p>"))
    }

    @Test func looseListsWrapItemsInParagraphs() {
        #expect(MD.html("1. one\n\n2. two\n") == "<ol>\n<li><p>one</p>\n</li>\n<li><p>two</p>\n</li>\n</ol>\n")
    }

    @Test func orderedListStartIsKept() {
        #expect(MD.html("3. three\n\n4. four\n").hasPrefix("<ol start=\"3\">\n"))
    }

    @Test func tabsAfterListMarkersMakeListItems() {
        #expect(MD.html("-\tWe do not sell data.\n").hasPrefix("<ul>\n<li>We do not sell data."))
    }

    @Test func code() {
        #expect(MD.html("Use `a < b`.\n") == "<p>Use <code>a &lt; b</code>.</p>\n")
        #expect(
            MD.html("```swift extra\nlet x = \"<y>\"\n```\n")
                == "<pre><code class=\"language-swift\">let x = &quot;&lt;y&gt;&quot;\n</code></pre>\n")
        #expect(MD.html("    indented\n") == "<pre><code>indented\n</code></pre>\n")
    }

    @Test func blockQuotesAndBreaks() {
        #expect(MD.html("> quoted\n> text\n") == "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>\n")
        #expect(MD.html("a\n\n***\n\nb\n") == "<p>a</p>\n<hr />\n<p>b</p>\n")
    }

    @Test func rawHTMLIsOmittedByDefault() {
        #expect(MD.html("<div class=\"x\">hi</div>\n") == "<p>hi</p>\n")
        #expect(
            MD.html("A<span>B <b>bold</b>\n")
                == "<p>A<!-- raw HTML omitted -->B <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
        #expect(MD.html("<script>alert(1)</script>\n") == "<!-- raw HTML omitted -->\n")
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        #expect(MD.html("<div class=\"x\">hi</div>\n", rawHTML: true) == "<div class=\"x\">hi</div>\n")
        #expect(MD.html("A<span>B</span>\n", rawHTML: true) == "<p>A<span>B</span></p>\n")
    }

    @Test func rawHTMLPositionsAreRecorded() {
        let document = MarkdownParser.parse("Text\n\n<!-- note -->\n", lineOffset: 4)
        #expect(document.rawHTMLPositions == [SourcePoint(line: 7, column: 1)])
    }

    @Test func pipeTablesBecomeTables() {
        let markdown = "| Section | Summary |\n| :--- | ---: |\n| [A. Definitions](#a-definitions) | `x\\|y` and *z* |\n| B |\n"
        #expect(
            MD.html(markdown) == """
                <div class="table-scroll" tabindex="0">
                <table>
                <thead>
                <tr>
                <th style="text-align: left">Section</th>
                <th style="text-align: right">Summary</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left"><a href="#a-definitions">A. Definitions</a></td>
                <td style="text-align: right"><code>x|y</code> and <em>z</em></td>
                </tr>
                <tr>
                <td style="text-align: left">B</td>
                <td style="text-align: right"></td>
                </tr>
                </tbody>
                </table>
                </div>

                """)
    }

    @Test func pipeTableCellsOmitRawHTML() {
        #expect(
            MD.html("a | b\n--- | :-:\nx<span>y | z\n").contains(
                "<td>x<!-- raw HTML omitted -->y</td>\n<td style=\"text-align: center\">z</td>"))
    }

    @Test func aParagraphWithPipesButNoDelimiterRowStaysAParagraph() {
        #expect(MD.html("a | b\nc | d\n") == "<p>a | b\nc | d</p>\n")
    }

    @Test func rawHTMLOfOnlyCommentsIsInvisible() {
        #expect(HTML.isOnlyComments("<!-- a -->\n <!-- b -->\n"))
        #expect(!HTML.isOnlyComments("<!-- a --> x"))
        #expect(!HTML.isOnlyComments("<!-- a"))
        #expect(!HTML.isOnlyComments("<!---->x<!-- -->"))
        #expect(!HTML.isOnlyComments(""))
    }
}
