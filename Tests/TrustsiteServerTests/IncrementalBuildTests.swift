import Foundation
import Testing
import TrustsiteCore

/// `SiteBuilder.rebuild(previous:changedSlugs:)` must leave the folder exactly as a full build of the same content would.
@Suite struct IncrementalBuildTests {
    static let asOf = Day("2025-06-01")!

    func builder(_ workspace: TempSite, output: String) -> SiteBuilder {
        SiteBuilder(options: BuildOptions(content: workspace.content, output: workspace.root + "/" + output, asOf: Self.asOf))
    }

    /// Builds the content from scratch into `full/` and compares every file with `preview/`.
    func expectSameAsFullBuild(_ workspace: TempSite) throws {
        _ = try builder(workspace, output: "full").build()
        let preview = Tree.snapshot(workspace.root + "/preview")
        let full = Tree.snapshot(workspace.root + "/full")
        #expect(preview.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where preview[path] != nil && preview[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
    }

    @Test func editingOneVersionRerendersOnlyItsStatement() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        let first = try preview.buildInPlace()
        #expect(first.written.count == Tree.snapshot(workspace.root + "/preview").count)
        let file = try workspace.newestVersion(of: "subprocessors")
        let added = "A sentence added in the preview, with [a broken link](#nowhere) and [a good one](/azure-privacy-statement/).\n\n## "
        try workspace.edit(file, replacing: "## ", with: added)
        let result = try preview.rebuild(previous: first.snapshot, changedSlugs: ["subprocessors"])
        // The same warnings as checking everything again: the new one, and none for the link to the other statement.
        let fresh = try builder(workspace, output: "fresh").buildInPlace()
        #expect(result.report.warnings == fresh.report.warnings)
        #expect(result.report.warnings.count == first.report.warnings.count + 1)
        #expect(result.rendered == ["subprocessors"])
        #expect(!result.written.isEmpty && result.written.count < first.written.count)
        #expect(!result.written.contains { $0.hasPrefix("azure-privacy-statement/") && !$0.hasSuffix(".json") && !$0.hasSuffix(".xml") })
        #expect(result.removed.isEmpty)
        try expectSameAsFullBuild(workspace)
    }

    @Test func removingAVersionDeletesItsPages() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        let first = try preview.buildInPlace()
        let file = try workspace.newestVersion(of: "subprocessors")
        let date = String(file.dropFirst("content/subprocessors/".count).dropLast(3))
        try FileManager.default.removeItem(atPath: workspace.path(file))
        let result = try preview.rebuild(previous: first.snapshot, changedSlugs: ["subprocessors"])
        #expect(result.removed.contains("subprocessors/\(date)/index.html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/preview/subprocessors/\(date)"))
        try expectSameAsFullBuild(workspace)
    }

    @Test func addingAndRemovingStatementsMatchesAFullBuild() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        var snapshot = try preview.buildInPlace().snapshot
        try workspace.write(
            "content/cookies/2024-05-01.md",
            "---\nsummary: First version.\n---\n# Cookie Notice\n\nWe use cookies.\n\n## Choices\n\nSee [subprocessors](/subprocessors/).\n"
        )
        let added = try preview.rebuild(previous: snapshot, changedSlugs: ["cookies"])
        // A new slug can turn links in other statements into site links, so that is a full build.
        #expect(added.rendered.count == 3)
        snapshot = added.snapshot
        try expectSameAsFullBuild(workspace)
        try FileManager.default.removeItem(atPath: workspace.path("content/azure-privacy-statement"))
        let removed = try preview.rebuild(previous: snapshot, changedSlugs: ["azure-privacy-statement"])
        #expect(removed.removed.contains("azure-privacy-statement/index.html"))
        #expect(removed.snapshot.model.statements.map(\.slug).sorted() == ["cookies", "subprocessors"])
        try expectSameAsFullBuild(workspace)
    }

    @Test func aBrokenEditThrowsAndWritesNothing() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        let first = try preview.buildInPlace()
        let before = Tree.snapshot(workspace.root + "/preview")
        let file = try workspace.newestVersion(of: "subprocessors")
        try workspace.edit(file, replacing: "updated: ", with: "updated: 2024-13-45\nold_updated: ")
        #expect {
            try preview.rebuild(previous: first.snapshot, changedSlugs: ["subprocessors"])
        } throws: { error in
            (error as? InputErrors)?.diagnostics.contains { $0.severity == .error && $0.location.path == workspace.path(file) } == true
        }
        #expect(Tree.snapshot(workspace.root + "/preview") == before)
    }

    @Test func aLinkIntoAStatementThatRenamesItsHeadingIsCheckedAgain() throws {
        let workspace = try TempSite.example()
        let privacy = try workspace.newestVersion(of: "azure-privacy-statement")
        try workspace.edit(privacy, replacing: "## ", with: "See [who processes data](/subprocessors/#4-contact-us).\n\n## ")
        let preview = builder(workspace, output: "preview")
        let first = try preview.buildInPlace()
        let broken = { (warnings: [Diagnostic]) in
            warnings.filter { $0.location.path == workspace.path(privacy) && $0.message.contains("#4-contact-us") }.count
        }
        #expect(broken(first.report.warnings) == 0)
        // Only the statement linked to changes: the other one is not read again, yet its link now uses the heading's
        // old id (earlier versions had it, so it is kept as an anchor) and is told the new one.
        let subprocessors = try workspace.newestVersion(of: "subprocessors")
        try workspace.edit(subprocessors, replacing: "## 4. Contact Us", with: "## 4. Contact")
        let renamed = try preview.rebuild(previous: first.snapshot, changedSlugs: ["subprocessors"])
        #expect(renamed.rendered == ["subprocessors"])
        #expect(broken(renamed.report.warnings) == 1)
        #expect(renamed.report.warnings.contains { $0.message.contains("uses the old id of a renamed heading") })
        #expect(renamed.report.warnings == (try builder(workspace, output: "fresh").buildInPlace()).report.warnings)
        try workspace.edit(subprocessors, replacing: "## 4. Contact", with: "## 4. Contact Us")
        let restored = try preview.rebuild(previous: renamed.snapshot, changedSlugs: ["subprocessors"])
        #expect(broken(restored.report.warnings) == 0)
        #expect(restored.report.warnings == first.report.warnings)
    }

    @Test func aFullRebuildWritesOnlyChangedFiles() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        let first = try preview.buildInPlace()
        let again = try preview.buildInPlace(previous: first.snapshot)
        #expect(again.written.isEmpty && again.removed.isEmpty)
    }
}
