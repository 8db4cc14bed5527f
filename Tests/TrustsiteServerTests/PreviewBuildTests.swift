import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// `serve`'s builds: `SiteBuilder.build(into: .inPlace)`, the pipeline `build` runs, must leave the preview folder
/// exactly as a full build of the same content would, reading and rendering only what an edit changed.
@Suite struct PreviewBuildTests {
    static let asOf = Day("2025-06-01")!

    func builder(_ workspace: TempSite, output: String) -> SiteBuilder {
        SiteBuilder(options: BuildOptions(content: workspace.content, output: workspace.root + "/" + output, asOf: Self.asOf))
    }

    /// Builds the content from scratch into `full/` and compares every file with `preview/`.
    func expectSameAsFullBuild(_ workspace: TempSite) throws {
        var options = builder(workspace, output: "full").options
        options.useCache = false
        _ = try SiteBuilder(options: options).build()
        let preview = Tree.snapshot(workspace.root + "/preview")
        let full = Tree.snapshot(workspace.root + "/full")
        #expect(preview.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where preview[path] != nil && preview[path] != bytes {
            Issue.record("\(path) differs from a full build")
        }
    }

    /// Each file's inode under `folder`, by relative path: a file written again (renamed into place) gets a new one.
    static func inodes(_ folder: String) -> [String: UInt64] {
        Tree.snapshot(folder).keys.reduce(into: [:]) { found, path in
            var info = stat()
            if lstat(folder + "/" + path, &info) == 0 { found[path] = UInt64(info.st_ino) }
        }
    }

    @Test func editingOneVersionRerendersOnlyItsStatement() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        let first = try preview.build(into: .inPlace)
        #expect(first.pages == Tree.snapshot(workspace.root + "/preview").count)
        #expect(first.rendered == ["azure-privacy-statement", "subprocessors"])
        let before = Self.inodes(workspace.root + "/preview")
        let file = try workspace.newestVersion(of: "subprocessors")
        let added = "A sentence added in the preview, with [a broken link](#nowhere) and [a good one](/azure-privacy-statement/).\n\n## "
        try workspace.edit(file, replacing: "## ", with: added)
        let result = try preview.build(into: .inPlace)
        // The same warnings as checking everything again: the new one, and none for the link to the other statement.
        let fresh = try builder(workspace, output: "fresh").build(into: .inPlace)
        #expect(result.warnings == fresh.warnings)
        #expect(result.warnings.count == first.warnings.count + 1)
        #expect(result.rendered == ["subprocessors"])
        #expect(result.pages > 0 && result.pages < first.pages)
        let after = Self.inodes(workspace.root + "/preview")
        let rewritten = after.keys.filter { before[$0] != after[$0] }
        #expect(!rewritten.isEmpty && !rewritten.contains { $0.hasPrefix("azure-privacy-statement/") })
        #expect(result.removed == 0)
        try expectSameAsFullBuild(workspace)
    }

    @Test func removingAVersionDeletesItsPages() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        _ = try preview.build(into: .inPlace)
        let file = try workspace.newestVersion(of: "subprocessors")
        let date = String(file.dropFirst("content/subprocessors/".count).dropLast(3))
        try FileManager.default.removeItem(atPath: workspace.path(file))
        let result = try preview.build(into: .inPlace)
        #expect(result.removed > 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/preview/subprocessors/\(date)"))
        try expectSameAsFullBuild(workspace)
    }

    @Test func addingAndRemovingStatementsMatchesAFullBuild() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        _ = try preview.build(into: .inPlace)
        try workspace.write(
            "content/cookies/2024-05-01.md",
            "---\nsummary: First version.\n---\n# Cookie Notice\n\nWe use cookies.\n\n## Choices\n\nSee [subprocessors](/subprocessors/).\n"
        )
        let added = try preview.build(into: .inPlace)
        // A new slug can turn links in other statements into site links, so every statement is rendered again.
        #expect(added.rendered.count == 3)
        try expectSameAsFullBuild(workspace)
        try FileManager.default.removeItem(atPath: workspace.path("content/azure-privacy-statement"))
        let removed = try preview.build(into: .inPlace)
        #expect(removed.removed > 0 && removed.statements == 2)
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/preview/azure-privacy-statement/index.html"))
        try expectSameAsFullBuild(workspace)
    }

    @Test func aBrokenEditThrowsAndWritesNothing() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        _ = try preview.build(into: .inPlace)
        let before = Tree.snapshot(workspace.root + "/preview")
        let file = try workspace.newestVersion(of: "subprocessors")
        try workspace.edit(file, replacing: "updated: ", with: "updated: 2024-13-45\nold_updated: ")
        #expect {
            try preview.build(into: .inPlace)
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
        let first = try preview.build(into: .inPlace)
        let broken = { (warnings: [Diagnostic]) in
            warnings.filter { $0.location.path == workspace.path(privacy) && $0.message.contains("#4-contact-us") }.count
        }
        #expect(broken(first.warnings) == 0)
        // Only the statement linked to changes: the other one is not read again, yet its link now uses the heading's
        // old id (earlier versions had it, so it is kept as an anchor) and is told the new one.
        // The version in force, which the link leads to (the newest is upcoming).
        let subprocessors = "content/subprocessors/2024-01-10.md"
        try workspace.edit(subprocessors, replacing: "## 4. Contact Us", with: "## 4. Contact")
        let renamed = try preview.build(into: .inPlace)
        #expect(renamed.rendered == ["subprocessors"])
        #expect(broken(renamed.warnings) == 1)
        #expect(renamed.warnings.contains { $0.message.contains("uses the old id of a renamed heading") })
        #expect(renamed.warnings == (try builder(workspace, output: "fresh").build(into: .inPlace)).warnings)
        try workspace.edit(subprocessors, replacing: "## 4. Contact", with: "## 4. Contact Us")
        let restored = try preview.build(into: .inPlace)
        #expect(broken(restored.warnings) == 0)
        #expect(restored.warnings == first.warnings)
    }

    @Test func aRebuildWithNothingChangedWritesNothing() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        _ = try preview.build(into: .inPlace)
        let again = try preview.build(into: .inPlace)
        #expect(again.pages == 0 && again.removed == 0 && again.rendered.isEmpty)
    }

    @Test func aStrayFileInThePreviewFolderIsRemoved() throws {
        let workspace = try TempSite.example()
        let preview = builder(workspace, output: "preview")
        _ = try preview.build(into: .inPlace)
        try Data("stray".utf8).write(to: URL(fileURLWithPath: workspace.root + "/preview/subprocessors/stray.html"))
        let again = try preview.build(into: .inPlace)
        #expect(again.removed == 1)
        try expectSameAsFullBuild(workspace)
    }
}
