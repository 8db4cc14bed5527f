import Foundation
import Testing
import Yams
@testable import TrustsiteCore

/// The GitHub Actions workflow `init` writes: valid YAML whose jobs check strictly, build with the Pages address (a
/// project site's sub-path included) and deploy, and whose pull-request job keeps one redline comment up to date.
@Suite struct WorkflowTests {
    static func workflow(git: String? = "https://git.example.com/trustsite.git") throws -> [String: Any] {
        let text = try #require(Scaffold(folder: "x", trustsiteGit: git).files.first { $0.path.hasPrefix(".github/") }?.text)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// The `run` lines and `uses` of a job's steps, joined.
    static func steps(_ job: String, in workflow: [String: Any]) throws -> [[String: Any]] {
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let found = try #require(jobs[job] as? [String: Any], "no job \(job)")
        return try #require(found["steps"] as? [[String: Any]])
    }

    @Test func itChecksStrictlyBuildsWithThePagesAddressAndDeploys() throws {
        let workflow = try Self.workflow()
        let env = try #require(workflow["env"] as? [String: Any])
        #expect(env["TRUSTSITE_GIT"] as? String == "https://git.example.com/trustsite.git")
        let build = try Self.steps("build", in: workflow)
        let runs = build.compactMap { $0["run"] as? String }
        #expect(runs.contains("trustsite check --strict"))
        let pages = try #require(build.first { $0["uses"] as? String == "actions/configure-pages@v5" })
        let buildStep = try #require(build.first { ($0["run"] as? String)?.hasPrefix("trustsite build") == true })
        #expect(buildStep["run"] as? String == "trustsite build --base-url \"$BASE_URL/\"")
        let baseURL = try #require((buildStep["env"] as? [String: Any])?["BASE_URL"] as? String)
        #expect(baseURL.contains("steps.\(pages["id"] as? String ?? "?").outputs.base_url"))
        #expect(
            build.contains {
                $0["uses"] as? String == "actions/upload-pages-artifact@v3" && ($0["with"] as? [String: Any])?["path"] as? String == "site"
            })
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(deploy["permissions"] as? [String: String] == ["pages": "write", "id-token": "write"])
        #expect(try Self.steps("deploy", in: workflow).contains { $0["uses"] as? String == "actions/deploy-pages@v4" })
        #expect((deploy["if"] as? String)?.contains("github.event.repository.default_branch") == true)
    }

    @Test func withoutTheSourceTheToolJobStopsWithAMessage() throws {
        let workflow = try Self.workflow(git: nil)
        #expect((workflow["env"] as? [String: Any])?["TRUSTSITE_GIT"] as? String == Scaffold.gitPlaceholder)
        let runs = try Self.steps("tool", in: workflow).compactMap { $0["run"] as? String }.joined()
        #expect(runs.contains("::error::set TRUSTSITE_GIT"))
    }

    @Test func thePullRequestJobDiffsAgainstTheBaseBranch() throws {
        let steps = try Self.steps("review", in: try Self.workflow())
        let diff = try #require(steps.first { ($0["run"] as? String)?.contains("trustsite diff") == true })
        #expect(
            (diff["run"] as? String)?.contains("trustsite diff --against \"origin/$BASE_REF\" --format markdown > trustsite-diff.md")
                == true)
        #expect((diff["env"] as? [String: String])?["BASE_REF"] == "${{ github.base_ref }}")
        let checkout = try #require(steps.first { $0["uses"] as? String == "actions/checkout@v4" })
        #expect((checkout["with"] as? [String: Any])?["fetch-depth"] as? Int == 0)
    }

    /// The comment script run in Node against a stand-in for GitHub's API: the first run creates the comment, later
    /// runs update that one comment (found by its marker, posted by a bot), never another's.
    @Test(arguments: [
        ("[]", "create"),
        ("[{\"id\": 5, \"user\": {\"type\": \"Bot\"}, \"body\": \"<!-- trustsite-diff -->\\nold\"}]", "update 5"),
        ("[{\"id\": 6, \"user\": {\"type\": \"User\"}, \"body\": \"<!-- trustsite-diff -->\\nquoted\"}]", "create"),
    ])
    func theCommentIsPostedOnceAndUpdatedInPlace(_ existing: String, _ expected: String) throws {
        let node = try #require(["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let step = try #require(
            try Self.steps("review", in: try Self.workflow()).first { $0["uses"] as? String == "actions/github-script@v7" })
        let script = try #require((step["with"] as? [String: Any])?["script"] as? String)
        let folder = try TempSite()
        try folder.write("trustsite-diff.md", "## privacy\n\nchanged\n")
        try folder.write("script.js", script)
        try folder.write("harness.js", Self.harness(existing))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["harness.js"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed == "\(expected) \(Scaffold.commentMarker)\n## privacy\n\nchanged\n", "\(printed)")
    }

    /// Runs `script.js` as github-script does (an async function of `github`, `context` and `require`), printing the
    /// one write it made.
    static func harness(_ existing: String) -> String {
        """
        const fs = require('fs');
        const writes = [];
        const github = {
          rest: { issues: {
            listComments: 'listComments',
            createComment: async (a) => writes.push('create ' + a.body),
            updateComment: async (a) => writes.push('update ' + a.comment_id + ' ' + a.body),
          } },
          paginate: async (method, args) => {
            if (method !== 'listComments' || args.issue_number !== 7 || args.owner !== 'o') throw new Error('bad list');
            return \(existing);
          },
        };
        const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
        const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
        new AsyncFunction('require', 'github', 'context', fs.readFileSync('script.js', 'utf8'))(require, github, context)
          .then(() => { if (writes.length !== 1) throw new Error(writes.length + ' writes'); console.log(writes[0]); })
          .catch((e) => { console.error(e); process.exit(1); });
        """
    }
}
