import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Same content, templates and as-of date give byte-identical output, whichever process builds it and wherever it goes.
    @Suite struct DeterminismTests {
        /// A site that uses most features: several statements, upcoming versions, tables, lists, links, explicit ids, summaries.
        static let files: [String: String] = [
            "content/site.yml": "title: Example\norganization: Example Inc.\nbase_url: https://trust.example.com\n",
            "content/privacy/statement.yml": "title: Privacy\norder: 1\n",
            "content/privacy/2023-01-01.md": "# Privacy\n\n## Scope {#scope}\n\nWe *collect* data.\n\n## Rights\n\n- access\n- erase\n",
            "content/privacy/2024-01-15.md":
                "---\nsummary: Added cookies.\neffective: 2024-02-01\n---\n## Scope {#scope}\n\nWe collect **less** data.\n\n## Cookies\n\n| Name | Use |\n| --- | --- |\n| a | b |\n\n## Rights\n\n- access\n- erase\n- move\n",
            "content/privacy/2024-09-01.md": "---\nsummary: Upcoming.\n---\n## Scope {#scope}\n\nSee [terms](/terms/#one).\n",
            "content/terms/2024-03-01.md": "---\ntitle: Terms\n---\n## One\n\nText with a [link](#one) and `code`.\n",
            "content/zeta/2024-02-02.md": "## Z\n\n> quoted\n> text\n",
        ]

        @Test func twoBuildsInTwoProcessesAndTwoFoldersAreByteIdentical() throws {
            let site = try TempSite(Self.files)
            let content = site.root + "/" + "content"
            try SiteBuilder(options: BuildOptions(content: content, output: site.root + "/one", asOf: TempSite.asOf)).build()
            for output in ["two", "nested/three"] {
                let result = try TrustsiteBinary.run(
                    ["build", "--content", "content", "--output", output, "--as-of", "2024-06-01"], in: site.root)
                #expect(result.status == 0, "\(result.stderr)")
            }
            let one = Tree.snapshot(site.root + "/one")
            #expect(one.count > 20 && one.keys.contains("privacy/index.html") && one.keys.contains("statements.json"))
            #expect(Tree.snapshot(site.root + "/two") == one)
            #expect(Tree.snapshot(site.root + "/nested/three") == one)
            // Every byte: compare file by file so a failure names the file that differs.
            let two = Tree.snapshot(site.root + "/two")
            for (path, bytes) in one where two[path] != bytes { Issue.record("\(path) differs between builds") }
        }

        @Test func rebuildingInPlaceChangesNothing() throws {
            let site = try TempSite(Self.files)
            try SiteBuilder(options: site.options).build()
            let first = Tree.snapshot(site.output)
            try SiteBuilder(options: site.options).build()
            #expect(Tree.snapshot(site.output) == first)
        }
    }
}
