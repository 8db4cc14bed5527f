import Foundation
import Testing
@testable import TrustsiteChecks
@testable import TrustsiteCore
@testable import TrustsiteModel

/// `trustsite new` and `trustsite --version` as a user runs them: the built binary in a child process.
@Suite struct NewCommandTests {
    static let first = "---\ntitle: \"Privacy: \\\"ours\\\"\"\nsummary: First.\n---\n## A\n\nOne.\n"
    static let newest = "---\ntitle: \"Privacy: \\\"ours\\\"\"\nsummary: Second.\n---\n## A\n\nTwo.\n\n## B\n\nMore.\n"

    static func site() throws -> TempSite {
        try TempSite(content: ["privacy/2024-01-01.md": first, "privacy/2024-03-01.md": newest, "terms/2024-01-01.md": "Terms.\n"])
    }

    func run(_ site: TempSite, _ arguments: [String]) throws -> TrustsiteBinary.Result {
        try TrustsiteBinary.run(arguments, in: site.root)
    }

    @Test func itCopiesTheNewestVersionWithTheDatesAndAnEmptySummary() throws {
        let site = try Self.site()
        let result = try run(site, ["new", "privacy", "--date", "2024-06-01", "--effective", "2024-07-01", "--announced", "2024-06-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Created content/privacy/2024-06-01.md from content/privacy/2024-03-01.md.\n"))
        #expect(
            try site.text(of: "content/privacy/2024-06-01.md")
                == "---\ntitle: \"Privacy: \\\"ours\\\"\"\neffective: 2024-07-01\nannounced: 2024-06-01\nsummary:\n---\n## A\n\nTwo.\n\n## B\n\nMore.\n"
        )
        // The title reads back as it was, and check reports the summary until it is written.
        var diagnostics = Diagnostics()
        let source = try #require(ContentLoader().loadStatement(slug: "privacy", path: site.content + "/privacy", &diagnostics))
        #expect(source.versions.last?.frontMatter.title == "Privacy: \"ours\"")
        let check = try run(site, ["check", "--as-of", "2024-07-01"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("content/privacy/2024-06-01.md:5:1: error: \(ContentChecks.emptySummaryError)\n"), "\(check.stderr)")
    }

    @Test func theDateDefaultsToToday() throws {
        let site = try Self.site()
        let result = try run(site, ["new", "terms"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try site.text(of: "content/terms/\(Day.today()).md") == "---\nsummary:\n---\nTerms.\n")
    }

    @Test func itRefusesAFileThatExistsAndLeavesItAsItWas() throws {
        let site = try Self.site()
        try site.write("content/privacy/2024-06-01.md", "Mine.\n")
        let result = try run(site, ["new", "privacy", "--date", "2024-06-01"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "content/privacy/2024-06-01.md: error: file exists; trustsite new never replaces a file (edit it, or choose another --date)\n"
        )
        #expect(try site.text(of: "content/privacy/2024-06-01.md") == "Mine.\n")
    }

    @Test(arguments: ["2024-02-29", "2023-12-31"])
    func itRefusesADateNotAfterTheNewestVersion(_ date: String) throws {
        let site = try Self.site()
        let before = Tree.snapshot(site.root)
        let result = try run(site, ["new", "privacy", "--date", date])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "content/privacy/\(date).md: error: \(date) is not after the newest version, 2024-03-01 (content/privacy/2024-03-01.md); a new version needs a later date: pass --date YYYY-MM-DD\n"
        )
        #expect(Tree.snapshot(site.root) == before)
    }

    @Test func anUnknownStatementGetsTheClosestName() throws {
        let site = try Self.site()
        let close = try run(site, ["new", "privcy"])
        #expect(close.status == 1)
        #expect(
            close.stderr
                == "content/privcy: error: no statement 'privcy' (did you mean 'privacy'?); to start a new statement, run: trustsite new --statement privcy --title \"…\"\n"
        )
        let far = try run(site, ["new", "cookies"])
        #expect(far.stderr.contains("no statement 'cookies' (the statements are privacy, terms); "), "\(far.stderr)")
        #expect(Tree.entries(site.content) == ["privacy", "terms"])
    }

    @Test(arguments: [
        (["new", "privacy", "--date", "2024-13-01"], "'2024-13-01' is not a date (expected YYYY-MM-DD)"),
        (["new", "privacy", "--date", "2024-06-01", "--effective", "2024-05-01"], "--effective 2024-05-01 is before the version's date"),
        (["new"], "name the statement: trustsite new <slug>"),
        (["new", "privacy", "--title", "X"], "--title is only for --statement"),
        (["new", "--statement", "cookies"], "--statement needs --title"),
        (["new", "privacy", "--statement", "cookies", "--title", "C"], "not both"),
    ])
    func badArgumentsAreRefusedWithAMessage(_ arguments: [String], _ message: String) throws {
        let site = try Self.site()
        let before = Tree.snapshot(site.root)
        let result = try run(site, arguments)
        #expect(result.status != 0 && result.stderr.contains(message), "\(result.stderr)")
        #expect(Tree.snapshot(site.root) == before)
    }

    @Test func statementStartsANewStatementThatChecks() throws {
        let site = try Self.site()
        let result = try run(site, ["new", "--statement", "cookies", "--title", "Cookie \"Policy\"", "--date", "2024-02-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try site.text(of: "content/cookies/2024-02-01.md").hasPrefix("---\ntitle: \"Cookie \\\"Policy\\\"\"\n---\n## Introduction\n"))
        let check = try run(site, ["check", "--strict", "--as-of", "2024-06-01"])
        #expect(check.status == 0, "\(check.stderr)")
        let again = try run(site, ["new", "--statement", "cookies", "--title", "C"])
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "content/cookies: error: statement 'cookies' already exists; to add a version of it, run: trustsite new cookies\n")
    }

    @Test(arguments: [("feed.xml", "has the name of a file or folder the site writes"), ("a b", "cannot be used in a URL")])
    func statementRefusesAFolderNameNoStatementCanHave(_ name: String, _ message: String) throws {
        let site = try Self.site()
        let result = try run(site, ["new", "--statement", name, "--title", "T"])
        #expect(
            result.status == 1 && result.stderr.hasPrefix("content/\(name): error: ") && result.stderr.contains(message), "\(result.stderr)"
        )
        #expect(!FileManager.default.fileExists(atPath: site.content + "/" + name))
    }

    @Test func withoutAContentFolderItSaysToInit() throws {
        let site = try TempSite()
        try FileManager.default.removeItem(atPath: site.content)
        let result = try run(site, ["new", "privacy"])
        #expect(result.status == 1)
        #expect(
            result.stderr == "content: error: content folder not found; run trustsite init to start a trust center, or pass --content\n")
    }

    @Test func versionPrintsTrustsitesAndLibcmarksVersions() throws {
        let site = try TempSite()
        let result = try run(site, ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "trustsite \(ProgramVersion.trustsite) (libcmark \(ProgramVersion.libcmark))\n")
        #expect(ProgramVersion.libcmark.wholeMatch(of: /\d+\.\d+\.\d+.*/) != nil)
    }
}
