import Foundation

/// What every open page follows: the generation of the good build being served and the errors of a failed one.
public struct BuildStatus: Sendable, Codable, Equatable {
    /// Counts good builds; a page from an older generation reloads.
    public var generation: Int
    /// False while the newest build failed (the last good one is still served).
    public var ok: Bool
    /// The errors, one `path:line:col: error: …` line each.
    public var errors: [String]
    /// The overlay's inner HTML, escaped.
    public var html: String
    /// The warnings of the good build being served, one line each (as the terminal shows them).
    public var warnings: [String] = []
    /// The dismissible warnings notice's inner HTML, escaped; empty when there are no warnings.
    public var notice = ""
}

/// Fans build events out to every open page over Server-Sent Events.
public actor ReloadHub {
    /// The current status.
    public private(set) var status = BuildStatus(generation: 0, ok: true, errors: [], html: "")
    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    /// The page each subscriber shows, as an output path (`privacy/index.html`), when it said.
    private var pages: [Int: String] = [:]
    /// The build running, and the generation its first pages were sent as (then the build's end keeps it).
    private var running = 0
    private var early: Int?
    private var nextID = 0
    private var closed = false

    /// Creates a hub with no build yet.
    public init() {}

    /// Open event streams.
    public var subscriberCount: Int { subscribers.count }

    /// SSE messages for one page, starting with `hello` and the current status; ends when the hub closes.
    public func subscribe(page: String? = nil) -> AsyncStream<String> {
        // A page that stops reading loses old messages instead of growing the buffer.
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        continuation.yield("retry: 1000\n" + Self.message("hello", status))
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        subscribers[id] = continuation
        pages[id] = page.flatMap(LiveReload.outputPath)
        return stream
    }

    /// A good build is being served: every page reloads, then shows its `warnings` in a notice it can dismiss.
    public func buildSucceeded(warnings: [String] = []) {
        let generation = early ?? status.generation + 1
        early = nil
        running += 1
        status = BuildStatus(
            generation: generation, ok: true, errors: [], html: "", warnings: warnings,
            notice: LiveReload.noticeHTML(warnings))
        broadcast(Self.message("reload", status))
    }

    /// A build failed: every page shows the errors over the last good build.
    public func buildFailed(errors: [String]) {
        (early, running) = (nil, running + 1)
        status = BuildStatus(
            generation: status.generation, ok: false, errors: errors, html: LiveReload.overlayHTML(errors, hasSite: status.generation > 0))
        broadcast(Self.message("errors", status))
    }

    /// A comment line that keeps idle connections alive and finds the closed ones.
    public func ping() { broadcast(": ping\n\n") }

    /// Ends every stream, for shutdown; later subscribers get an empty stream.
    public func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    private func remove(_ id: Int) { (subscribers[id], pages[id]) = (nil, nil) }

    /// The pages open in the browser, as output paths.
    public func openPages() -> Set<String> { Set(pages.values) }

    /// A build begins; returns its number, for `firstPagesWritten`.
    public func buildStarted() -> Int {
        running += 1
        early = nil
        return running
    }

    /// Build `build` has written the open pages `paths` before the rest of the site: the pages showing them reload now
    /// (as the generation the build's end will announce, so they do not reload twice).
    public func firstPagesWritten(_ paths: Set<String>, build: Int) {
        guard build == running, early == nil else { return }
        let generation = status.generation + 1
        early = generation
        status.generation = generation
        status.ok = true
        let message = Self.message("reload", status)
        for (id, continuation) in subscribers where pages[id].map(paths.contains) == true { continuation.yield(message) }
    }

    private func broadcast(_ message: String) {
        for continuation in subscribers.values { continuation.yield(message) }
    }

    /// One SSE message whose data is the status as JSON (one line: JSON escapes newlines).
    static func message(_ event: String, _ status: BuildStatus) -> String {
        "event: \(event)\ndata: \(json(status))\n\n"
    }

    /// The status as one line of JSON.
    static func json(_ status: BuildStatus) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(status)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
