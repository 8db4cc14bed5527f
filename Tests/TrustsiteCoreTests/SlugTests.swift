import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// GitHub-style heading slugs: `Slugger.slug` on text, and ids as the section splitter hands them out.
@Suite struct SlugTests {
    @Test(arguments: [
        ("A. Definitions", "a-definitions"),
        ("1. Account Controls.", "1-account-controls"),
        ("Hello, World!", "hello-world"),
        ("What's new?", "whats-new"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Section B(4): Additional Terms", "section-b4-additional-terms"),
        ("Two  spaces", "two--spaces"),
        ("UPPER lower", "upper-lower"),
        ("Café Überblick", "café-überblick"),
        ("Привет мир", "привет-мир"),
        ("日本語 見出し", "日本語-見出し"),
        ("Emoji 🎉 party", "emoji--party"),
    ])
    func slugOfText(_ text: String, _ expected: String) {
        #expect(Slugger.slug(text) == expected)
    }

    @Test func headingIdsComeFromTheHeadingText() {
        #expect(MD.ids("## A. Definitions\n\n### 1. Account Controls. \n") == ["a-definitions", "1-account-controls"])
    }

    @Test func emphasisAndCodeInHeadingsCountAsText() {
        #expect(
            MD.ids("#### *Registration Information*\n\n## The `trustsite` **build** tool\n")
                == ["registration-information", "the-trustsite-build-tool"])
    }

    @Test func linksInHeadingsUseTheirText() {
        #expect(MD.ids("## See [the terms](https://example.com/terms)\n") == ["see-the-terms"])
    }

    @Test func duplicatesGetNumberedSuffixes() {
        let markdown = "## Why?\n\n## Why?\n\n## Why?\n"
        #expect(MD.ids(markdown) == ["why", "why-1", "why-2"])
    }

    @Test func suffixesSkipIdsAlreadyTaken() {
        #expect(MD.ids("## Foo\n\n## Foo\n\n## Foo 1\n") == ["foo", "foo-1", "foo-1-1"])
        #expect(MD.ids("## Foo 1\n\n## Foo\n\n## Foo\n") == ["foo-1", "foo", "foo-2"])
    }

    @Test func explicitIdSetsTheIdAndIsNotShown() throws {
        let (document, _) = MD.sections("## Data we collect {#collect}\n\nText.\n")
        let section = try #require(document.sections.first)
        #expect(section.id == "collect")
        #expect(section.title == "Data we collect")
        #expect(
            MD.body("## Data we collect {#collect}\n").contains("<h2 id=\"collect\">Data we collect<a class=\"anchor\" href=\"#collect\""))
    }

    @Test func explicitIdsAreReservedSoAutomaticSlugsAvoidThem() {
        // The explicit id comes later in the document, yet the earlier automatic slug still steps around it.
        #expect(MD.ids("## Intro\n\n## Welcome {#intro}\n\n## Intro\n") == ["intro-1", "intro", "intro-2"])
    }

    @Test func braceTextThatIsNotAnIdStaysInTheHeading() {
        #expect(MD.ids("## Use {#not an id}\n") == ["use-not-an-id"])
        #expect(MD.ids("## Set {braces}\n") == ["set-braces"])
    }

    @Test func headingsWithoutSlugTextStillGetAnId() {
        let ids = MD.ids("## !!!\n\n## ???\n")
        #expect(ids.count == 2 && Set(ids).count == 2 && ids.allSatisfy { !$0.isEmpty })
    }

    @Test func aHeadingNamedPreambleDoesNotCollideWithThePreamble() {
        #expect(MD.ids("Intro text.\n\n## Preamble\n") == ["preamble", "preamble-1"])
    }

    @Test func uniqueSlugsOnASluggerDirectly() {
        var slugger = Slugger(reserved: ["taken"])
        #expect(slugger.unique("Taken") == "taken-1")
        #expect(slugger.unique("Fresh") == "fresh")
        #expect(slugger.unique("Fresh") == "fresh-1")
    }

    @Test func lineageKeysBecomeSafePathSegments() {
        #expect(SitePaths.segment("intro_1-a") == "intro_1-a")
        #expect(SitePaths.segment("a.b:c") == "a-b-c")
        #expect(SitePaths.segment("déjà-vu") == "déjà-vu")
        #expect(SitePaths.segment("--") == "section--" && SitePaths.segment("") == "section" && SitePaths.segment("..") == "section--")
    }
}
