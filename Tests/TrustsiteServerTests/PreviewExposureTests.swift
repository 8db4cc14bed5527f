import Foundation
import Testing
import TrustsiteServer

/// What the preview exposes: it answers only requests addressed to this machine (so another site's page cannot read
/// drafts through DNS rebinding), and a client that never finishes its request is cut off.
@Suite(.serialized) struct PreviewExposureTests {
    @Test func onlyLoopbackNamesAndItsOwnAddressAreAnswered() async throws {
        try await RunningPreview.with { preview in
            let port = preview.port
            for host in [
                "127.0.0.1:\(port)", "localhost:\(port)", "LocalHost", "localhost.", "127.0.0.1", "127.1.2.3:80", "[::1]:\(port)", "[::1]",
            ] {
                #expect(try await preview.get("/", host: host).status == 200, "Host: \(host)")
            }
            for host in [
                "evil.example", "evil.example:\(port)", "127.evil.example", "127.0.0.1.nip.io", "localhost.evil.example",
                "app.localhost", "10.0.0.1:\(port)", "[::2]:\(port)", "0.0.0.0", "", "127.0.0.1:http", "[::1", "127.0.0.1 evil",
            ] {
                for target in ["/", LiveReload.statusPath, LiveReload.eventsPath, "/statements.json"] {
                    let reply = try await preview.get(target, host: host)
                    #expect(reply.status == 421 || reply.status == 400, "Host: \(host) \(target) gave \(reply.status)")
                    #expect(!reply.body.contains("<html") && !reply.body.contains("\"ok\":"), "Host: \(host) \(target)")
                }
            }
            #expect(try await preview.get("/", noHost: true).status == 421)
            #expect(try await preview.get("/").status == 200)
        }
    }

    @Test(arguments: [
        ("127.0.0.1", true), ("127.255.255.254", true), ("localhost", true), ("LOCALHOST.", true), ("::1", true), ("[::1]", true),
        ("::ffff:127.0.0.1", true), ("127.evil.example", false), ("127.0.0.1.evil.example", false), ("localhost.evil.example", false),
        ("0.0.0.0", false), ("::", false), ("128.0.0.1", false), ("192.168.1.5", false), ("evil.example", false), ("127.", false),
    ])
    func theLoopbackTestReadsAddressesNotPrefixes(_ host: String, _ loopback: Bool) {
        #expect(PreviewServer.isLoopback(host) == loopback)
    }

    @Test func aRequestWhoseHeadNeverEndsIsCutOff() async throws {
        try await RunningPreview.with(idleTimeout: .seconds(1)) { preview in
            let port = preview.port
            let closed = try await RawHTTP.blocking { () -> [Bool] in
                // One half-sent head, one sent a byte at a time (each byte arrives well within the timeout).
                let silent = try RawHTTP.connect(port: port), drip = try RawHTTP.connect(port: port)
                defer { close(silent); close(drip) }
                _ = Array("GET / HTTP/1.1\r\nHost: 127".utf8).withUnsafeBytes {
                    send(silent, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                var sent = 0
                for byte in Array("GET / HTTP/1.1\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100) {
                    guard withUnsafeBytes(of: byte, { send(drip, $0.baseAddress, 1, Int32(MSG_NOSIGNAL)) }) == 1 else { break }
                    sent += 1
                    usleep(200_000)
                }
                var buffer = [UInt8](repeating: 0, count: 64)
                // recv gives 0 when the server closed the connection, -1 when its own 10 s wait ran out.
                let silentEnd = recv(silent, &buffer, buffer.count, 0)
                return [silentEnd == 0, sent < 100]
            }
            #expect(closed == [true, true], "a half-sent request was kept open")
            #expect(try await preview.get("/").status == 200)
        }
    }

    @Test func anOpenEventStreamOutlivesTheIdleTimeout() async throws {
        try await RunningPreview.with(idleTimeout: .seconds(1)) { preview in
            let events = try EventStreamReader(port: preview.port)
            defer { events.close() }
            #expect(await events.waitFor("event: hello"))
            try await Task.sleep(for: .seconds(3))
            let file = try preview.workspace.newestVersion(of: "subprocessors")
            try preview.workspace.edit(file, replacing: "## ", with: "Edited after a quiet while.\n\n## ")
            #expect(await events.waitFor("event: reload"), "the event stream was closed while open; log:\n\(preview.log)")
        }
    }
}
