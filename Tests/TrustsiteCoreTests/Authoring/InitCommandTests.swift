import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel

/// `trustsite init` as a user runs it: a new trust center that checks and builds, refusals that write nothing.
@Suite struct InitCommandTests {
    static let scaffold = [
        ".github/workflows/trustsite.yml", ".gitignore", "content/privacy/2025-01-15.md", "content/privacy/2025-06-01.md",
        "content/site.yml",
    ]

    @Test func aNewTrustCenterChecksStrictlyAndBuilds() throws {
        let workspace = try TempSite()
        let result = try TrustsiteBinary.run(["init", "tc"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Created a trust center in tc:\n  content/site.yml\n"))
        #expect(result.stdout.contains("Next steps:\n  cd tc\n"))
        let folder = workspace.root + "/tc"
        #expect(Tree.files(under: folder) == Self.scaffold)
        let check = try TrustsiteBinary.run(["check", "--strict"], in: folder)
        #expect(check.status == 0 && check.stdout == "Checked 1 statement, 2 versions: no problems\n", "\(check.stderr)")
        let build = try TrustsiteBinary.run(["build", "--base-url", "https://example.github.io/repo"], in: folder)
        #expect(build.status == 0 && build.stderr.isEmpty, "\(build.stderr)")
        #expect(
            try String(contentsOfFile: folder + "/site/sitemap.xml", encoding: .utf8).contains("https://example.github.io/repo/privacy/"))
    }

    /// What a build writes is ignored: git sees only the scaffold's files.
    @Test func theGitignoreCoversWhatBuildsWrite() throws {
        let workspace = try TempSite()
        let folder = workspace.root
        try FileManager.default.removeItem(atPath: workspace.content)
        #expect(try TrustsiteBinary.run(["init"], in: folder).status == 0)
        #expect(try TrustsiteBinary.run(["build"], in: folder).status == 0)
        #expect(try TrustsiteBinary.run(["build"], in: folder).status == 0)  // the second leaves .site.staging behind
        #expect(FileManager.default.fileExists(atPath: folder + "/.site.cache.json"))
        let git =
            try Self.git(["init", "-q"], in: folder) + Self.git(["add", "-A"], in: folder)
            + Self.git(["diff", "--cached", "--name-only"], in: folder)
        #expect(git.split(separator: "\n").map(String.init).sorted() == Self.scaffold)
    }

    @Test func bareLeavesOutTheExample() throws {
        let workspace = try TempSite()
        let result = try TrustsiteBinary.run(["init", "tc", "--bare"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Tree.files(under: workspace.root + "/tc") == [".github/workflows/trustsite.yml", ".gitignore", "content/site.yml"])
        #expect(result.stdout.contains("trustsite new --statement privacy --title"))
    }

    @Test func itRefusesToReplaceAnythingListsEachFileAndWritesNothing() throws {
        let workspace = try TempSite(["tc/.gitignore": "mine\n", "tc/content/site.yml": "title: Mine\n"])
        let before = Tree.snapshot(workspace.root)
        let result = try TrustsiteBinary.run(["init", "tc"], in: workspace.root)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "tc/content/site.yml: error: exists already; init never replaces a file\n"
                + "tc/.gitignore: error: exists already; init never replaces a file\n"
                + "error: init wrote nothing: move or delete the files above, or choose another folder\n")
        #expect(Tree.snapshot(workspace.root) == before)
    }

    @Test func aDanglingLinkCountsAsAFile() throws {
        let workspace = try TempSite()
        try FileManager.default.createDirectory(atPath: workspace.root + "/tc", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/tc/.gitignore", withDestinationPath: "/nonexistent/x")
        let result = try TrustsiteBinary.run(["init", "tc"], in: workspace.root)
        #expect(result.status == 1 && result.stderr.hasPrefix("tc/.gitignore: error: exists already"))
        #expect(Tree.entries(workspace.root + "/tc") == [".gitignore"])
    }

    @Test func aFileWhereTheFolderShouldBeIsRefused() throws {
        let workspace = try TempSite(["tc": "a file\n"])
        let result = try TrustsiteBinary.run(["init", "tc"], in: workspace.root)
        #expect(result.status == 1 && result.stderr.hasPrefix("tc: error: exists and is not a folder"), "\(result.stderr)")
    }

    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
