import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The terminal form of a redline: markers for changes, and the markup spelled out where only the markup changed.
@Suite("Redline: terminal text")
struct RedlineTextTests {
    let plain = RedlineText(color: false)

    @Test func changesBecomeMarkers() {
        #expect(plain.text("<p>the <del>quick</del><ins>slow</ins> fox</p>\n") == "the [-quick-]{+slow+} fox")
    }

    @Test func aNewLinkTargetIsSpelledOut() throws {
        let e = try #require(
            RoundTripCheck.check(
                "## A\n\nSee [the policy](https://a.example/x?a=1&b=2).\n", "## A\n\nSee [the policy](https://b.example/y).\n"
            )
            .first)
        #expect(
            plain.text(e.html)
                == "A\nSee [-the policy <https://a.example/x?a=1&b=2>-]{+the policy <https://b.example/y>+}.")
    }

    @Test func emphasisThatAloneChangedIsSpelledOut() {
        #expect(
            plain.text(
                "<p>See <del class=\"markup-only\"><em>the</em> <code>x</code></del><ins class=\"markup-only\"><strong>the</strong> x</ins>.</p>"
            )
                == "See [-*the* `x`-]{+**the** x+}.")
    }

    @Test func linksInAChangeOfWordsKeepOnlyTheirText() {
        #expect(plain.text("<p><del><a href=\"https://a.example/\">old</a></del><ins>new</ins></p>") == "[-old-]{+new+}")
    }

    @Test func aNewLinkTargetBesideAnotherEditIsSpelledOut() throws {
        let e = try #require(
            RoundTripCheck.check(
                "## A\n\nRead the [Privacy Statement](https://a.example/p) and Terms.\n",
                "## A\n\nRead the [Privacy Statement](https://b.example/p) or Terms.\n"
            ).first)
        let text = plain.text(e.html)
        #expect(text.contains("[-Privacy Statement <https://a.example/p>"), "\(text)")
        #expect(text.contains("{+Privacy Statement <https://b.example/p>"), "\(text)")
        #expect(text.contains("and") && text.contains("or"))
    }

    @Test func aNewLinkTargetInATableCellIsSpelledOut() throws {
        let table = { (target: String, words: String) in "## A\n\n| Topic | Note |\n| --- | --- |\n| [Cookies](\(target)) | \(words) |\n" }
        let e = try #require(
            RoundTripCheck.check(table("https://a.example/c", "We will notify you"), table("https://b.example/c", "We notify you")).first)
        let text = plain.text(e.html)
        #expect(text.contains("[-Cookies <https://a.example/c>-]{+Cookies <https://b.example/c>+}"), "\(text)")
    }

    @Test func anInPageLinkShowsItsTargetAsWrittenNotAsRewritten() {
        let link = Enclosure(
            open: "<a href=\"../../2024-01-01/index.html#scope\">", close: "</a>", instance: 1, signature: "<a href=\"#scope\">")
        #expect(RedlineEmitter.withSourceHref(link).open == "<a data-href=\"#scope\" href=\"../../2024-01-01/index.html#scope\">")
        let external = Enclosure(open: "<a href=\"https://a.example/\">", close: "</a>", instance: 2)
        #expect(RedlineEmitter.withSourceHref(external).open == external.open)
        #expect(
            plain.text("<p><del class=\"markup-only\">\(RedlineEmitter.withSourceHref(link).open)scope</a></del></p>")
                == "[-scope <#scope>-]")
    }

    @Test func wordsThatLeaveALinkThatStaysShowItsTarget() throws {
        let e = try #require(
            RoundTripCheck.check(
                "## A\n\nPartial [the policy](https://a.example/p) here.\n", "## A\n\nPartial [the](https://a.example/p) policy here.\n"
            )
            .first)
        #expect(plain.text(e.html) == "A\nPartial the[- policy <https://a.example/p>-]{+ policy+} here.")
    }
}
