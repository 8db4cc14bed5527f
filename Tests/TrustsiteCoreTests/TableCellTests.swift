import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Real tables hold cells that start like a list item or a heading and break lines with `<br>`: their text must be
/// kept as GitHub shows it (a cell is inline content only), and the harmless tags GitHub keeps are kept too.
@Suite struct TableCellTests {
    static let table = "| Type | Why |\n|---|---|\n"

    @Test(arguments: [
        ("*   Account Information", "<td>*   Account Information</td>"),
        ("### Why", "<td>### Why</td>"),
        ("> quoted", "<td>&gt; quoted</td>"),
        ("1. first", "<td>1. first</td>"),
        ("- dash", "<td>- dash</td>"),
        ("+ plus", "<td>+ plus</td>"),
        ("***", "<td>***</td>"),
        ("```code", "<td>```code</td>"),
        ("[ref]: /x", "<td>[ref]: /x</td>"),
        ("<div>box</div>", "<td><!-- raw HTML omitted -->box<!-- raw HTML omitted --></td>"),
        ("*emphasis* first", "<td><em>emphasis</em> first</td>"),
        ("_under_ too", "<td><em>under</em> too</td>"),
        ("`code` first", "<td><code>code</code> first</td>"),
    ])
    func aCellThatStartsLikeABlockKeepsItsText(cell: String, expected: String) {
        #expect(MD.html(Self.table + "| \(cell) | x |\n").contains(expected + "\n<td>x</td>"))
    }

    @Test func aHeaderCellThatStartsLikeABlockKeepsItsText() {
        #expect(MD.html("| # | ### Why |\n|---|---|\n").contains("<th>#</th>\n<th>### Why</th>"))
    }

    @Test func lineBreakTagsAreKeptWithoutAttributesAndWithoutAWarning() {
        let markdown = Self.table + "| *   Account<br>*   User Content | a<BR/>b<br class=\"x\" onclick=\"y\">c |\n"
        #expect(MD.html(markdown).contains("<td>*   Account<br />\n*   User Content</td>\n<td>a<br />\nb<br />\nc</td>"))
        #expect(MarkdownParser.parse(markdown).rawHTMLPositions.isEmpty)
        #expect(MD.html("one<br>two\n") == "<p>one<br />\ntwo</p>\n")
    }

    @Test func superscriptAndSubscriptPairsAreKeptWithoutAttributes() {
        let html = MD.html("H<sub>2</sub>O and x<sup class=\"n\">2 *b*</sup>\n")
        #expect(html == "<p>H<sub>2</sub>O and x<sup>2 <em>b</em></sup></p>\n")
        #expect(MarkdownParser.parse("x<sup>2</sup>\n").rawHTMLPositions.isEmpty)
    }

    @Test func aTagWithoutItsPartnerIsOmittedAndWarnedAbout() {
        #expect(MD.html("x<sup>2 and on\n") == "<p>x<!-- raw HTML omitted -->2 and on</p>\n")
        #expect(MD.html("x</sub>2\n") == "<p>x<!-- raw HTML omitted -->2</p>\n")
        #expect(MD.html("*a<sup>b*</sup>\n") == "<p><em>a<!-- raw HTML omitted -->b</em><!-- raw HTML omitted --></p>\n")
        #expect(MarkdownParser.parse("x<sup>2 and <sub>on\n").rawHTMLPositions.count == 2)
        #expect(SafeInlineHTML.tag("<bra>") == nil && SafeInlineHTML.tag("<supper>") == nil && SafeInlineHTML.tag("<b>") == nil)
    }

    @Test func aTableAfterTextInTheSameParagraphIsATable() {
        let html = MD.html("Intro text\n| a | b |\n|---|---|\n| c | d |\n")
        #expect(html.hasPrefix("<p>Intro text</p>\n" + HTMLRenderer.tableOpen + "<thead>\n<tr>\n<th>a</th>\n<th>b</th>"))
        #expect(html.contains("<td>c</td>\n<td>d</td>"))
    }

