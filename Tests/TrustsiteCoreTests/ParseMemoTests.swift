import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A preview's rebuild parses only the version files that changed, and gives what parsing them all would.
@Suite struct ParseMemoTests {
    static let files = [
        "content/a/2024-01-01.md": "# A\n\n## One\n\nFirst.\n\n#### Skipped level\n\nText.\n",
        "content/a/2024-03-01.md": "# A\n\n## One\n\nFirst, changed.\n",
        "content/b/2024-02-01.md": "# B\n\n## Only\n\nText.\n",
    ]

    @Test func onlyTheSavedFileIsParsedAgainAndTheBuildIsTheSame() throws {
        let site = try TempSite(Self.files)
        let memo = ParseMemo()
        var options = site.options
        options.memo = memo
        _ = try SiteBuilder(options: options).build(into: .inPlace)
        #expect(memo.parsed == 3)
        try site.write("content/a/2024-03-01.md", "# A\n\n## One\n\nFirst, changed again.\n\n## Two\n\nNew.\n")
        let again = try SiteBuilder(options: options).build(into: .inPlace)
        // Statement a is read again (both its files), but only the saved one is parsed; b is not read at all.
        #expect(memo.parsed == 4)
        var plain = site.options
        plain.output = site.root + "/plain"
        let fresh = try SiteBuilder(options: plain).build()
        #expect(again.warnings.map(\.description) == fresh.warnings.map { $0.description })
        #expect(again.warnings.contains { $0.message.contains("heading level skips") })
        let page = { (root: String) in try String(contentsOfFile: root + "/a/index.html", encoding: .utf8) }
        #expect(try page(site.output) == (try page(plain.output)))
        #expect(try page(site.output).contains("First, changed again."))
    }

    @Test func itKeepsOnlyTheLastStatementsRead() throws {
        let site = try TempSite(Self.files)
        let memo = ParseMemo(statements: 1)
        var options = site.options
        (options.memo, options.useCache) = (memo, false)
        _ = try SiteBuilder(options: options).build(into: .inPlace)
        _ = try SiteBuilder(options: options).build(into: .inPlace)
        // With room for one statement, another one read is parsed again.
        #expect(memo.parsed > 3 && memo.held == 1)
    }
}
