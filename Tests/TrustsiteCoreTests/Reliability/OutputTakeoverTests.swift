import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A build replaces its whole output folder, so it takes over only an empty folder or an earlier trustsite build; an
    /// output that is a symbolic link is built through and stays a link.
    @Suite struct OutputTakeoverTests {
        static let files = ["content/p/2024-01-01.md": "## A\n\nText.\n"]

        static func refusal(_ output: String) -> String {
            "\(output): error: the output folder is not empty and holds no earlier trustsite build (no statements.json written by one), "
                + "and a build replaces the whole folder; choose an empty or new folder with --output, or move its files away first"
        }

        func build(_ site: TempSite, output: String? = nil) throws {
            var options = site.options
            if let output { options.output = output }
            try SiteBuilder(options: options).build()
        }

        @Test(arguments: [["site/notes.txt": "mine\n", "site/sub/page.html": "<p>mine</p>\n"], ["site/.git/HEAD": "ref\n"]])
        func aFolderOfOtherFilesIsRefusedAndLeftAsItWas(_ own: [String: String]) throws {
            let site = try TempSite(Self.files.merging(own) { a, _ in a })
            let before = Tree.snapshot(site.root)
            let error = #expect(throws: WriteError.self) { try build(site) }
            #expect(error?.description == Self.refusal(site.output))
            #expect(
                Tree.snapshot(site.root) == before && Tree.entries(site.root) == ["content", "site"], "something was written beside it")
            let cli = try TrustsiteBinary.run(["build", "--output", "site", "--as-of", "2024-06-01"], in: site.root)
            #expect(cli.status == 1 && cli.stderr == Self.refusal("site") + "\n")
        }

        @Test func anEmptyFolderAndAnEarlierBuildAreTakenOver() throws {
            let site = try TempSite(Self.files)
            try FileManager.default.createDirectory(atPath: site.output, withIntermediateDirectories: true)
            try build(site)
            try build(site)
            // Without the cache beside it, the site's own statements.json says it is one.
            try FileManager.default.removeItem(atPath: site.root + "/.site.cache.json")
            try build(site)
            #expect(FileManager.default.fileExists(atPath: site.output + "/p/index.html"))
        }

        @Test func anOutputLinkedToAFolderIsBuiltThroughAndStaysALink() throws {
            let site = try TempSite(Self.files)
            try FileManager.default.createDirectory(atPath: site.root + "/real", withIntermediateDirectories: true)
            try site.link("site", to: "real/published")
            try FileManager.default.createDirectory(atPath: site.root + "/real/published", withIntermediateDirectories: true)
            for _ in 0..<3 {
                try build(site)
                #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output) == "real/published")
                #expect(FileManager.default.fileExists(atPath: site.root + "/real/published/p/index.html"))
            }
            #expect(Tree.entries(site.root) == ["content", "real", "site"])
            #expect(Tree.entries(site.root + "/real") == [".published.cache.json", ".published.lock", ".published.staging", "published"])
        }

        @Test(arguments: [
            (
                "missing",
                "the output is a symbolic link that leads to 'missing', which does not exist; create the folder it should lead to, or remove the link"
            ),
            ("site", "the output is a symbolic link that loops; create the folder it should lead to, or remove the link"),
            ("content/p/2024-01-01.md", "the output path is a file, which a build would replace; choose a folder with --output"),
        ])
        func anOutputLinkedToNothingToItselfOrToAFileIsAnError(_ target: String, _ message: String) throws {
            let site = try TempSite(Self.files)
            try site.link("site", to: target)
            let before = Tree.snapshot(site.root)
            let error = #expect(throws: WriteError.self) { try build(site) }
            #expect(error?.description == "\(site.output): error: \(message)")
            #expect(Tree.snapshot(site.root) == before && Tree.entries(site.root) == ["content", "site"])
        }
    }
}