    @Test func aTableInABlockQuoteHasNoQuoteMarkersInItsCells() {
        let html = MD.html("> | a | b |\n> |---|---|\n> | c | d |\n")
        #expect(html.hasPrefix("<blockquote>\n" + HTMLRenderer.tableOpen + "<thead>\n<tr>\n<th>a</th>\n<th>b</th>"))
        #expect(html.contains("<td>c</td>\n<td>d</td>"))
    }

    @Test func rawHTMLAndLinksInACellAreReportedAtTheCell() {
        let document = MarkdownParser.parse("Text\n\n" + Self.table + "| [a](../terms/) | x <span>y |\n", lineOffset: 3)
        #expect(document.links.map(\.url) == ["../terms/"])
        #expect(document.links.map(\.at) == [SourcePoint(line: 8, column: 3)])
        #expect(document.rawHTMLPositions == [SourcePoint(line: 8, column: 22)])
    }

    @Test func aPipeInACodeSpanEndsTheCellAsInGFM() {
        #expect(MD.html(Self.table + "| `a|b` | x |\n").contains("<td>`a</td>\n<td>b`</td>\n</tr>"))
        #expect(MD.html(Self.table + "| `a\\|b` | x |\n").contains("<td><code>a|b</code></td>\n<td>x</td>"))
    }

    @Test func anEscapedPipeStaysInItsCell() {
        #expect(MD.html(Self.table + "| a \\| b | c |\n").contains("<td>a | b</td>\n<td>c</td>"))
    }
}

/// Prose in angle brackets (`<Data Protection Officer>`) and the text of raw HTML blocks are words a reader must see.
@Suite struct RawHTMLTextTests {
    @Test(arguments: [
        (
            "[<TikTok Law Enforcement Guidelines>](https://example.com/x)\n",
            "<p><a href=\"https://example.com/x\">&lt;TikTok Law Enforcement Guidelines&gt;</a></p>\n"
        ),
        ("Write to <Data Protection Officer> now.\n", "<p>Write to &lt;Data Protection Officer&gt; now.</p>\n"),
        ("See <Summary> below.\n", "<p>See &lt;Summary&gt; below.</p>\n"),
        (
            "A <b>bold</b> <B>old</B> <span class=\"x\">y</span>\n",
            "<p>A <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> <!-- raw HTML omitted -->old<!-- raw HTML omitted --> <!-- raw HTML omitted -->y<!-- raw HTML omitted --></p>\n"
        ),
    ])
    func proseInAngleBracketsIsText(markdown: String, expected: String) {
        #expect(MD.html(markdown) == expected)
    }

    @Test func aBlockThatStartsWithProseInAngleBracketsIsMarkdown() {
        let markdown = "Intro.\n\n<Data Protection Officer>  \nLY Corporation  \n**Tokyo**\n<UK Representative>  \nLondon\n\nAfter.\n"
        #expect(
            MD.html(markdown)
                == "<p>Intro.</p>\n<p>&lt;Data Protection Officer&gt;<br />\nLY Corporation<br />\n<strong>Tokyo</strong>\n"
                + "&lt;UK Representative&gt;<br />\nLondon</p>\n<p>After.</p>\n")
        #expect(MarkdownParser.parse(markdown).rawHTMLPositions.isEmpty)
        let summary = "<Summary>\nText of the summary.\n"
        #expect(MD.html(summary) == "<p>&lt;Summary&gt;\nText of the summary.</p>\n")
    }

    @Test func theWordsOfAnOmittedHTMLBlockAreShown() {
        #expect(
            MD.html("<div align=\"center\">\n<p>We keep <b>your</b> data &amp; more.</p>\n<script>alert(1)</script>\n</div>\n")
                == "<p>We keep your data &amp; more.</p>\n")
        #expect(MD.html("<!-- a note -->\n") == "<!-- raw HTML omitted -->\n")
        #expect(HTML.visibleText("<table><tr><td>a</td><td>b < c</td></tr></table>") == "a b &lt; c")
        #expect(HTML.visibleText("<style>p { color: red }</style>x<textarea>y</textarea>") == "x")
        #expect(!HTML.visibleText("<img src=x onerror=alert(1)>").contains("<"))
    }
}
