import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteChecks

/// The notice keys: `change`, `announced`, `notice_days`, `objection_text`, and the errors for their bad values.
@Suite struct NoticeModelTests {
    /// A statement `terms` with an older version and `newest` (front matter and body), checked; lines with `R` for the root.
    func check(_ newest: String, statementYML: String? = nil, siteYML: String? = nil) throws -> [String] {
        var files = ["terms/2024-01-01.md": "---\nchange: minor\n---\n## Fees\n\nNone.\n", "terms/2024-03-01.md": newest]
        if let statementYML { files["terms/statement.yml"] = statementYML }
        return try TempSite(content: files, siteYML: siteYML).lines()
    }

    @Test func readsChangeAndAnnouncedAndTheirDefaults() throws {
        let (source, diagnostics) = MemoryFiles(bytes: [
            "content/p/2024-03-01.md": Array("---\nchange: material\nannounced: 2024-02-01\neffective: 2024-04-01\n---\nText.\n".utf8),
            "content/p/2024-05-01.md": Array("Text 2.\n".utf8),
        ]).load()
        #expect(diagnostics.isEmpty)
        let versions = try #require(source.statements.first?.versions)
        #expect(versions[0].change == .material && versions[0].announced == Day("2024-02-01"))
        #expect(versions[1].change == nil && versions[1].announced == Day("2024-05-01"))
    }

    @Test func anUnknownClassIsAnErrorAtItsValueNamingTheAllowedOnes() throws {
        let lines = try check("---\nsummary: s\nchange: majr\n---\n## Fees\n\nSome.\n")
        #expect(
            lines.filter { $0.contains("error") } == [
                "R/content/terms/2024-03-01.md:3:9: error: 'change' is \"majr\", which is not a class of change; "
                    + "write change: material, minor or editorial"
            ])
        let near = try check("---\nsummary: s\nchange: editoral\n---\n## Fees\n\nSome.\n")
        #expect(near.contains { $0.hasSuffix("write change: material, minor or editorial (did you mean 'editorial'?)") })
    }

    @Test func announcedAfterEffectiveIsAnError() throws {
        let lines = try check("---\nsummary: s\nchange: minor\neffective: 2024-03-10\nannounced: 2024-03-20\n---\n## Fees\n\nSome.\n")
        #expect(
            lines.filter { $0.contains("error") } == [
                "R/content/terms/2024-03-01.md:5:12: error: 'announced' (2024-03-20) is after 'effective' (2024-03-10): a version is "
                    + "announced on or before the day it takes effect; fix either date"
            ])
        // Without `effective`, the version takes effect on its `updated` date (the file name's).
        let late = try check("---\nsummary: s\nchange: minor\nannounced: 2024-03-02\n---\n## Fees\n\nSome.\n")
        #expect(late.contains { $0.contains(":4:12: error: 'announced' (2024-03-02) is after 'effective' (2024-03-01)") })
    }

    @Test func aMaterialChangeWithTooLittleNoticeIsAnErrorAtItsEffectiveLine() throws {
        let newest = "---\nsummary: s\nchange: material\nannounced: 2024-03-01\neffective: 2024-03-21\n---\n## Fees\n\nSome.\n"
        #expect(
            try check(newest, statementYML: "notice_days: 30\n").filter { $0.contains("error") } == [
                "R/content/terms/2024-03-01.md:5:12: error: material change takes effect 2024-03-21 with 20 days of notice "
                    + "(announced 2024-03-01), but notice_days requires 30 days; set 'effective: 2024-03-31' or later, or announce it earlier"
            ])
        // site.yml's default applies when statement.yml sets none; statement.yml's wins.
        #expect(
            try check(newest, siteYML: "notice_days: 21\n").contains { $0.contains("20 days of notice") && $0.contains("requires 21 days") }
        )
        #expect(try check(newest, statementYML: "notice_days: 20\n", siteYML: "notice_days: 60\n").allSatisfy { !$0.contains("error") })
        // A minor change needs no notice; without notice_days nothing is required.
        #expect(
            try check(newest.replacingOccurrences(of: "material", with: "minor"), statementYML: "notice_days: 30\n").allSatisfy {
                !$0.contains("error")
            })
        #expect(try check(newest).allSatisfy { !$0.contains("error") })
    }

    @Test func noticeDaysMustBeAWholeNumberOfZeroOrMore() throws {
        let newest = "---\nsummary: s\nchange: minor\n---\n## Fees\n\nSome.\n"
        #expect(
            try check(newest, statementYML: "notice_days: -3\n").contains {
                $0 == "R/content/terms/statement.yml:1:14: error: 'notice_days' is -3; it must be 0 or more days, e.g. notice_days: 30"
            })
        #expect(
            try check(newest, siteYML: "notice_days: thirty\n").contains {
                $0.contains("site.yml:1:14: error: 'notice_days' must be a whole number")
            })
    }

    @Test func theNewKeysAreKnownKeys() throws {
        let lines = try check(
            "---\nsummary: s\nchange: minor\nannounced: 2024-02-20\n---\n## Fees\n\nSome.\n",
            statementYML: "notice_days: 30\nobjection_text: Write to *privacy@example.com*.\n", siteYML: "notice_days: 10\n")
        #expect(lines.allSatisfy { !$0.contains("unknown") }, "\(lines)")
        let (source, _) = MemoryFiles(bytes: [
            "content/p/2024-03-01.md": Array("Text.\n".utf8),
            "content/p/statement.yml": Array("objection_text: Write to *us*.\nnotice_days: 30\n".utf8),
        ]).load()
        #expect(source.statements.first?.config.objectionText == "Write to *us*.")
        #expect(source.statements.first?.config.noticeDays == 30)
    }

    @Test func aStatementThatClassifiesChangesIsWarnedWhenItsNewestOrUpcomingVersionHasNoClass() throws {
        let site = try TempSite(content: [
            "terms/2024-01-01.md": "---\nchange: minor\n---\n## Fees\n\nNone.\n",
            "terms/2024-05-01.md": "---\nsummary: s\n---\n## Fees\n\nSome.\n",
            "terms/2024-07-01.md": "---\nsummary: s\n---\n## Fees\n\nMore.\n",
            "terms/2024-08-01.md": "---\nsummary: s\nchange: editorial\n---\n## Fees\n\nMore!\n",
            // A statement that never classifies its changes is not asked to.
            "other/2024-01-01.md": "## A\n\nText.\n",
            "other/2024-09-01.md": "---\nsummary: s\n---\n## A\n\nText 2.\n",
        ])
        let warnings = site.lines(.warning).filter { $0.contains("'change'") }
        #expect(
            warnings == [
                "R/content/terms/2024-07-01.md:1:1: warning: an upcoming version has no 'change'; add 'change: material', "
                    + "'change: minor' or 'change: editorial' to its front matter, so notices and the material-changes feeds can say "
                    + "what kind of change it is"
            ])
        try site.write("content/terms/2024-08-01.md", "---\nsummary: s\n---\n## Fees\n\nMore!\n")
        #expect(site.lines(.warning).filter { $0.contains("'change'") }.count == 2)
    }
}
