import Testing
@testable import TrustsiteChecks
@testable import TrustsiteCore
@testable import TrustsiteModel

/// An empty `summary:` (what `trustsite new` writes) is an error on the version a build publishes as the newest, so a
/// forgotten summary is never published, and a warning on any other.
@Suite struct EmptySummaryTests {
    static let first = "p/2024-01-01.md"

    @Test func onTheNewestVersionItIsAnError() throws {
        let site = try TempSite(content: [Self.first: "Text.\n", "p/2024-02-01.md": "---\ntitle: P\nsummary:\n---\nNew text.\n"])
        #expect(site.lines() == ["R/content/p/2024-02-01.md:3:1: error: \(ContentChecks.emptySummaryError)"])
        #expect(throws: InputErrors.self) { try site.build() }
    }

    @Test(arguments: ["summary: \"\"", "summary: '  '", "summary: ~"])
    func quotedOrNullEmptinessIsEmptyToo(_ line: String) throws {
        let site = try TempSite(content: [Self.first: "Text.\n", "p/2024-02-01.md": "---\n\(line)\n---\nNew text.\n"])
        #expect(site.lines(.error) == ["R/content/p/2024-02-01.md:2:1: error: \(ContentChecks.emptySummaryError)"])
    }

    @Test func onAnOlderVersionItIsAWarning() throws {
        let site = try TempSite(content: [
            Self.first: "Text.\n", "p/2024-02-01.md": "---\nsummary:\n---\nNew text.\n",
            "p/2024-03-01.md": "---\nsummary: Newer.\n---\nNewer text.\n",
        ])
        #expect(site.lines() == ["R/content/p/2024-02-01.md:2:1: warning: \(ContentChecks.emptySummaryWarning)"])
    }

    /// A draft is not published: the newest version a build publishes is the one before it.
    @Test func theNewestPublishedVersionIsTheOneBeforeADraft() throws {
        let site = try TempSite(content: [
            Self.first: "Text.\n", "p/2024-02-01.md": "---\nsummary:\n---\nNew text.\n",
            "p/2024-03-01.md": "---\ndraft: true\nsummary:\n---\nNewer text.\n",
        ])
        #expect(
            site.lines() == [
                "R/content/p/2024-02-01.md:2:1: error: \(ContentChecks.emptySummaryError)",
                "R/content/p/2024-03-01.md:3:1: warning: \(ContentChecks.emptySummaryWarning)",
            ])
    }

    @Test func aMissingSummaryKeepsItsOwnWarning() throws {
        let site = try TempSite(content: [Self.first: "Text.\n", "p/2024-02-01.md": "New text.\n"])
        #expect(site.lines().count == 1 && site.lines()[0].contains("version has no 'summary' of what changed"))
    }
}
