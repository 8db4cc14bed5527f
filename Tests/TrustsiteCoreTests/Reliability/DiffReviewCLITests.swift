import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender

extension Reliability {
    /// Reviewing a pull request with `trustsite diff`: a version from standard input or a pipe, every version a branch
    /// changes (`--against`), and the formats, run as the built binary.
    @Suite struct DiffReviewCLITests {
        static let old = "# Terms\n\n## Fees\n\nWe charge no fees.\n"
        static let new = "# Terms\n\n## Fees\n\nWe charge small fees.\n"

        @Test func aVersionCanComeFromStandardInputOrAPipe() throws {
            let site = try TempSite(["new.md": Self.new])
            let piped = try TrustsiteBinary.run(["diff", "-", "new.md", "--no-color"], in: site.root, input: Self.old)
            #expect(piped.status == 0 && piped.stdout.contains("We charge [-no-]{+small+} fees."), "\(piped.stderr)")
            #expect(piped.stdout.hasPrefix("(standard input) → new.md"))
            // `<(git show …)` hands the tool a /dev/fd path: a pipe, not a regular file.
            let bash = try TrustsiteBinary.run(["diff", "/dev/stdin", "new.md", "--no-color"], in: site.root, input: Self.old)
            #expect(bash.status == 0 && bash.stdout.contains("[-no-]{+small+}"), "\(bash.stderr)")
            let both = try TrustsiteBinary.run(["diff", "-", "-"], in: site.root, input: Self.old)
            #expect(both.status != 0 && both.stderr.contains("only one of the two versions can come from standard input"))
        }

        @Test func againstARevisionDiffsEachChangedVersionWithWhatItReplaces() throws {
            let site = try TempSite([
                "content/site.yml": "title: Trust\nbase_url: https://trust.example\n",
                "content/terms/2024-01-01.md": Self.old,
                "content/privacy/2024-01-01.md": "# Privacy\n\n## Data\n\nWe keep logs.\n",
            ])
            try git(["init", "-q", "-b", "main"], in: site.root)
            try git(["add", "-A"], in: site.root)
            try git(["commit", "-qm", "start"], in: site.root)
            // A new version of one statement, and an edit to a published version of the other.
            try site.write("content/terms/2024-03-01.md", Self.new)
            try site.write("content/privacy/2024-01-01.md", "# Privacy\n\n## Data\n\nWe keep logs for 30 days.\n")
            let text = try TrustsiteBinary.run(["diff", "--against", "main", "--no-color"], in: site.root)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("main:content/privacy/2024-01-01.md → content/privacy/2024-01-01.md"))
            #expect(text.stdout.contains("We keep logs{+ for 30 days+}."))
            #expect(text.stdout.contains("main:content/terms/2024-01-01.md → content/terms/2024-03-01.md"))
            #expect(text.stdout.contains("We charge [-no-]{+small+} fees."))
            let markdown = try TrustsiteBinary.run(["diff", "--against", "main", "--format", "markdown"], in: site.root)
            #expect(markdown.stdout.hasPrefix(DiffReport.commentMarker))
            #expect(markdown.stdout.contains("[changes page](https://trust.example/terms/changes/2024-03-01/)"))
            let json = try TrustsiteBinary.run(["diff", "--against", "main", "--format", "json", "--exit-code"], in: site.root)
            #expect(json.status == 1)
            let diffs = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect((diffs?["diffs"] as? [Any])?.count == 2)
        }

        @Test func againstSaysWhatIsWrong() throws {
            let site = try TempSite(["content/terms/2024-01-01.md": Self.old])
            let outside = try TrustsiteBinary.run(["diff", "--against", "main"], in: site.root)
            #expect(outside.status == 2 && outside.stderr.contains("error: 'main' is not a git revision here"), "\(outside.stderr)")
            try git(["init", "-q", "-b", "main"], in: site.root)
            try git(["add", "-A"], in: site.root)
            try git(["commit", "-qm", "start"], in: site.root)
            let unchanged = try TrustsiteBinary.run(["diff", "--against", "main", "--exit-code"], in: site.root)
            #expect(unchanged.status == 0 && unchanged.stdout.contains("No version changed since main."))
            let both = try TrustsiteBinary.run(["diff", "terms", "--against", "main"], in: site.root)
            #expect(both.status == 64 && both.stderr.contains("--against compares every changed version"))
            let format = try TrustsiteBinary.run(["diff", "terms", "--format", "pdf"], in: site.root)
            #expect(format.status == 64 && format.stderr.contains("pdf"))
        }

        func git(_ arguments: [String], in folder: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
    }
}
