import Testing

@testable import TrustsiteCore

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
}
