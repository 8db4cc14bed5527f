import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Hand-made version pairs, one per kind of change: the exact redline for the small ones, the kind and lineage
/// of every section, and the round trip for all of them (`RoundTripCheck.check` records any breach).
@Suite("Redline: hand-made changes")
struct RedlineKindTests {
    /// The only entry of a one-section pair.
    func only(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> RoundTripCheck.Entry? {
        let entries = RoundTripCheck.check(old, new, sourceLocation: sourceLocation)
        #expect(entries.count == 1, sourceLocation: sourceLocation)
        return entries.first
    }

    // MARK: Words

    @Test func oneWordEdit() throws {
        let e = try #require(only("## Scope\n\nthe quick fox\n", "## Scope\n\nthe slow fox\n"))
        #expect(e.kind == .modified)
        #expect(e.html == "<h2>Scope</h2>\n<p>the <del>quick</del><ins>slow</ins> fox</p>\n")
    }

    @Test func wordAddedAndRemoved() throws {
        let e = try #require(only("## A\n\nWe may share your data.\n", "## A\n\nWe may never share your personal data.\n"))
        // Where the space goes is the diff's choice: " personal" and "personal " are both a clean insertion.
        #expect(e.html == "<h2>A</h2>\n<p>We may <ins>never </ins>share your<ins> personal</ins> data.</p>\n")
        let f = try #require(only("## A\n\nWe may never share your data.\n", "## A\n\nWe may share your data.\n"))
        #expect(f.html == "<h2>A</h2>\n<p>We may <del>never </del>share your data.</p>\n")
    }

    @Test func sentenceRewriteReadsAsOneDeletionAndOneInsertion() throws {
        let old =
            "## Use\n\nWe process data lawfully. We collect your data to improve the service and to send you offers. Contact us any time.\n"
        let new =
            "## Use\n\nWe process data lawfully. We never sell anything you give us to anyone, for any reason at all. Contact us any time.\n"
        let e = try #require(only(old, new))
        #expect(e.kind == .modified)
        #expect(HTMLText.count("del", in: e.html) == 1)
        #expect(HTMLText.count("ins", in: e.html) == 1)
        #expect(HTMLText.texts(of: "del", in: e.html) == ["collect your data to improve the service and to send you offers"])
        #expect(HTMLText.texts(of: "ins", in: e.html) == ["never sell anything you give us to anyone, for any reason at all"])
        #expect(e.html.contains("<p>We process data lawfully. We <del>"))
        #expect(e.html.contains("</ins>. Contact us any time.</p>"))
    }

    @Test func rewrittenParagraphKeepsSubstantialSharedText() throws {
        // A long unchanged stretch between two small edits stays visible (not absorbed into one big change).
        let old =
            "## A\n\nWe keep logs for thirty days, after which they are deleted from all of our systems and backups, unless the law requires otherwise.\n"
        let new =
            "## A\n\nWe keep logs for ninety days, after which they are deleted from all of our systems and backups, unless a court requires otherwise.\n"
        let e = try #require(only(old, new))
        #expect(HTMLText.texts(of: "del", in: e.html) == ["thirty", "the law"])
        #expect(HTMLText.texts(of: "ins", in: e.html) == ["ninety", "a court"])
    }

    @Test func emphasisAndStrongStayRendered() throws {
        let e = try #require(
            only("## A\n\nSee **bold claim** and *soft words* here.\n", "## A\n\nSee **bold claims** and *soft words* there.\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<p>See <strong>bold <del>claim</del><ins>claims</ins></strong> and <em>soft words</em> <del>here</del><ins>there</ins>.</p>\n"
        )
        #expect(!e.html.contains("**") && !e.html.contains("*soft"))
    }

    @Test func emphasisRemovedShowsAsChange() throws {
        let e = try #require(only("## A\n\nSee *the policy* now.\n", "## A\n\nSee the policy now.\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<p>See <del class=\"markup-only\"><em>the policy</em></del><ins class=\"markup-only\">the policy</ins> now.</p>\n"
        )
    }

