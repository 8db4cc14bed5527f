import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Lineage over chains of three or more versions: one key per logical section through renames, moves, edits and
/// re-levelling; a fresh key for every new section; and the round trip for every consecutive pair.
@Suite("Redline: lineage across versions")
struct RedlineLineageTests {
    /// Lineage key of the section with `id` in version `v`.
    func key(_ versions: [Version], _ history: StatementHistory, _ v: Int, _ id: String) -> String? {
        versions[v].document.sections.firstIndex { $0.id == id }.map { history.lineage[v][$0] }
    }

    @Test func renameThenMoveThenEditKeepsOneKey() {
        let v0 =
            "## Data we collect\n\nWe collect your name and email address when you sign up.\n\n## Cookies\n\nWe use cookies to keep you signed in.\n\n## Contact\n\nWrite to us.\n"
        let v1 =
            "## Information we collect\n\nWe collect your name and email address when you sign up.\n\n## Cookies\n\nWe use cookies to keep you signed in.\n\n## Contact\n\nWrite to us.\n"
        let v2 =
            "## Cookies\n\nWe use cookies to keep you signed in.\n\n## Information we collect\n\nWe collect your name and email address when you sign up.\n\n## Contact\n\nWrite to us.\n"
        let v3 =
            "## Cookies\n\nWe use cookies to keep you signed in.\n\n## Information we collect\n\nWe collect your name, email address and phone number when you sign up.\n\n## Contact\n\nWrite to us.\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2, v3])
        let keys = [
            key(versions, history, 0, "data-we-collect"), key(versions, history, 1, "information-we-collect"),
            key(versions, history, 2, "information-we-collect"), key(versions, history, 3, "information-we-collect"),
        ]
        #expect(Set(keys).count == 1 && keys[0] != nil)
        #expect(entries[1][id: "information-we-collect"]?.kind == .renamed)
        #expect(entries[2].filter { $0.kind == .moved }.count == 1)
        #expect(entries[3].kinds == ["cookies": .unchanged, "information-we-collect": .modified, "contact": .unchanged])
        // Different sections never share a key within a version.
        for v in versions.indices { #expect(Set(history.lineage[v]).count == history.lineage[v].count) }
        // The first version's diff shows every section as added.
        #expect(history.diffs[0].changes.allSatisfy { $0.kind == .added })
    }

    @Test func compareAcrossManyVersionsUsesTheLineage() {
        // The compare page diffs any version with the current one by lineage, even when no heading text survives.
        let v0 = "## Data\n\nWe collect your name and email address when you sign up for the service.\n\n## Misc\n\nOther things.\n"
        let v1 =
            "## Personal data\n\nWe collect your name and email address when you sign up for the service.\n\n## Misc\n\nOther things.\n"
        let v2 =
            "## Misc\n\nOther things.\n\n## Your information\n\nWe collect your name and email address when you sign up for the service.\n"
        let (versions, history, _) = RoundTripCheck.checkChain([v0, v1, v2])
        let diff = history.diff(versions, from: 0, to: 2)
        let entries = RoundTripCheck.entries(old: versions[0].document, new: versions[2].document, diff: diff)
        #expect(RoundTripCheck.problems(entries, old: versions[0].document, new: versions[2].document).isEmpty)
        #expect(entries.count == 2)
        #expect(entries[id: "your-information"]?.kind == .renamed)
        #expect(entries[id: "your-information"]?.change.lineage == "data")
        #expect(entries[id: "your-information"]?.old?.id == "data")
    }

    @Test func removedThenReaddedSectionGetsAFreshKey() {
        let v0 = "## A\n\nalpha text here\n\n## B\n\nbeta text here\n"
        let v1 = "## A\n\nalpha text here\n"
        let v2 = "## A\n\nalpha text here\n\n## B\n\nbeta text here\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2])
        #expect(entries[1].kinds == ["a": .unchanged, "b": .removed])
        #expect(entries[2].kinds == ["a": .unchanged, "b": .added])
        #expect(key(versions, history, 2, "b") != key(versions, history, 0, "b"))
        #expect(key(versions, history, 2, "b") != nil)
    }

    @Test func newSectionWhoseIDWasUsedBeforeIsNotConfusedWithIt() {
        // v1 renames "Cookies" to "Tracking" and adds an unrelated section called "Cookies" in v2.
        let v0 = "## Cookies\n\nWe set small files in your browser to remember your choices and sessions.\n"
        let v1 = "## Tracking\n\nWe set small files in your browser to remember your choices and sessions.\n"
        let v2 =
            "## Tracking\n\nWe set small files in your browser to remember your choices and sessions.\n\n## Cookies\n\nSee the tracking section above.\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2])
        #expect(entries[1].first?.kind == .renamed)
        #expect(entries[2].kinds == ["tracking": .unchanged, "cookies": .added])
        #expect(key(versions, history, 2, "tracking") == key(versions, history, 0, "cookies"))
        #expect(key(versions, history, 2, "cookies") != key(versions, history, 2, "tracking"))
    }

    @Test func twinsKeepTheirKeysThroughEditsAndRelevelling() {
        let v0 = "## Product A\n\nAbout A.\n\n### FAQ\n\nA answers.\n\n## Product B\n\nAbout B.\n\n### FAQ\n\nB answers.\n"
        let v1 = "## Product A\n\nAbout A.\n\n### FAQ\n\nA answers.\n\n## Product B\n\nAbout B.\n\n### FAQ\n\nB answers, updated.\n"
        let v2 = "## Product A\n\nAbout A.\n\n#### FAQ\n\nA answers.\n\n## Product B\n\nAbout B.\n\n#### FAQ\n\nB answers, updated.\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2])
        #expect(entries[1].map(\.kind) == [.unchanged, .unchanged, .unchanged, .modified])
        #expect(entries[2].map(\.kind) == [.unchanged, .unchanged, .unchanged, .unchanged])
        #expect(entries[2].filter { $0.change.levelChanged }.count == 2)
        #expect(history.lineage[0] == history.lineage[2])
        #expect(Set(history.lineage[0]).count == 4)
        _ = versions
    }

    @Test func splitThenRenameFollowsTheContinuingPart() {
        let v0 =
            "## Data\n\nWe collect names and emails when you register for an account with us.\n\nWe share that data with processors who help us run the service.\n"
        let v1 =
            "## Data\n\nWe collect names and emails when you register for an account with us.\n\n## Sharing\n\nWe share that data with processors who help us run the service.\n"
        let v2 =
            "## Collection\n\nWe collect names and emails when you register for an account with us.\n\n## Sharing\n\nWe share that data with processors who help us run the service.\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2])
        #expect(entries[1].kinds == ["data": .modified, "sharing": .added])
        #expect(entries[2].kinds == ["collection": .renamed, "sharing": .unchanged])
        #expect(key(versions, history, 2, "collection") == key(versions, history, 0, "data"))
        #expect(key(versions, history, 2, "sharing") == key(versions, history, 1, "sharing"))
        #expect(key(versions, history, 2, "sharing") != key(versions, history, 2, "collection"))
    }

    @Test func mergeOfTwoSectionsContinuesOneLineage() {
        let v0 =
            "## Collection\n\nWe collect names and emails when you register for an account with us.\n\n## Sharing\n\nWe share that data with processors who help us run the service.\n"
        let v1 =
            "## Collection\n\nWe collect names and emails when you register for an account with us.\n\nWe share that data with processors who help us run the service.\n"
        let v2 =
            "## Your data\n\nWe collect names and emails when you register for an account with us.\n\nWe share that data with processors who help us run the service.\n"
        let (versions, history, entries) = RoundTripCheck.checkChain([v0, v1, v2])
        #expect(entries[1].kinds == ["collection": .modified, "sharing": .removed])
        #expect(entries[2].first?.kind == .renamed)
        #expect(key(versions, history, 2, "your-data") == key(versions, history, 0, "collection"))
    }
}
