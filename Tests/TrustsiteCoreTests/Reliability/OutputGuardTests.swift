import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `OutputGuard` refuses every output folder whose replacement would lose something; it only inspects, never writes.
    @Suite struct OutputGuardTests {
        /// The `path: error: …` line `OutputGuard` throws for `output`, or nil when it accepts it.
        func refusal(_ output: String, content: String, templates: String? = nil) -> String? {
            do {
                try OutputGuard.check(output: output, content: content, templates: templates)
                return nil
            } catch {
                return "\(error)"
            }
        }

        @Test func rootAndHomeAreRefused() {
            #expect(
                refusal("/", content: "/nonexistent/content")
                    == "/: error: refusing to use / as the output folder, which a build replaces; choose a new folder with --output")
            let home = NSHomeDirectory()
            #expect(
                refusal(home, content: "/nonexistent/content")
                    == "\(home): error: refusing to use the home folder as the output folder, which a build replaces; choose a new folder with --output"
            )
            #expect(refusal(home + "/../", content: "/nonexistent/content")?.contains("refusing to use") == true)
        }

        @Test func theContentAndTemplatesFoldersAndWhatHoldsThemAreRefused() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "A\n"])
            let c = site.content, t = site.root + "/templates"
            #expect(
                refusal(c, content: c) == "\(c): error: refusing to write the site over the content folder \(c); choose another --output")
            #expect(
                refusal(site.root, content: c)
                    == "\(site.root): error: refusing to write the site over the content folder \(c); choose another --output")
            #expect(
                refusal(c + "/p", content: c)
                    == "\(c)/p: error: the output folder is inside the content folder \(c); choose another --output")
            #expect(
                refusal(t + "/", content: c, templates: t)
                    == "\(t)/: error: refusing to write the site over the templates folder \(t); choose another --output")
            #expect(refusal(site.output, content: c, templates: t) == nil)
        }

        @Test func symbolicLinksAndDotsAreResolvedFirst() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "A\n"])
            try FileManager.default.createSymbolicLink(atPath: site.root + "/alias", withDestinationPath: "content")
            #expect(
                refusal(site.root + "/alias", content: site.content)?.hasSuffix(
                    "refusing to write the site over the content folder \(site.content); choose another --output") == true)
            #expect(refusal(site.root + "/x/../content/.", content: site.content) != nil)
        }

        @Test func aBuildIntoARefusedFolderWritesNothing() throws {
            let site = try TempSite(["content/p/2024-01-01.md": "A\n"])
            let before = Tree.snapshot(site.root)
            var options = site.options
            options.output = site.content
            #expect(throws: WriteError.self) { try SiteBuilder(options: options).build() }
            #expect(Tree.snapshot(site.root) == before && Tree.entries(site.root) == ["content"])
        }
    }
}
