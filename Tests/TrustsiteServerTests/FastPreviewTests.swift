import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

@testable import TrustsiteServer

/// A save reaches the page being read first: the watcher wakes on the kernel's report, the open page is rendered and
/// reloaded before the rest of the site, and it reloads once.
@Suite struct FastPreviewTests {
    @Test func aPageURLNamesItsOutputFile() {
        #expect(LiveReload.outputPath("/") == "index.html")
        #expect(LiveReload.outputPath("/privacy/") == "privacy/index.html")
        #expect(LiveReload.outputPath("/privacy/2024-01-01/") == "privacy/2024-01-01/index.html")
        #expect(LiveReload.outputPath("/caf%C3%A9/history/") == "café/history/index.html")
        #expect(LiveReload.outputPath("/privacy/feed.xml") == "privacy/feed.xml")
        #expect(LiveReload.outputPath("/../etc/") == nil)
        #expect(LiveReload.outputPath("privacy/") == nil)
    }

    /// Reads the messages the stream holds now (the hub yields synchronously).
    static func drain(_ stream: AsyncStream<String>, count: Int) async -> [String] {
        var messages: [String] = []
        var iterator = stream.makeAsyncIterator()
        while messages.count < count, let message = await iterator.next() { messages.append(message) }
        return messages
    }

    @Test func theOpenPageReloadsFirstAndOnce() async {
        let hub = ReloadHub()
        let reading = await hub.subscribe(page: "/a/")
        let elsewhere = await hub.subscribe(page: "/b/")
        #expect(await hub.openPages() == ["a/index.html", "b/index.html"])
        let build = await hub.buildStarted()
        await hub.firstPagesWritten(["a/index.html"], build: build)
        // Only the page that was written hears of it, as generation 1.
        #expect(await hub.status.generation == 1)
        await hub.buildSucceeded(warnings: ["w"])
        // The build's end announces the same generation: the page that reloaded early does not reload again.
        #expect(await hub.status.generation == 1)
        let first = await Self.drain(reading, count: 3)
        #expect(first[1].hasPrefix("event: reload\n") && first[1].contains("\"generation\":1"))
        #expect(first[2].hasPrefix("event: reload\n") && first[2].contains("\"generation\":1") && first[2].contains("\"w\""))
        let second = await Self.drain(elsewhere, count: 2)
        #expect(second[0].hasPrefix("retry:") && second[1].contains("\"generation\":1") && second[1].contains("\"w\""))
    }

    @Test func aLateReportOfAnEarlierBuildIsIgnored() async {
        let hub = ReloadHub()
        _ = await hub.subscribe(page: "/a/")
        let old = await hub.buildStarted()
        await hub.buildSucceeded()
        _ = await hub.buildStarted()
        await hub.firstPagesWritten(["a/index.html"], build: old)
        #expect(await hub.status.generation == 1)
    }

    @Test func theScriptSaysWhichPageItIsOn() {
        #expect(LiveReload.script.contains("/_trustsite/events?page=\" + encodeURIComponent(location.pathname)"))
        // A reload message of the generation the page has already is no reason to reload.
        #expect(LiveReload.script.contains("addEventListener(\"reload\", e => status(JSON.parse(e.data)))"))
    }

    #if os(Linux)
        @Test func theWatcherWakesOnTheKernelsReportNotThePoll() async throws {
            let folder = NSTemporaryDirectory() + "trustsite-watch-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.createDirectory(atPath: folder + "/s", withIntermediateDirectories: true)
            // Polling alone would not look again for an hour.
            let watcher = FolderWatcher(roots: [folder], interval: .seconds(3600))
            let seen = Locked<Set<String>>([])
            let task = Task { await watcher.run { changed in seen.update { $0.formUnion(changed) } } }
            defer { task.cancel() }
            try await Task.sleep(for: .milliseconds(200))
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/s/2024-01-01.md"))
            for _ in 0..<200 where seen.value.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
            #expect(seen.value == [folder + "/s/2024-01-01.md"])
        }
    #endif
}
