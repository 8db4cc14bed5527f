import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender
import TrustsiteServer

/// `serve` says which warnings a rebuild found: in the terminal, and in open pages as a notice that can be dismissed.
@Suite struct PreviewWarningsTests {
    @Test func aRebuildsWarningsAreLoggedAndSentToOpenPages() async throws {
        try await RunningPreview.with { preview in
            let events = try EventStreamReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("event: hello"))
            let file = try preview.workspace.newestVersion(of: "subprocessors")
            try preview.workspace.edit(file, replacing: "## ", with: "See [gone](../no-such-statement/).\n\n## ")
            #expect(await events.waitFor("event: reload"), "no reload event; log:\n\(preview.log)")
            let line = try #require(preview.log.split(separator: "\n").first { $0.contains("no-such-statement") })
            #expect(line.contains(file + ":") && line.contains(": warning: link '../no-such-statement/' leads nowhere"))
            let status = try await preview.get(LiveReload.statusPath).body
            #expect(status.contains("\"ok\":true") && status.contains("leads nowhere") && status.contains("\"notice\":\"<strong>"))
        }
    }

    @Test func theNoticeIsEscapedAndShortened() {
        let lines = (1...25).map { "content/p/2024-01-01.md:\($0):1: warning: <b>\($0)</b>" }
        let html = LiveReload.noticeHTML(lines)
        #expect(html.hasPrefix("<strong>25 warnings in this build</strong><pre>"))
        #expect(html.contains("&lt;b&gt;20&lt;/b&gt;") && !html.contains("&lt;b&gt;21&lt;/b&gt;") && !html.contains("<b>"))
        #expect(html.contains("… and 5 more in the terminal"))
        #expect(LiveReload.noticeHTML([]).isEmpty)
        #expect(LiveReload.script.contains("trustsite-notice") && LiveReload.script.contains("Dismiss warnings"))
    }
}
