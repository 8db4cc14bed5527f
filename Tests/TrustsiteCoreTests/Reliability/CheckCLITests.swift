import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// `trustsite check` and `trustsite build` as a user runs them: the built binary in a child process.
    @Suite struct CheckCLITests {
        /// A site without problems.
        static let clean = ["content/p/2024-01-01.md": "## A\n\nText.\n"]
        /// A site with one error.
        static let withError = ["content/privacy/2024-01-05.md": "---\ntitle: P\neffective: 2024-13-01\n---\nBody\n"]
        /// A site with one warning.
        static let withWarning = ["content/p/2024-01-01.md": "## A\n\n#### B\n"]

        /// Runs `trustsite arguments… --as-of 2024-06-01` in a new site made of `files`.
        func run(_ files: [String: String], _ arguments: [String]) throws -> (TempSite, TrustsiteBinary.Result) {
            let site = try TempSite(files)
            return (site, try TrustsiteBinary.run(arguments + ["--as-of", "2024-06-01"], in: site.root))
        }

        @Test func aCleanSiteExitsZero() throws {
            let (_, result) = try run(Self.clean, ["check"])
            #expect(result.status == 0 && !result.signalled)
            #expect(result.stdout == "Checked 1 statement, 1 version: no problems\n" && result.stderr.isEmpty)
        }

        @Test func anErrorExitsOneAndIsPrintedCompilerStyle() throws {
            let (site, result) = try run(Self.withError, ["check", "--content", "content"])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "content/privacy/2024-01-05.md:3:12: error: 'effective' is not a date: \"2024-13-01\" (expected YYYY-MM-DD)\n")
            #expect(result.stdout == "Checked 1 statement, 1 version: 1 error, 0 warnings\n")
            #expect(Tree.entries(site.root) == ["content"], "check wrote something")
        }

        @Test func warningsAloneExitZeroUnlessStrict() throws {
            let (_, relaxed) = try run(Self.withWarning, ["check"])
            #expect(relaxed.status == 0)
            #expect(relaxed.stderr == "content/p/2024-01-01.md:3:1: warning: heading level skips from H2 to H4\n")
            let (_, strict) = try run(Self.withWarning, ["check", "--strict"])
            #expect(strict.status == 1 && strict.stderr == relaxed.stderr)
            let (_, strictClean) = try run(Self.clean, ["check", "--strict"])
            #expect(strictClean.status == 0)
        }

        @Test func buildRunsTheSameChecksAndStopsOnErrors() throws {
            let (site, result) = try run(Self.withError, ["build"])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "content/privacy/2024-01-05.md:3:12: error: 'effective' is not a date: \"2024-13-01\" (expected YYYY-MM-DD)\n"
                    + "error: build failed; site was left as it was\n")
            // Only the lock file, which a build takes before it reads anything (`OutputLock`).
            #expect(Tree.entries(site.root) == [".site.lock", "content"])
            let (built, warned) = try run(Self.withWarning, ["build"])
            #expect(
                warned.status == 0
                    && warned.stderr == "content/p/2024-01-01.md:3:1: warning: heading level skips from H2 to H4\n"
                        + "warning: \(SiteBuilder.noBaseURL)\n"
            )
            #expect(FileManager.default.fileExists(atPath: built.output + "/p/index.html"))
        }

        @Test func buildRefusesOutputFoldersItWouldDestroy() throws {
            let site = try TempSite(Self.clean.merging(["notes.txt": "mine\n"]) { _, new in new })
            try site.writeTheme()
            // HOME is a folder inside another temporary folder, so even a guard that failed could only replace temporary files.
            let homeSite = try TempSite(["content/keep.txt": "mine\n"])
            let home = homeSite.content
            let before = Tree.snapshot(site.root), homeBefore = Tree.snapshot(homeSite.root)
            let cases: [([String], String)] = [
                (
                    ["--output", "content"],
                    "content: error: refusing to write the site over the content folder content; choose another --output"
                ),
                (["--output", "."], ".: error: refusing to write the site over the content folder content; choose another --output"),
                (
                    ["--output", "content/site"],
                    "content/site: error: the output folder is inside the content folder content; choose another --output"
                ),
                (
                    ["--output", "templates"],
                    "templates: error: refusing to write the site over the templates folder \(site.root)/templates; choose another --output"
                ),
                (
                    ["--output", home],
                    "\(home): error: refusing to use the home folder as the output folder, which a build replaces; choose a new folder with --output"
                ),
                (
                    ["--output", homeSite.root],
                    "\(homeSite.root): error: refusing to use a folder that holds the home folder as the output folder, which a build replaces; choose a new folder with --output"
                ),
                (
                    ["--output", "notes.txt"],
                    "notes.txt: error: the output path is a file, which a build would replace; choose a folder with --output"
                ),
            ]
            for (arguments, message) in cases {
                let result = try TrustsiteBinary.run(
                    ["build", "--templates", site.root + "/templates"] + arguments, in: site.root, home: home)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stderr == message + "\n")
            }
            #expect(Tree.snapshot(site.root) == before && Tree.snapshot(homeSite.root) == homeBefore)
        }
    }
}
