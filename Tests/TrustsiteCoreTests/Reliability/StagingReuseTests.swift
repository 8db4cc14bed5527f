import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// The staging folder is kept between builds (it holds the site the last swap replaced) and turned into the next
    /// site: nothing in it may reach the published site unless this build wrote it, and nothing published may change
    /// before the swap.
    @Suite struct StagingReuseTests {
        static let v1 = [
            "content/terms/2024-01-01.md": "---\ntitle: Terms\n---\n## Scope\n\nThese terms apply.\n\n## Fees\n\nNone.\n",
            "content/privacy/2024-01-01.md": "---\ntitle: Privacy\n---\n## Data\n\nWe keep little.\n",
        ]

        func build(_ site: TempSite) throws { try SiteBuilder(options: site.options).build() }

        /// A fresh build of `files` elsewhere: what the output must equal.
        func reference(_ files: [String: String]) throws -> [String: Data] {
            let fresh = try TempSite(files)
            try build(fresh)
            return Tree.snapshot(fresh.output)
        }

        var staging: (TempSite) -> String { { $0.root + "/.site.staging" } }

        @Test func theSecondBuildKeepsThePreviousSiteAsStagingAndSharesUnchangedFiles() throws {
            let site = try TempSite(Self.v1)
            try build(site)
            #expect(
                Tree.entries(site.root) == [".site.cache.json", ".site.lock", "content", "site"],
                "a first build leaves its cache and lock beside")
            try build(site)
            #expect(Tree.entries(site.root) == [".site.cache.json", ".site.lock", ".site.staging", "content", "site"])
            #expect(Tree.snapshot(staging(site)) == Tree.snapshot(site.output))
            var a = stat(), b = stat()
            #expect(stat(site.output + "/terms/index.html", &a) == 0 && stat(staging(site) + "/terms/index.html", &b) == 0)
            #expect(a.st_ino == b.st_ino, "an unchanged page is one file under both names")
        }

        @Test func leftoversInAReusedStagingFolderAreNeverPublished() throws {
            let site = try TempSite(Self.v1)
            try build(site)
            try build(site)
            let outside = site.root + "/outside.txt"
            try "not the site's".write(toFile: outside, atomically: true, encoding: .utf8)
            let planted = [
                "junk.html": "left by a killed build", "old-statement/index.html": "a removed statement",
                "terms/2024-01-01/stray.html": "a stray file beside a page",
            ]
            for (path, text) in planted { try site.write(".site.staging/" + path, text) }
            // A page with other bytes, a file where a folder belongs, a folder where a file belongs, a symlink out.
            try FileManager.default.removeItem(atPath: staging(site) + "/terms/index.html")
            try site.write(".site.staging/terms/index.html", "a half-written page")
            try FileManager.default.removeItem(atPath: staging(site) + "/privacy")
            try site.write(".site.staging/privacy", "a file in the way")
            try FileManager.default.removeItem(atPath: staging(site) + "/statements.json")
            try site.write(".site.staging/statements.json/index.html", "a folder in the way")
            try FileManager.default.removeItem(atPath: staging(site) + "/feed.xml")
            try FileManager.default.createSymbolicLink(atPath: staging(site) + "/feed.xml", withDestinationPath: outside)
            try build(site)
            #expect(Tree.snapshot(site.output) == (try reference(Self.v1)))
            #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not the site's", "a symlink is replaced, not followed")
        }

        @Test func aBuildNeverWritesThroughAFileThePublishedSiteShares() throws {
            let site = try TempSite(Self.v1)
            try build(site)
            try build(site)
            // A second name for the published page: whatever happens to the page's bytes before the swap shows here.
            let witness = site.root + "/witness.html"
            #expect(link(site.output + "/terms/index.html", witness) == 0)
            let before = try Data(contentsOf: URL(fileURLWithPath: witness))
            let v2 = Self.v1.merging(["content/terms/2024-02-01.md": "---\ntitle: Terms\n---\n## Scope\n\nThese terms apply to all.\n"]) {
                $1
            }
            try site.write("content/terms/2024-02-01.md", v2["content/terms/2024-02-01.md"]!)
            try build(site)
            #expect(try Data(contentsOf: URL(fileURLWithPath: witness)) == before)
            #expect(Tree.snapshot(site.output) == (try reference(v2)))
            // Once more, so the build reuses a staging folder that holds the v1 site.
            try build(site)
            #expect(try Data(contentsOf: URL(fileURLWithPath: witness)) == before)
            #expect(Tree.snapshot(site.output) == (try reference(v2)))
        }

        @Test func leftoversWhoseNamesAreNotUTF8AreSweptAndTheBuildsSucceed() throws {
            let site = try TempSite(Self.v1)
            try build(site)
            // Names of bytes that are not UTF-8, as another tool may leave them: a file, and folders with contents.
            func plant(_ folder: String, _ name: [UInt8], folder isFolder: Bool) {
                let path = Array((folder + "/").utf8CString.dropLast()) + name.map { CChar(bitPattern: $0) } + [0]
                if isFolder {
                    #expect(mkdir(path, 0o755) == 0)
                    let inner = Array(path.dropLast()) + Array("/inner\u{FF}".utf8CString)
                    #expect(close(open(inner, O_WRONLY | O_CREAT, 0o644)) == 0)
                } else {
                    #expect(close(open(path, O_WRONLY | O_CREAT, 0o644)) == 0)
                }
            }
            plant(site.output, [0x62, 0x61, 0x64, 0xFF], folder: false)
            plant(site.output, [0x64, 0xFE], folder: true)
            plant(site.output + "/terms", [0x78, 0xFF], folder: false)
            plant(site.output + "/privacy", [0x79, 0xFF], folder: true)
            func strays(_ root: String) throws -> Int {
                try ["", "/terms", "/privacy"].map { try PosixFile.entries(root + $0).filter { $0.name == nil }.count }.reduce(0, +)
            }
            #expect(try strays(site.output) == 4)
            // The first build swaps the planted site out; the next ones reuse it as their staging folder and sweep it.
            for _ in 0..<3 { try build(site) }
            #expect(try strays(site.output) == 0 && strays(staging(site)) == 0)
            #expect(Tree.snapshot(site.output) == (try reference(Self.v1)))
        }

        @Test func aSecondNameForAPublishedFileIsSwept() throws {
            let site = try TempSite(Self.v1)
            try build(site)
            try build(site)
            // Hard links under other names, at the top and in a statement's folder (which a cached build reuses): the
            // next build swaps them out with the old site, and the one after reuses that as its staging folder.
            #expect(link(site.output + "/index.html", site.output + "/alias.html") == 0)
            #expect(link(site.output + "/terms/index.html", site.output + "/terms/alias.html") == 0)
            #expect(link(site.output + "/statements.json", site.output + "/terms/2024-01-01/statements.json") == 0)
            let expected = try reference(Self.v1)
            for _ in 0..<3 {
                try build(site)
                #expect(Tree.snapshot(site.output) == expected)
            }
            #expect(Tree.snapshot(staging(site)) == expected)
        }

        @Test func aLeftoverWhoseNameOnlyLooksEqualIsSweptToo() throws {
            // Swift compares "café" and "cafe" + U+0301 as equal; the file system sees two folders.
            let files = ["content/terms/2024-01-01.md": "---\ntitle: Terms\n---\n## Café\n\nCoffee is served.\n"]
            let site = try TempSite(files)
            try build(site)
            try build(site)
            let sections = "/terms/sections"
            let names = try FileManager.default.contentsOfDirectory(atPath: staging(site) + sections)
            #expect(names.contains { $0.unicodeScalars.elementsEqual("café".unicodeScalars) })
            try site.write(".site.staging" + sections + "/cafe\u{301}/index.html", "a leftover under the other spelling")
            #expect(try FileManager.default.contentsOfDirectory(atPath: staging(site) + sections).count == names.count + 1)
            try build(site)
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.output + sections).count == names.count)
            #expect(Tree.snapshot(site.output) == (try reference(files)))
        }
    }
}
