import Foundation
import Testing

/// The link checker itself: it must find what is broken, or the whole-site link tests prove nothing.
@Suite struct LinkCheckerTests {
    /// A folder holding `pages` (relative path → HTML), removed when done.
    func withPages(_ pages: [String: String], _ body: (LinkChecker) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (path, html) in pages { try TempSite.write(Array(html.utf8), to: root + "/" + path) }
        try body(LinkChecker(root: root, baseURL: "https://x.example"))
    }

    @Test func acceptsLinksThatResolve() throws {
        try withPages([
            "index.html": ##"<a href="a/index.html#top">a</a> <a href="a/">dir</a> <a href="#main">skip</a><main id="main"></main>"##,
            "a/index.html":
                ##"<h2 id="top">T</h2><a href="../index.html">home</a><a href="/a/#top">root</a><a href="https://x.example/a/">abs</a>"##
                + ##"<a href="https://elsewhere.example/missing">ext</a><a href="mailto:a@b.c">mail</a><img src="../s.css">"##,
            "s.css": "",
        ]) { checker in
            #expect(checker.brokenLinks().map(\.description) == [])
        }
    }

    @Test func reportsMissingFilesAndFragments() throws {
        try withPages([
            "index.html":
                ##"<a href="nope/index.html">1</a><a href="#gone">2</a><a href="../outside.html">3</a><a href="https://x.example/zzz/">4</a>"##
        ]) { checker in
            #expect(checker.brokenLinks().map(\.href) == ["nope/index.html", "#gone", "../outside.html", "https://x.example/zzz/"])
        }
    }

    @Test func decodesEntitiesAndPercentEncodingInFragments() throws {
        try withPages([
            "index.html": ##"<h2 id="café">C</h2><h2 id="a&amp;b">AB</h2><a href="#caf%C3%A9">1</a><a href="#a&amp;b">2</a>"##
        ]) { checker in
            #expect(checker.brokenLinks().isEmpty)
        }
    }

    @Test func resolvesRelativePaths() {
        let checker = LinkChecker(root: "/unused")
        #expect(checker.resolve("../history/index.html#v", from: "p/2024-01-01/index.html")! == ("p/history/index.html", "v"))
        #expect(checker.resolve("./", from: "p/index.html")! == ("p/index.html", nil))
        #expect(checker.resolve("#x", from: "p/index.html")! == ("p/index.html", "x"))
        #expect(checker.resolve("https://example.com/", from: "index.html") == nil)
    }
}
