import Foundation
import Testing
import TrustsiteServer

/// Real HTTP against `trustsite serve`'s server on an ephemeral port.
@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesAssetsRedirectsAndNotFound() async throws {
        try await RunningPreview.with { preview in
            let home = try await preview.get("/")
            #expect(home.status == 200 && home.header("content-type") == "text/html; charset=utf-8")
            #expect(home.body.components(separatedBy: LiveReload.scriptPath).count == 2)
            #expect(home.body.range(of: LiveReload.scriptPath)!.lowerBound < home.body.range(of: "</body>")!.lowerBound)
            let onDisk = try String(contentsOfFile: preview.ready.folder + "/index.html", encoding: .utf8)
            #expect(!onDisk.contains("_trustsite"), "the reload script must never be written to disk")

            let css = try await preview.get("/assets/style.css")
            #expect(css.status == 200 && css.header("content-type") == "text/css; charset=utf-8" && !css.body.contains("_trustsite"))
            for (path, type) in [
                ("/assets/toc.js", "text/javascript; charset=utf-8"), ("/assets/icon.svg", "image/svg+xml"),
                ("/feed.xml", "application/atom+xml; charset=utf-8"),
                ("/statements.json", "application/json; charset=utf-8"),
            ] {
                let reply = try await preview.get(path)
                #expect(reply.status == 200 && reply.header("content-type") == type, "\(path)")
            }

            let redirect = try await preview.get("/subprocessors?from=test")
            #expect(redirect.status == 301 && redirect.header("location") == "/subprocessors/?from=test")
            let folder = try await preview.get("/subprocessors/")
            #expect(folder.status == 200 && folder.body.contains(LiveReload.scriptPath))

            let missing = try await preview.get("/no/such/page")
            let notFoundPage = try String(contentsOfFile: preview.ready.folder + "/404.html", encoding: .utf8)
            #expect(missing.status == 404 && missing.body.contains(LiveReload.scriptPath))
            #expect(missing.body.hasPrefix(String(notFoundPage.prefix(200))))

            let head = try await preview.get("/", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty && head.header("content-length") == String(home.body.utf8.count))
            let headCSS = try await preview.get("/assets/style.css", method: "HEAD")
            #expect(headCSS.header("content-length") == String(css.body.utf8.count))
            #expect(try await preview.get("/", method: "POST").status == 405)
            #expect(try await preview.get(LiveReload.scriptPath).body.contains("EventSource"))
            #expect(try await preview.get(LiveReload.statusPath).body.contains("\"ok\":true"))
        }
    }

    @Test func revalidatesWithETagAndLastModified() async throws {
        try await RunningPreview.with { preview in
            let css = try await preview.get("/assets/style.css")
            let etag = try #require(css.header("etag"))
            let modified = try #require(css.header("last-modified"))
            #expect(try await preview.get("/assets/style.css", headers: ["If-None-Match": etag]).status == 304)
            #expect(try await preview.get("/assets/style.css", headers: ["If-None-Match": "\"other\""]).status == 200)
            #expect(try await preview.get("/assets/style.css", headers: ["If-Modified-Since": modified]).status == 304)
            let page = try await preview.get("/")
            let pageTag = try #require(page.header("etag"))
            let again = try await preview.get("/", headers: ["If-None-Match": pageTag])
            #expect(again.status == 304 && again.body.isEmpty)
        }
    }

    @Test func refusesEverythingOutsideThePreviewFolder() async throws {
        try await RunningPreview.with { preview in
            let secret = preview.workspace.root + "/secret.txt"
            try Data("TOP-SECRET".utf8).write(to: URL(fileURLWithPath: secret))
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: preview.ready.folder + "/leak.txt", withDestinationPath: secret)
            try fm.createSymbolicLink(atPath: preview.ready.folder + "/leakdir", withDestinationPath: preview.workspace.root)
            let attempts = [
                "/../secret.txt", "/../../../../../../etc/passwd", "/assets/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/assets%2f..%2f..%2fsecret.txt", "/%2fetc%2fpasswd", "/%5c..%5c..%5csecret.txt",
                "//etc/passwd", "/etc/passwd", "/" + secret, "/assets/..\\..\\secret.txt",
                "/index.html%00", "/%00/../secret.txt", "/%zz", "/leak.txt", "/leakdir/secret.txt", "/leakdir/",
                "http://127.0.0.1/../secret.txt",
            ]
            for target in attempts {
                let reply = try await preview.get(target)
                #expect(reply.status == 404 || reply.status == 400, "\(target) gave \(reply.status)")
                #expect(!reply.body.contains("TOP-SECRET") && !reply.body.contains("root:x:"), "\(target) leaked a file")
            }
            #expect(try await preview.get("/").status == 200, "the server still answers after the attempts")
        }
    }

    @Test func anEditReloadsOpenPagesWithTheNewContent() async throws {
        try await RunningPreview.with { preview in
            let events = try EventStreamReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("event: hello"))
            let file = try preview.workspace.newestVersion(of: "subprocessors")
            let page = "/" + file.dropFirst("content/".count).dropLast(3) + "/"
            #expect(try await !preview.get(page).body.contains("Edited while previewing."))
            try preview.workspace.edit(file, replacing: "## ", with: "Edited while previewing.\n\n## ")
            #expect(await events.waitFor("event: reload"), "no reload event; log:\n\(preview.log)")
            #expect(try await preview.get(page).body.contains("Edited while previewing."))
            #expect(preview.log.contains("Rebuilt subprocessors in"))
        }
    }

    @Test func aBrokenEditShowsTheOverlayUntilItIsFixed() async throws {
        try await RunningPreview.with { preview in
            let events = try EventStreamReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("event: hello"))
            let file = try preview.workspace.newestVersion(of: "subprocessors")
            let page = "/" + file.dropFirst("content/".count).dropLast(3) + "/"
            let good = try await preview.get(page)
            let original = try preview.workspace.text(of: file)
            try preview.workspace.edit(file, replacing: "## ", with: "Broken while previewing.\n\n## ")
            try preview.workspace.edit(file, replacing: "updated: ", with: "updated: <b>soon</b>\nwas: ")
            #expect(await events.waitFor("event: errors"), "no errors event; log:\n\(preview.log)")
            #expect(events.text.range(of: #"2[0-9-]+\.md:\d+:\d+: error: "#, options: .regularExpression) != nil)
            let errorsEvent = try #require(events.text.components(separatedBy: "event: errors").last)
            let overlay = try #require(errorsEvent.firstMatch(of: /"html":"([^"]*)"/)).1
            #expect(overlay.contains("&lt;b&gt;soon&lt;/b&gt;") && !overlay.contains("<b>soon"), "the overlay must be escaped")
            let stillServed = try await preview.get(page)
            #expect(stillServed.status == 200 && stillServed.body == good.body, "the last good page stays served")
            #expect(try await preview.get(LiveReload.statusPath).body.contains("\"ok\":false"))
            let later = try EventStreamReader(port: preview.port)
            defer { later.close() }
            #expect(await later.waitFor("\"ok\":false"), "a page opened while broken gets the errors at once")
            #expect(preview.log.contains("error: build failed"))

            try preview.workspace.write(file, original)
            #expect(await events.waitFor("event: reload"), "no reload after the fix; log:\n\(preview.log)")
            #expect(await later.waitFor("event: reload"))
            #expect(try await preview.get(LiveReload.statusPath).body.contains("\"ok\":true"))
        }
    }

    @Test func aStalledClientDoesNotBlockOthers() async throws {
        try await RunningPreview.with { preview in
            // Half a request, never finished, and an event stream nobody reads.
            let stalled = try RawHTTP.connect(port: preview.port)
            defer { close(stalled) }
            _ = Array("GET / HTTP/1.1\r\nHost: 127".utf8).withUnsafeBytes { send(stalled, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            let unread = try RawHTTP.connect(port: preview.port)
            defer { close(unread) }
            _ = Array("GET /_trustsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8).withUnsafeBytes {
                send(unread, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            for _ in 0..<20 { #expect(try await preview.get("/assets/style.css").status == 200) }
        }
    }
}