    @Test func entitiesAreEscapedOnBothSides() throws {
        let e = try #require(
            only("## A\n\nAT&T says 1 < 2 and \"quotes\" aren't code.\n", "## A\n\nAT&T says 3 > 2 and \"quotes\" aren't code.\n"))
        #expect(e.html == "<h2>A</h2>\n<p>AT&amp;T says <del>1 &lt;</del><ins>3 &gt;</ins> 2 and &quot;quotes&quot; aren&#39;t code.</p>\n")
    }

    @Test func inlineCodeChange() throws {
        let e = try #require(only("## A\n\nCall `fetch(a)` first.\n", "## A\n\nCall `fetch(b)` first.\n"))
        #expect(e.html == "<h2>A</h2>\n<p>Call <code>fetch(<del>a</del><ins>b</ins>)</code> first.</p>\n")
    }

    @Test func anEditedHTMLCommentIsNoChange() throws {
        let block = try #require(only("## A\n\nText.\n\n<!-- v1 -->\n", "## A\n\nText.\n\n<!-- v2 -->\n<!-- more -->\n"))
        #expect(block.kind == .unchanged)
        let inline = try #require(only("## A\n\nOur text.\n", "## A\n\nOur <!-- reviewed -->text.\n"))
        #expect(inline.kind == .unchanged)
        let visible = try #require(only("## A\n\nText.\n\n<!-- v1 -->\n", "## A\n\nText.\n\n<div>v2</div>\n"))
        #expect(visible.kind == .modified)
    }

    // MARK: Links

    @Test func linkTargetChangedWithSameTextShowsAsChanged() throws {
        let e = try #require(
            only("## A\n\nSee [the policy](https://a.example/x) now.\n", "## A\n\nSee [the policy](https://b.example/y) now.\n"))
        #expect(e.kind == .modified)
        #expect(
            e.html
                == "<h2>A</h2>\n<p>See <del class=\"markup-only\"><a href=\"https://a.example/x\">the policy</a></del><ins class=\"markup-only\"><a href=\"https://b.example/y\">the policy</a></ins> now.</p>\n"
        )
    }

    @Test func linkTextChangedWithSameTargetStaysOneLink() throws {
        let e = try #require(
            only(
                "## A\n\nRead [our policy](https://a.example/p) today.\n", "## A\n\nRead [our privacy policy](https://a.example/p) today.\n"
            ))
        #expect(e.html == "<h2>A</h2>\n<p>Read <a href=\"https://a.example/p\">our <ins>privacy </ins>policy</a> today.</p>\n")
        #expect(HTMLText.count("a", in: e.html) == 1)
    }

    @Test func linkAdded() throws {
        let e = try #require(only("## A\n\nRead our policy.\n", "## A\n\nRead [our policy](https://a.example/p).\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<p>Read <del class=\"markup-only\">our policy</del><ins class=\"markup-only\"><a href=\"https://a.example/p\">our policy</a></ins>.</p>\n"
        )
    }

    // MARK: Lists

    @Test func listItemAdded() throws {
        let e = try #require(only("## A\n\n- one\n- two\n", "## A\n\n- one\n- two\n- three\n"))
        #expect(e.html == "<h2>A</h2>\n<ul>\n<li>one\n</li>\n<li>two\n</li>\n<li><ins>three</ins>\n</li>\n</ul>\n")
    }

    @Test func firstListItemRemovedStaysInTheSameList() throws {
        // Regression: a deleted leaf before the first aligned leaf of its list opened a list of its own.
        let e = try #require(only("## A\n\n- gone\n- a\n- b\n", "## A\n\n- a\n- b\n"))
        #expect(e.html == "<h2>A</h2>\n<ul>\n<li><del>gone</del>\n</li>\n<li>a\n</li>\n<li>b\n</li>\n</ul>\n")
        let f = try #require(only("## A\n\n1. gone\n2. a\n", "## A\n\n1. a\n2. b\n"))
        #expect(HTMLText.count("ol", in: f.html) == 1)
    }

    @Test func listItemEditedInNestedList() throws {
        let e = try #require(only("## A\n\n- one\n  - nested\n- two\n", "## A\n\n- one\n  - nested more\n  - new\n- two\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<ul>\n<li>one\n<ul>\n<li>nested<ins> more</ins>\n</li>\n<li><ins>new</ins>\n</li>\n</ul>\n</li>\n<li>two\n</li>\n</ul>\n"
        )
    }

    @Test func looseListItemRemoved() throws {
        let e = try #require(only("## A\n\n- first item\n\n- second item\n\n- third item\n", "## A\n\n- first item\n\n- third item\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<ul>\n<li><p>first item</p>\n</li>\n<li><p class=\"redline-removed\"><del>second item</del></p>\n</li>\n<li><p>third item</p>\n</li>\n</ul>\n"
        )
        #expect(HTMLText.texts(of: "del", in: e.html) == ["second item"])
        #expect(HTMLText.count("ins", in: e.html) == 0)
    }

    // MARK: Tables

    @Test func tableCellChanged() throws {
        let e = try #require(
            only(
                "## A\n\n| Vendor | Country |\n|---|---|\n| Acme | France |\n| Beta | Spain |\n",
                "## A\n\n| Vendor | Country |\n|---|---|\n| Acme | Germany |\n| Beta | Spain |\n"))
        #expect(
            e.html == """
                <h2>A</h2>
                <div class="table-scroll" tabindex="0">
                <table>
                <thead>
                <tr>
                <th>Vendor</th>
                <th>Country</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>Acme</td>
                <td><del>France</del><ins>Germany</ins></td>
                </tr>
                <tr>
                <td>Beta</td>
                <td>Spain</td>
                </tr>
                </tbody>
                </table>
                </div>

                """)
    }

    @Test func tableRowRewrittenAcrossCellsKeepsOneCellPerColumn() throws {
        // Regression: a change spanning cells wrapped whole <td>s in <del>/<ins>, giving a row twice as wide.
        let e = try #require(
            only(
                "## A\n\n| Vendor | Purpose | Country | Region |\n|---|---|---|---|\n| Acme | hosting services | France | EU |\n",
                "## A\n\n| Vendor | Purpose | Country | Region |\n|---|---|---|---|\n| Acme | email | Germany | EU |\n"))
        #expect(
            e.html.contains(
                "<tr>\n<td>Acme</td>\n<td><del>hosting services</del><ins>email</ins></td>\n<td><del>France</del><ins>Germany</ins></td>\n<td>EU</td>\n</tr>\n"
            ))
        #expect(HTMLText.count("td", in: e.html) == 4)
    }

    @Test func tableRowAddedAndRemoved() throws {
        let e = try #require(
            only("## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n", "## A\n\n| a | b |\n|---|---|\n| 3 | 4 |\n| 5 | 6 |\n"))
        #expect(
            e.html.contains(
                "<tbody>\n<tr class=\"redline-removed\">\n<td><del>1</del></td>\n<td><del>2</del></td>\n</tr>\n<tr>\n<td>3</td>\n<td>4</td>\n</tr>\n"
            ))
        #expect(e.html.contains("<tr class=\"redline-added\">\n<td><ins>5</ins></td>\n<td><ins>6</ins></td>\n</tr>\n</tbody>"))
        #expect(HTMLText.count("tbody", in: e.html) == 1)
    }

    @Test func tableColumnAdded() throws {
        let e = try #require(only("## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "## A\n\n| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n"))
        #expect(e.html.contains("<th>b</th>\n<th><ins>c</ins></th>\n</tr>"))
        #expect(e.html.contains("<td>2</td>\n<td><ins>3</ins></td>\n</tr>"))
    }

    // MARK: Other blocks

    @Test func blockquoteAndCodeBlock() throws {
        let e = try #require(
            only("## A\n\n> quoted text here\n\n```\nlet x = 1\n```\n", "## A\n\n> quoted text there\n\n```\nlet x = 2\n```\n"))
        #expect(
            e.html
                == "<h2>A</h2>\n<blockquote>\n<p>quoted text <del>here</del><ins>there</ins></p>\n</blockquote>\n<pre><code>let x = <del>1</del><ins>2</ins>\n</code></pre>\n"
        )
    }

    @Test func rawHTMLIsOmittedOnBothSides() throws {
        let e = try #require(
            only("## A\n\ntext <b>bold</b> more\n\n<div>block</div>\n", "## A\n\ntext <b>bold</b> less\n\n<div>other</div>\n"))
        #expect(!e.html.contains("<b>") && !e.html.contains("<div>"))
        #expect(e.html.contains("<del>more</del><ins>less</ins>"))
    }

    // MARK: Sections

    @Test func sectionAdded() {
        let entries = RoundTripCheck.check("## A\n\nalpha\n", "## A\n\nalpha\n\n## B\n\nbeta text\n")
        #expect(entries.map(\.id) == ["a", "b"])
        #expect(entries.kinds == ["a": .unchanged, "b": .added])
        #expect(
            entries[id: "b"]?.html == "<h2 class=\"redline-added\"><ins>B</ins></h2>\n<p class=\"redline-added\"><ins>beta text</ins></p>\n"
        )
        #expect(entries[id: "a"]?.html == "<h2>A</h2>\n<p>alpha</p>\n")
    }

    @Test func sectionRemoved() {
        let entries = RoundTripCheck.check("## A\n\nalpha\n\n## B\n\nbeta text\n\n## C\n\ngamma\n", "## A\n\nalpha\n\n## C\n\ngamma\n")
        #expect(entries.map(\.id) == ["a", "b", "c"])  // the removed section where it stood
        #expect(entries.kinds == ["a": .unchanged, "b": .removed, "c": .unchanged])
        #expect(
            entries[id: "b"]?.html
                == "<h2 class=\"redline-removed\"><del>B</del></h2>\n<p class=\"redline-removed\"><del>beta text</del></p>\n")
    }

    @Test func sectionRenamed() {
        let entries = RoundTripCheck.check(
            "## Data we collect\n\nWe collect your name and email address.\n",
            "## Information we collect\n\nWe collect your name and email address.\n")
        #expect(entries.count == 1)
        #expect(entries.first?.kind == .renamed)
        #expect(entries.first?.id == "information-we-collect")
        #expect(entries.first?.change.lineage == "data-we-collect")
        #expect(
            entries.first?.html
                == "<h2><del>Data</del><ins>Information</ins> we collect</h2>\n<p>We collect your name and email address.</p>\n")
    }

    @Test func renamePlusEditInTheSameVersionIsRenamed() {
        let entries = RoundTripCheck.check(
            "## Data we collect\n\nWe collect your name, your email address and your billing details when you sign up.\n",
            "## Information we collect\n\nWe collect your name, your email address and your payment details when you sign up.\n")
        #expect(entries.count == 1)
        #expect(entries.first?.kind == .renamed)
        #expect(entries.first?.change.modified == true)
        #expect(entries.first?.change.lineage == "data-we-collect")
        #expect(entries.first?.html.contains("your <del>billing</del><ins>payment</ins> details") == true)
    }

    @Test func renameWithAnExplicitIDKeepsTheID() {
        let entries = RoundTripCheck.check(
            "## Cookies {#tracking}\n\nWe use cookies.\n", "## Tracking technologies {#tracking}\n\nWe use cookies and pixels.\n")
        #expect(entries.map(\.id) == ["tracking"])
        #expect(entries.first?.kind == .renamed)
    }

    @Test func sectionMoved() {
        let entries = RoundTripCheck.check(
            "Intro text.\n\n## Data\n\nWe keep data.\n\n## Cookies\n\nWe use cookies.\n\n## Contact\n\nMail us.\n",
            "Intro text.\n\n## Cookies\n\nWe use cookies.\n\n## Data\n\nWe keep data.\n\n## Contact\n\nMail us.\n")
        #expect(entries.map(\.id) == ["preamble", "cookies", "data", "contact"])
        // One of the two swapped sections is the one that moved; the rest keep their order.
        #expect(entries.filter { $0.kind == .moved }.count == 1)
        #expect(entries.filter { $0.kind == .unchanged }.count == 3)
        #expect(entries.allSatisfy { $0.change.lineage == $0.id })
        for e in entries { #expect(!e.html.contains("<ins>") && !e.html.contains("<del>")) }
    }

    @Test func sectionMovedToTheEndAndEdited() {
        let entries = RoundTripCheck.check(
            "## A\n\nalpha words\n\n## B\n\nbeta words\n\n## C\n\ngamma words\n\n## D\n\ndelta words\n",
            "## B\n\nbeta words\n\n## C\n\ngamma words\n\n## D\n\ndelta words\n\n## A\n\nalpha changed words\n")
        #expect(entries.kinds == ["a": .modified, "b": .unchanged, "c": .unchanged, "d": .unchanged])
        #expect(entries[id: "a"]?.change.moved == true)
        #expect(entries[id: "a"]?.change.lineage == "a")
    }

    @Test func headingRelevelledThroughoutIsNotARewrite() {
        let old = "# Title\n\nIntro.\n\n### One\n\nText one.\n\n### Two\n\nText two with *emphasis*.\n\n#### Two point one\n\nDeep.\n"
        let new = "# Title\n\nIntro.\n\n## One\n\nText one.\n\n## Two\n\nText two with *emphasis*.\n\n### Two point one\n\nDeep.\n"
        let entries = RoundTripCheck.check(old, new)
        #expect(entries.map(\.id) == ["preamble", "one", "two", "two-point-one"])
        #expect(entries.allSatisfy { $0.kind == .unchanged })
        #expect(entries.filter { $0.change.levelChanged }.map(\.id) == ["one", "two", "two-point-one"])
        #expect(entries.allSatisfy { $0.change.lineage == $0.id })
        #expect(entries[id: "one"]?.html == "<h2>One</h2>\n<p>Text one.</p>\n")
    }

    @Test func duplicateHeadingsMatchByPositionAmongTwins() {
        let entries = RoundTripCheck.check(
            "## FAQ\n\nFirst answer here.\n\n## Other\n\nStuff.\n\n## FAQ\n\nSecond answer here.\n",
            "## FAQ\n\nFirst answer here.\n\n## Other\n\nStuff.\n\n## FAQ\n\nSecond answer changed here.\n")
        #expect(entries.map(\.kind) == [.unchanged, .unchanged, .modified])
        #expect(entries.last?.html == "<h2>FAQ</h2>\n<p>Second answer <ins>changed </ins>here.</p>\n")
        #expect(entries.first?.change.lineage != entries.last?.change.lineage)
    }

    @Test func duplicateHeadingsEditTheFirstOnly() {
        let entries = RoundTripCheck.check(
            "## FAQ\n\nFirst answer.\n\n## FAQ\n\nSecond answer.\n",
            "## FAQ\n\nFirst answer, revised.\n\n## FAQ\n\nSecond answer.\n")
        #expect(entries.map(\.kind) == [.modified, .unchanged])
    }

    @Test func sectionSplitInTwoKeepingItsHeading() {
        let entries = RoundTripCheck.check(
            "## Data\n\nWe collect names and emails when you register for an account.\n\nWe share data with processors who help us run the service.\n",
            "## Data\n\nWe collect names and emails when you register for an account.\n\n## Sharing\n\nWe share data with processors who help us run the service.\n"
        )
        #expect(entries.kinds == ["data": .modified, "sharing": .added])
        #expect(entries[id: "data"]?.change.lineage == "data")
        #expect(
            entries[id: "data"]?.html.contains(
                "<p class=\"redline-removed\"><del>We share data with processors who help us run the service.</del></p>") == true)
    }

    @Test func sectionSplitInTwoUnderNewHeadings() {
        // Neither part keeps the heading: the lineage continues in the nearer similar part, the other is added.
        let entries = RoundTripCheck.check(
            "## Data\n\nWe collect names and emails when you register for an account with us.\n\nWe share that data with processors who help us run the service.\n",
            "## Data collection\n\nWe collect names and emails when you register for an account with us.\n\n## Data sharing\n\nWe share that data with processors who help us run the service.\n"
        )
        #expect(entries.map(\.kind) == [.renamed, .added])
        #expect(entries.first?.change.lineage == "data")
        #expect(entries.last?.change.lineage == "data-sharing")
    }

    @Test func preambleChanges() {
        let entries = RoundTripCheck.check(
            "# Privacy\n\nLast reviewed in May.\n\n## A\n\nalpha\n", "# Privacy\n\nLast reviewed in June.\n\n## A\n\nalpha\n")
        #expect(entries.map(\.id) == ["preamble", "a"])
        #expect(entries.first?.html == "<p>Last reviewed in <del>May</del><ins>June</ins>.</p>\n")
        let added = RoundTripCheck.check("## A\n\nalpha\n", "A new introduction.\n\n## A\n\nalpha\n")
        #expect(added.kinds == ["preamble": .added, "a": .unchanged])
    }

    @Test func headingMarkupChangeIsModifiedNotRenamed() {
        let entries = RoundTripCheck.check("## Your *rights*\n\nYou may ask.\n", "## Your rights\n\nYou may ask.\n")
        #expect(entries.first?.kind == .modified)
        #expect(
            entries.first?.html
                == "<h2>Your <del class=\"markup-only\"><em>rights</em></del><ins class=\"markup-only\">rights</ins></h2>\n<p>You may ask.</p>\n"
        )
    }
}

extension RedlineKindTests {
    @Test func nestedHeadingShiftedByAnEditAboveIsUnchanged() {
        // Regression: headings inside quotes and lists carry their line number, so any edit above made the
        // section "modified" with nothing marked in its redline.
        let entries = RoundTripCheck.check(
            "## A\n\nalpha\n\n## B\n\n> ### Note\n>\n> quoted\n\n- ## item heading\n",
            "## A\n\nalpha\n\nmore alpha\n\n## B\n\n> ### Note\n>\n> quoted\n\n- ## item heading\n")
        #expect(entries.kinds == ["a": .modified, "b": .unchanged])
        let edited = RoundTripCheck.check(
            "## B\n\n> ### A note on cookies\n>\n> quoted\n", "## B\n\n> ### A note on all cookies\n>\n> quoted\n")
        #expect(edited.first?.kind == .modified)
        #expect(edited.first?.html == "<h2>B</h2>\n<blockquote>\n<h3>A note on <ins>all </ins>cookies</h3>\n<p>quoted</p>\n</blockquote>\n")
    }
}
