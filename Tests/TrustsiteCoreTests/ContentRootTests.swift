import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// `ContentRoot`, the one link policy every listing of the content and templates folders goes through.
@Suite struct ContentRootTests {
    /// A root `r/` with a file, a folder and links of every kind, beside a folder `out/`.
    static func tree() throws -> TempSite {
        let site = try TempSite(["r/a.md": "a\n", "r/sub/b.md": "b\n", "out/c.md": "c\n"])
        for (path, target) in [
            "r/in.md": "a.md", "r/insub": "sub", "r/out.md": "../out/c.md", "r/outdir": "../out", "r/gone": "nothing",
            "r/self": "self", "r/up": ".", "r/sub/back": "..", "r/sub/sibling": "../sub2", "r/insub2": "sub2",
        ] {
            try site.link(path, to: target)
        }
        try site.write("r/sub2/d.md", "d\n")
        return site
    }

    @Test func eachEntryIsAFileAFolderOrRefusedWithItsReason() throws {
        let site = try Self.tree()
        let root = ContentRoot(site.root + "/r", label: "test folder")
        let entry = { (name: String) in root.entry(site.root + "/r/" + name) }
        #expect(entry("a.md") == .file(size: 2, linked: false))
        #expect(entry("in.md") == .file(size: 2, linked: true))
        #expect(entry("sub") == .folder(linked: false) && entry("insub") == .folder(linked: true))
        #expect(entry("missing") == .missing)
        for (name, start) in [
            ("out.md", "symbolic link to '../out/c.md' ("), ("outdir", "symbolic link to '../out' ("),
            ("gone", "symbolic link to 'nothing' leads nowhere"), ("self", "symbolic link loops"), ("up", "symbolic link loops"),
            ("sub/back", "symbolic link loops"), ("insub/sibling", "symbolic link to a folder, inside a folder that is itself"),
        ] {
            guard case .refused(let why) = entry(name) else {
                Issue.record("\(name) was not refused: \(entry(name))")
                continue
            }
            #expect(why.hasPrefix(start), "\(name): \(why)")
        }
        #expect(entry("sub/sibling") == .folder(linked: true))
    }

    @Test func aWalkListsEveryFileOnceFollowingLinksInsideAndReportsTheRest() throws {
        let site = try Self.tree()
        var diagnostics = Diagnostics()
        let files = ContentRoot(site.root + "/r", label: "test folder").files(under: site.root + "/r", into: &diagnostics)
        #expect(
            files == [
                "a.md", "in.md", "insub/b.md", "insub2/d.md", "sub/b.md", "sub/sibling/d.md", "sub2/d.md",
            ])
        let errors = diagnostics.sorted.map { $0.location.path.replacingOccurrences(of: site.root, with: "R") }
        #expect(
            errors == ["R/r/gone", "R/r/insub/back", "R/r/insub/sibling", "R/r/out.md", "R/r/outdir", "R/r/self", "R/r/sub/back", "R/r/up"])
    }

    @Test(arguments: [("c", ""), (".", "./.."), ("./", "./.."), ("..", "../.."), ("/", "/"), ("/x", "/"), ("a/b/", "a"), ("", "..")])
    func theParentOfAnyPathIsFoundWithoutCrashing(_ path: String, _ parent: String) {
        #expect(parentPath(path) == parent)
        #expect(BuildOptions(content: path).templatesBeside == joinPath(parent, "templates"))
    }
}
