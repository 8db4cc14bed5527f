import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The test-only HTML reader the redline checks rely on.
@Suite("Redline: HTMLText helper")
struct HTMLTextTests {
    @Test func tokenizesAndRoundTripsTheInput() {
        let html =
            "<p class=\"x\">a &amp; b<br />\n<!-- raw HTML omitted --><a href=\"/x?a=1&amp;b=&#x27;\">link</a><img src=\"i.png\" alt=\"&quot;>\" /></p>\n"
        let nodes = HTMLText.nodes(html)
        #expect(nodes.map(\.raw).joined() == html)
        #expect(nodes.first == .open(name: "p", raw: "<p class=\"x\">"))
        #expect(nodes.contains(.void(name: "br", raw: "<br />")))
        #expect(nodes.contains(.comment(" raw HTML omitted ")))
        #expect(nodes.contains(.void(name: "img", raw: "<img src=\"i.png\" alt=\"&quot;>\" />")))
        #expect(HTMLText.nestingProblems(html).isEmpty)
    }

    @Test func textDecodesEntitiesAndCollapsesWhitespace() {
        #expect(
            HTMLText.text(
                "<h2>Title<a class=\"anchor\" href=\"#t\" aria-label=\"Permalink: Title\"></a></h2>\n<p>AT&amp;T &lt;3 &gt; &quot;q&quot; don&#39;t &#x27;x&#x27;  \n  end</p>\n"
            ) == "Title AT&T <3 > \"q\" don't 'x' end")
        #expect(HTMLText.text("<p>a<!-- raw HTML omitted -->b</p>") == "ab")
        #expect(HTMLText.text("  ") == "")
    }

    @Test func removesAndUnwrapsChangeMarks() {
        let html = "<p>the <del>quick <em>brown</em></del><ins>slow</ins> fox</p>"
        #expect(HTMLText.oldSide(html) == "<p>the quick <em>brown</em> fox</p>")
        #expect(HTMLText.newSide(html) == "<p>the slow fox</p>")
        #expect(HTMLText.count("del", in: html) == 1)
        #expect(HTMLText.texts(of: "del", in: html) == ["quick brown"])
    }

    @Test func findsBrokenNesting() {
        #expect(HTMLText.nestingProblems("<p><em>a</p></em>").count >= 1)
        #expect(!HTMLText.nestingProblems("<p>a").isEmpty)
        #expect(!HTMLText.nestingProblems("a</p>").isEmpty)
        #expect(!HTMLText.nestingProblems("<p>1 < 2</p>").isEmpty)
        #expect(!HTMLText.nestingProblems("<p>AT&T</p>").isEmpty)
        // Markers where HTML's content model does not allow them (browsers would move them out of the table).
        #expect(!HTMLText.nestingProblems("<table>\n<tbody>\n<tr>\n<del><td>2</td>\n</del></tr>\n</tbody>\n</table>\n").isEmpty)
        #expect(!HTMLText.nestingProblems("<ul>\n<ins><li>x</li></ins>\n</ul>\n").isEmpty)
        #expect(!HTMLText.nestingProblems("<p><ins>a<del>b</del></ins></p>").isEmpty)
        #expect(!HTMLText.nestingProblems("<em><p>a</p></em>").isEmpty)
        // A row wider than the table's head (a cell written twice).
        #expect(
            !HTMLText.nestingProblems(
                "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><del>1</del></td>\n<td><ins>2</ins></td>\n</tr>\n</tbody>\n</table>\n"
            ).isEmpty)
        // And what is fine.
        #expect(HTMLText.nestingProblems("<ul>\n<li><ins>x</ins>\n</li>\n</ul>\n<p><ins><hr />\n</ins></p>").count == 1)  // hr in p is not
        #expect(HTMLText.nestingProblems("<ins><hr />\n</ins><p><del><a href=\"x\">a</a></del></p>").isEmpty)
    }

    @Test func splitsVersionBodySections() {
        let html =
            "<section class=\"doc-section\" data-section=\"a&amp;b\">\n<p>x</p>\n</section>\n<section class=\"doc-section\" data-section=\"c\">\n<p>y</p>\n</section>\n"
        #expect(HTMLText.sections(html) == ["a&b": "\n<p>x</p>\n", "c": "\n<p>y</p>\n"])
    }
}
