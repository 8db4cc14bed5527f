import Foundation
import Testing
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender
import TrustsiteServer

/// A preview server on an ephemeral port over a workspace's content, for one test.
final class RunningPreview: @unchecked Sendable {
    let workspace: TempSite
    let ready: PreviewReady
    let port: Int
    private let task: Task<Void, any Error>
    private let lines: Lines

    private init(workspace: TempSite, ready: PreviewReady, task: Task<Void, any Error>, lines: Lines) {
        (self.workspace, self.ready, self.task, self.lines) = (workspace, ready, task, lines)
        port = Int(ready.url.split(separator: ":").last!.dropLast())!
    }

    /// Starts a server and waits until it listens; `idleTimeout` is how long it lets a connection stay silent.
    static func start(_ workspace: TempSite, idleTimeout: Duration = .seconds(30)) async throws -> RunningPreview {
        let lines = Lines()
        let options = PreviewOptions(
            content: workspace.content, host: "127.0.0.1", port: 0, asOf: Day("2025-06-01")!,
            pollInterval: .milliseconds(100), idleTimeout: idleTimeout)
        let server = PreviewServer(options: options, log: { lines.add($0) }, logError: { lines.add($0) })
        let (stream, continuation) = AsyncStream<PreviewReady>.makeStream()
        let task = Task {
            defer { continuation.finish() }
            try await server.run(handleSignals: false) { continuation.yield($0) }
        }
        guard let ready = await stream.first(where: { _ in true }) else {
            throw ClientError(message: "the server did not start: \(String(describing: try? await task.value))")
        }
        return RunningPreview(workspace: workspace, ready: ready, task: task, lines: lines)
    }

    /// Runs `body` against a fresh server, then stops it and checks the preview folder is gone.
    static func with(idleTimeout: Duration = .seconds(30), _ body: (RunningPreview) async throws -> Void) async throws {
        let preview = try await start(try TempSite.example(), idleTimeout: idleTimeout)
        do { try await body(preview) } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
        #expect(!FileManager.default.fileExists(atPath: preview.ready.folder), "the preview folder outlived the server")
    }

    /// Shuts the server down as Ctrl-C would and waits for it to finish.
    func stop() async {
        await ready.stop()
        _ = await task.result
    }

    /// `GET` (or another method) a raw target; `host` is the `Host` header (`127.0.0.1:port` when nil), left out with `noHost`.
    func get(
        _ target: String, method: String = "GET", host: String? = nil, noHost: Bool = false, headers: [String: String] = [:]
    ) async throws -> HTTPReply {
        try await RawHTTP.request(port: port, target, method: method, host: host, noHost: noHost, headers: headers)
    }

    /// What the server printed.
    var log: String { lines.text }

    /// Lines collected from the server's log callbacks.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String] = []
        func add(_ line: String) { lock.withLock { all.append(line) } }
        var text: String { lock.withLock { all.joined(separator: "\n") } }
    }
}
