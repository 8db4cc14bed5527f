import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel

/// `serve` with search: the preview's in-place builds index too, after the pages (so the open pages reload first).
@Suite struct PreviewSearchTests {
    @Test func thePreviewIndexesAfterTheOpenPagesAreWritten() throws {
        let workspace = try TempSite.example()
        let tool = try FakePagefind(in: workspace)
        let preview = workspace.root + "/preview"
        var options = BuildOptions(content: workspace.content, output: preview, asOf: Day("2025-06-01")!)
        (options.search, options.searchToolPath) = (true, tool.folder)
        options.firstPages = ["subprocessors/index.html"]
        let indexedBeforeFirstPages = Locked<Bool?>(nil)
        options.firstWritten = { _ in
            let found = FileManager.default.fileExists(atPath: preview + "/pagefind")
            indexedBeforeFirstPages.update { $0 = found }
        }
        let report = try SiteBuilder(options: options).build(into: .inPlace)
        #expect(indexedBeforeFirstPages.value == false)
        // The two statements in force, and the subprocessor list's version announced for 2026.
        #expect(report.search == SearchReport(pages: 3))
        #expect(
            try String(contentsOfFile: preview + "/pagefind/pages.txt", encoding: .utf8)
                == "azure-privacy-statement/index.html\nsubprocessors/2025-11-15/index.html\nsubprocessors/index.html\n")
        // A rebuild after an edit indexes again, with the edit in it.
        let file = try workspace.newestVersion(of: "subprocessors")
        try workspace.edit(file, replacing: "## ", with: "A sentence added in the preview.\n\n## ")
        let again = try SiteBuilder(options: options).build(into: .inPlace)
        #expect(again.rendered == ["subprocessors"] && again.search == SearchReport(pages: 3))
        #expect(try String(contentsOfFile: preview + "/subprocessors/index.html", encoding: .utf8).contains("data-pagefind-body"))
    }
}
