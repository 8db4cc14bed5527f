import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Splitting a body into sections: preamble, the leading H1 as title, and the checks the splitter makes.
@Suite struct SectionTests {
    @Test func splitsAtEveryHeading() {
        let (document, diagnostics) = MD.sections("## One\n\nA\n\nB\n\n### Two\n\nC\n\n## Three\n")
        #expect(diagnostics.isEmpty)
        #expect(document.sections.map(\.id) == ["one", "two", "three"])
        #expect(document.sections.map(\.level) == [2, 3, 2])
        #expect(document.sections.map(\.blocks.count) == [2, 1, 0])
        #expect(document.sections[0].blocks == [.paragraph([.text("A")]), .paragraph([.text("B")])])
    }

    @Test func textBeforeTheFirstHeadingIsThePreamble() throws {
        let (document, _) = MD.sections("Effective date: May 22, 2017\n\n## Terms\n")
        let preamble = try #require(document.sections.first)
        #expect(preamble.id == "preamble" && preamble.level == 0 && preamble.heading == nil && preamble.title == "")
        #expect(preamble.blocks == [.paragraph([.text("Effective date: May 22, 2017")])])
        #expect(
            MD.body("Intro\n\n## Terms\n").hasPrefix(
                "<section class=\"doc-section\" id=\"preamble\" data-section=\"preamble\">\n<p>Intro</p>\n</section>\n"))
    }

    @Test func noPreambleWhenTheBodyStartsWithAHeading() {
        #expect(MD.ids("## First\n\nText\n") == ["first"])
        #expect(MD.sections("").0.sections.isEmpty)
    }

    @Test func leadingH1BecomesTheTitleNotASection() {
        let (document, _) = MD.sections("# GitHub Privacy Statement\n\nIntro\n\n## A. Summary\n")
        #expect(document.h1Title == "GitHub Privacy Statement")
        #expect(document.sections.map(\.id) == ["preamble", "a-summary"])
        #expect(!MD.body("# Title\n\n## A\n").contains("<h1"))
    }

    @Test func theTitleH1KeepsItsSlugAsAnAnchorUnlessASectionHasIt() {
        #expect(MD.sections("# Privacy Policy\n\n## Scope\n").0.h1ID == "privacy-policy")
        // Section ids never move to make room for the title.
        let (taken, _) = MD.sections("# Privacy Policy\n\n## Privacy Policy\n")
        #expect(taken.h1ID == nil && taken.sections.map(\.id) == ["privacy-policy"])
        #expect(MD.sections("# Main\n").0.h1ID == nil)
        #expect(MD.sections("## Not a title\n").0.h1ID == nil)
    }

    @Test func theTitleH1sExplicitIdIsKeptAndReserved() {
        let (document, diagnostics) = MD.sections("# Privacy {#top-of-page}\n\n## Top of page\n")
        #expect(diagnostics.map(\.description).first?.contains("the heading on line 1 claims '#top-of-page'") == true)
        #expect(document.h1Title == "Privacy" && document.h1ID == "top-of-page")
        #expect(document.sections.map(\.id) == ["top-of-page-1"])
        let (_, clash) = MD.sections("# Privacy {#same}\n\n## Other {#same}\n")
        #expect(
            clash.map(\.description) == ["content/p/2024-01-01.md:3:1: error: heading id '#same' is already used by the heading on line 1"])
    }

    @Test func theTitleH1KeepsItsPlainText() {
        #expect(MD.sections("# *Basecamp* privacy `policy`\n").0.h1Title == "Basecamp privacy policy")
    }

    @Test func anH1AfterOtherHeadingsIsASection() {
        let (document, _) = MD.sections("## Intro\n\n# Part Two\n")
        #expect(document.h1Title == nil)
        #expect(document.sections.map(\.id) == ["intro", "part-two"])
    }

    @Test func headingLevelSkipIsAWarningAtTheHeading() {
        let (_, diagnostics) = MD.sections("## A\n\ntext\n\n#### B\n", lineOffset: 3)
        #expect(diagnostics.map(\.description) == ["content/p/2024-01-01.md:8:1: warning: heading level skips from H2 to H4"])
    }

    @Test func headingLinesCountTheFrontMatter() throws {
        let (source, diagnostics) = MemoryFiles(["content/p/2024-01-01.md": "---\ntitle: P\n---\n# P\n\n### Deep\n"]).load()
        #expect(diagnostics.isEmpty)
        let version = try #require(source.statements.first?.versions.first)
        let (_, warnings) = MD.sections(version.body, lineOffset: version.bodyLineOffset)
        #expect(warnings.map(\.description) == ["content/p/2024-01-01.md:6:1: warning: heading level skips from H1 to H3"])
    }

    @Test func steppingBackUpIsNotASkip() {
        #expect(MD.sections("## A\n\n### B\n\n#### C\n\n## D\n\n### E\n").1.isEmpty)
    }

    @Test func collidingExplicitIdsAreAnErrorAtTheSecondHeading() {
        let (document, diagnostics) = MD.sections("## One {#same}\n\ntext\n\n## Two {#same}\n", lineOffset: 2)
        #expect(
            diagnostics.map(\.description) == [
                "content/p/2024-01-01.md:7:1: error: heading id '#same' is already used by the heading on line 3"
            ])
        #expect(document.sections.count == 2)
    }

    @Test func aHeadingWhoseSlugAnExplicitIdClaimsIsRenumberedWithAWarning() {
        let (document, diagnostics) = MD.sections("## Cookies\n\ntext\n\n## Tracking {#cookies}\n")
        #expect(document.sections.map(\.id) == ["cookies-1", "cookies"])
        #expect(
            diagnostics.map(\.description) == [
                "content/p/2024-01-01.md:1:1: warning: heading 'Cookies' gets the id '#cookies-1': the heading on line 5 claims '#cookies' with {#cookies}, so links to '#cookies' lead there; give one of them another id"
            ])
        #expect(MD.sections("## Cookies {#cookies}\n\n## Cookies\n").1.isEmpty)
        #expect(MD.sections("## Cookies\n\n## Cookies\n").1.isEmpty)
    }

    @Test func aPreambleOfOnlyHTMLCommentsIsNoSection() {
        #expect(MD.sections("<!-- translated 2024 -->\n\n## A\n").0.sections.map(\.id) == ["a"])
        #expect(MD.sections("<!-- note -->\n\nIntro\n\n## A\n").0.sections.map(\.id) == ["preamble", "a"])
    }

    @Test func theLayoutsMainIdIsReserved() {
        #expect(MD.sections("## Main\n\n## Main terms\n").0.sections.map(\.id) == ["main-1", "main-terms"])
        let (_, diagnostics) = MD.sections("## Start {#main}\n")
        #expect(
            diagnostics.map(\.description) == [
                "content/p/2024-01-01.md:1:1: error: heading id '#main' is reserved for the page's main content (the skip link's target); choose another id"
            ])
    }

    @Test func theExplicitIdPreambleIsReservedForThePreamble() {
        let (_, diagnostics) = MD.sections("Intro\n\n## Start {#preamble}\n")
        #expect(
            diagnostics.map(\.description) == [
                "content/p/2024-01-01.md:3:1: error: heading id '#preamble' is reserved for the text before the first heading; choose another id"
            ])
    }

    @Test func sectionTitlesAreTrimmedPlainText() {
        let (document, _) = MD.sections("## Account Terms  \n\n## **Bold** and `code`\n")
        #expect(document.sections.map(\.title) == ["Account Terms", "Bold and code"])
    }

    @Test func everyRenderedSectionHeadingHasItsIdAndAPermalink() {
        let body = MD.body("Intro\n\n## A. Definitions\n\n### *Emphasis*\n")
        #expect(
            body.contains(
                "<h2 id=\"a-definitions\">A. Definitions<a class=\"anchor\" href=\"#a-definitions\" aria-label=\"Permalink: A. Definitions\"></a></h2>"
            ))
        #expect(
            body.contains(
                "<h3 id=\"emphasis\"><em>Emphasis</em><a class=\"anchor\" href=\"#emphasis\" aria-label=\"Permalink: Emphasis\"></a></h3>"))
    }
}
