import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The terminal form of a redline: markers for changes, and the markup spelled out where only the markup changed.
/// Made from the redline's runs, never by reading its HTML back.
@Suite("Redline: terminal text")
struct RedlineTextTests {
    let plain = RedlineText(color: false)

    /// The terminal text of the first section's redline between two bodies.
    func text(_ old: String, _ new: String) throws -> String {
        let e = try #require(RoundTripCheck.check(old, new).first)
        return plain.text(SectionRedliner(old: RoundTripCheck.renderer, new: RoundTripCheck.renderer).blocks(old: e.old, new: e.new))
    }

    @Test func changesBecomeMarkers() throws {
        #expect(try text("## A\n\nthe quick fox\n", "## A\n\nthe slow fox\n") == "A\nthe [-quick-]{+slow+} fox")
    }

    @Test func listItemsGetADashAndTheirDepth() throws {
        #expect(
            try text("## A\n\n- one\n  - two\n", "## A\n\n- one\n  - three\n")
                == "A\n- one\n  - [-two-]\n  - {+three+}")
    }

    @Test func aNewLinkTargetIsSpelledOut() throws {
        #expect(
            try text("## A\n\nSee [the policy](https://a.example/x?a=1&b=2).\n", "## A\n\nSee [the policy](https://b.example/y).\n")
                == "A\nSee [-the policy <https://a.example/x?a=1&b=2>-]{+the policy <https://b.example/y>+}.")
    }

    @Test func emphasisThatAloneChangedIsSpelledOut() throws {
        #expect(try text("## A\n\nSee *the* `x`.\n", "## A\n\nSee **the** x.\n") == "A\nSee [-*the* `x`-]{+**the** x+}.")
    }

    @Test func linksInAChangeOfWordsKeepOnlyTheirText() throws {
        #expect(try text("## A\n\n[old](https://a.example/)\n", "## A\n\nnew\n") == "A\n[-old-]\n{+new+}")
    }

    @Test func aNewLinkTargetBesideAnotherEditIsSpelledOut() throws {
        let text = try text(
            "## A\n\nRead the [Privacy Statement](https://a.example/p) and Terms.\n",
            "## A\n\nRead the [Privacy Statement](https://b.example/p) or Terms.\n")
        #expect(text.contains("[-Privacy Statement <https://a.example/p>"), "\(text)")
        #expect(text.contains("{+Privacy Statement <https://b.example/p>"), "\(text)")
        #expect(text.contains("and") && text.contains("or"))
    }

    @Test func aNewLinkTargetInATableCellIsSpelledOut() throws {
        let table = { (target: String, words: String) in "## A\n\n| Topic | Note |\n| --- | --- |\n| [Cookies](\(target)) | \(words) |\n" }
        let text = try text(table("https://a.example/c", "We will notify you"), table("https://b.example/c", "We notify you"))
        #expect(text.contains("[-Cookies <https://a.example/c>-]{+Cookies <https://b.example/c>+}"), "\(text)")
    }

    @Test func anInPageLinkShowsItsTargetAsWrittenNotAsRewritten() {
        let link = Enclosure(
            open: "<a href=\"../../2024-01-01/index.html#scope\">", close: "</a>", instance: 1, signature: "<a href=\"#scope\">")
        #expect(RedlineEmitter.withSourceHref(link).open == "<a data-href=\"#scope\" href=\"../../2024-01-01/index.html#scope\">")
        let external = Enclosure(open: "<a href=\"https://a.example/\">", close: "</a>", instance: 2)
        #expect(RedlineEmitter.withSourceHref(external).open == external.open)
        #expect(RedlineRuns.target(link) == " <#scope>")
    }

    @Test func wordsThatLeaveALinkThatStaysShowItsTarget() throws {
        #expect(
            try text(
                "## A\n\nPartial [the policy](https://a.example/p) here.\n", "## A\n\nPartial [the](https://a.example/p) policy here.\n")
                == "A\nPartial the[- policy <https://a.example/p>-]{+ policy+} here.")
    }
}
