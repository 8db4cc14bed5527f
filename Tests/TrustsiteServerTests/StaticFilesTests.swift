import Foundation
import Testing
@testable import TrustsiteServer

/// Path safety, content types, injection and dates, without a server.
@Suite struct StaticFilesTests {
    @Test(arguments: [
        "/../x", "/a/..", "/%2e%2e/x", "/%2E%2e", "/a%2fb", "/a%5cb", "/a\\b", "/x%00", "//x", "/a//b", "/.", "/%zz", "/%e2%28", "x", "",
    ])
    func unsafePathsHaveNoSegments(_ path: String) {
        #expect(StaticFiles.segments(path) == nil)
    }

    @Test func safePathsDecode() throws {
        let (segments, slash) = try #require(StaticFiles.segments("/a%20b/c%C3%A9/"))
        #expect(segments == ["a b", "cé"] && slash)
        #expect(StaticFiles.segments("/")?.0 == [])
    }

    @Test func contentTypes() {
        #expect(StaticFiles.contentType(for: "a/feed.xml") == "application/atom+xml; charset=utf-8")
        #expect(StaticFiles.contentType(for: "sitemap.xml") == "application/xml; charset=utf-8")
        #expect(StaticFiles.contentType(for: "x.HTML") == "text/html; charset=utf-8")
        #expect(StaticFiles.contentType(for: "x.bin") == "application/octet-stream")
    }

    @Test func injectionGoesBeforeTheLastBodyTag() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let out = String(decoding: LiveReload.inject(into: html, generation: 7), as: UTF8.self)
        #expect(out.hasSuffix(LiveReload.tag(generation: 7) + "</BODY></html>"))
        #expect(String(decoding: LiveReload.inject(into: Array("plain".utf8), generation: 1), as: UTF8.self).hasPrefix("plain<script"))
    }

    @Test func overlayEscapes() {
        #expect(LiveReload.overlayHTML(["a.md:1:2: error: <script>&\"'"]).contains("&lt;script&gt;&amp;&quot;&#39;"))
    }

    @Test func httpDatesRoundTrip() {
        #expect(HTTPDate.format(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777)
        #expect(HTTPDate.parse("yesterday") == nil)
    }

    @Test func watcherSeesEditsAndIgnoresSwapFiles() throws {
        let folder = NSTemporaryDirectory() + "trustsite-watch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/s", withIntermediateDirectories: true)
        let watcher = FolderWatcher(roots: [folder])
        let before = watcher.scan()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/s/2024-01-01.md"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/s/.2024-01-01.md.swp"))
        #expect(FolderWatcher.changes(from: before, to: watcher.scan()) == [folder + "/s/2024-01-01.md"])
    }

    @Test func aNewPreviewFolderSweepsFoldersOfDeadPreviews() throws {
        let temporary = (NSTemporaryDirectory() as NSString).standardizingPath
        let dead = temporary + "/trustsite-preview-999999999-test" + UUID().uuidString.prefix(6)
        try FileManager.default.createDirectory(atPath: dead + "/assets", withIntermediateDirectories: true)
        let folder = try PreviewServer.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(folder.hasPrefix(temporary + "/trustsite-preview-\(getpid())-"))
        #expect(!FileManager.default.fileExists(atPath: dead))
    }
}
