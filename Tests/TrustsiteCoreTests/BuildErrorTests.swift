import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Builds that fail: diagnostics name `file:line:col`, and the published folder is left exactly as it was.
@Suite struct BuildErrorTests {
    /// Content with two errors in two files.
    static let invalid: [String: String] = [
        "privacy/2024-01-01.md": "---\ntitle: P\nupdated: 2024-13-01\n---\n## A\n",
        "terms/2024-01-01.md": "## One {#same}\n\n## Two {#same}\n",
    ]

    /// The `InputErrors` a build of `fixture` throws; fails the test when it does not throw them.
    func buildErrors(_ fixture: TempSite, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> InputErrors {
        do {
            try fixture.build()
        } catch let errors as InputErrors {
            return errors
        }
        Issue.record("the build succeeded but should have failed", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    @Test func errorsNameFileLineAndColumn() throws {
        let fixture = try TempSite(content: Self.invalid)
        let errors = try buildErrors(fixture)
        let lines = errors.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            lines == [
                "\(fixture.content)/privacy/2024-01-01.md:3:10: error: 'updated' is not a date: \"2024-13-01\" (expected YYYY-MM-DD)",
                "\(fixture.content)/terms/2024-01-01.md:3:1: error: heading id '#same' is already used by the heading on line 1",
            ])
        #expect(errors.description.split(separator: "\n").count == errors.diagnostics.count)
    }

    @Test func aFailedBuildWritesNothing() throws {
        let fixture = try TempSite(content: Self.invalid)
        _ = try buildErrors(fixture)
        // Only the lock file, which a build takes before it reads anything (`OutputLock`).
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted() == [".site.lock", "content"])
    }

    @Test func aFailedBuildLeavesThePublishedSiteByteForByte() throws {
        let fixture = try TempSite(content: Fixtures.site, siteYML: Fixtures.siteYML)
        try fixture.build()
        let built = fixture.outputFiles().count
        try TempSite.write(Array("hand-made\n".utf8), to: fixture.output + "/extra/keep.txt")
        let before = Tree.snapshot(fixture.output)
        #expect(before.count == built + 1 && built >= Fixtures.sitePaths.count)

        try TempSite.write(Array("---\neffective: 2020-01-01\n---\n## Late\n".utf8), to: fixture.content + "/privacy/2024-05-21.md")
        let errors = try buildErrors(fixture)
        #expect(
            errors.diagnostics.contains { $0.description.hasPrefix("\(fixture.content)/privacy/2024-05-21.md:2:12: error: 'effective'") })
        #expect(Tree.snapshot(fixture.output) == before)
        // Beside the site, only what the good build left: its cache of what it published, and the lock file.
        let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted()
        #expect(beside == [".site.cache.json", ".site.lock", "content", "site"])
    }

    @Test func warningsDoNotStopTheBuild() throws {
        let fixture = try TempSite(content: ["p/2024-01-01.md": "---\ntitel: Typo\n---\n## A\n\n#### Deep\n"])
        let report = try fixture.build()
        let warnings = report.warnings.map(\.description)
        #expect(
            warnings.contains("\(fixture.content)/p/2024-01-01.md:2:1: warning: unknown front matter key 'titel' (did you mean 'title'?)"))
        #expect(warnings.contains("\(fixture.content)/p/2024-01-01.md:6:1: warning: heading level skips from H2 to H4"))
        #expect(fixture.exists("p/index.html"))
    }

    @Test func aVersionFileNameThatIsNotADateIsAnError() throws {
        let fixture = try TempSite(content: ["p/2024-01-01.md": "A\n", "p/2019-04-18-2.md": "B\n"])
        let errors = try buildErrors(fixture)
        #expect(
            errors.diagnostics.map(\.description).contains {
                $0.hasPrefix("\(fixture.content)/p/2019-04-18-2.md: error: version file name is not a date")
            })
    }

    @Test func twoVersionsWithTheSameUpdatedDateAreAnError() throws {
        let fixture = try TempSite(content: ["p/2024-01-01.md": "A\n", "p/2024-02-01.md": "---\nupdated: 2024-01-01\nsummary: x\n---\nB\n"])
        let errors = try buildErrors(fixture)
        #expect(errors.diagnostics.contains { $0.severity == .error && $0.location.path.hasSuffix("p/2024-02-01.md") })
    }
}
