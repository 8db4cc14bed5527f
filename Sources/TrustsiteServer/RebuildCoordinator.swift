import Dispatch
import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// Runs one build at a time into the preview folder and tells the open pages how it went; a failed build leaves the
/// last good site in place. Each build is `SiteBuilder.build(into: .inPlace)`, the pipeline `trustsite build` runs: its
/// cache finds what a change touched (nothing, some statements, or the theme and site settings), so only that is read
/// and rendered again, and only files whose bytes changed are written.
public actor RebuildCoordinator {
    /// Builds into the preview folder.
    public let builder: SiteBuilder
    /// Where build results go.
    public let hub: ReloadHub
    private let log: @Sendable (String) -> Void
    private let logError: @Sendable (String) -> Void
    private let allWarnings: Bool
    private var succeeded = false
    private var dirty = true
    private var building = false
    private var queued = false
    private var lastSucceeded = false
    private var stopped = false

    /// Creates a coordinator; `log` gets one line per build, `logError` the warnings of a good build (those repeated in
    /// archived versions folded, unless `allWarnings`) and the diagnostics of a failed one.
    public init(
        builder: SiteBuilder, hub: ReloadHub, log: @escaping @Sendable (String) -> Void,
        logError: @escaping @Sendable (String) -> Void, allWarnings: Bool = false
    ) {
        self.allWarnings = allWarnings
        self.builder = builder
        self.hub = hub
        self.log = log
        self.logError = logError
    }

    /// Whether a good build exists.
    public var hasSite: Bool { succeeded }

    /// Builds the whole site; returns whether it succeeded.
    @discardableResult
    public func buildAll() async -> Bool {
        dirty = true
        await drain()
        return lastSucceeded
    }

    /// Rebuilds for changed paths (files or folders under the content or templates folder).
    public func filesChanged(_ paths: Set<String>) async {
        if !paths.isEmpty { dirty = true }
        await drain()
    }

    /// Builds until no change is left waiting; a call during a build only queues its changes for the running loop.
    private func drain() async {
        queued = true
        guard !building, !stopped else { return }
        building = true
        defer { building = false }
        while queued {
            queued = false
            guard dirty else { break }
            dirty = false
            // The pages open in the browser are rendered first and reload as soon as they are written.
            var builder = builder
            let (hub, build) = (hub, await hub.buildStarted())
            builder.options.firstPages = await hub.openPages()
            let (started, first) = (ContinuousClock.now, FirstPagesTime())
            builder.options.firstWritten = { paths in
                first.set(ContinuousClock.now - started)
                Task { await hub.firstPagesWritten(Set(paths), build: build) }
            }
            let done: Result<BuildReport, any Error>? = await BlockingWork.run { [builder] in Result { try builder.build(into: .inPlace) } }
            // Cancelled (shutting down): the build is left to finish on its own and no other may start.
            guard let outcome = done else {
                stopped = true
                return
            }
            lastSucceeded = (try? outcome.get()) != nil
            switch outcome {
            case .success(let r):
                let everything = r.reused == 0 && r.statements > 1
                let what = !succeeded ? "Built site" : everything ? "Rebuilt site" : "Rebuilt " + Self.list(r.rendered)
                succeeded = true
                let warnings = r.warningDigest(all: allWarnings)
                warnings.lines.map(\.description).forEach(logError)
                log(
                    "\(what) in \(r.timings.totalDescription)\(first.description) (\(r.timings.breakdown)): \(r.pages) written, \(r.removed) removed\(warnings.summary)"
                )
                await hub.buildSucceeded(warnings: warnings.lines.map(\.description))
            case .failure(let error):
                // Tried again with the next change: the cache still describes the last good build.
                // Errors only: a big site's warnings would bury them; the overlay shows the same lines.
                let diagnostics = (error as? InputErrors)?.diagnostics ?? []
                // `path: error: …`, as every error reads (not Foundation's own text).
                let other = "\(WriteError(error, path: builder.options.output))"
                let errors = diagnostics.isEmpty ? [other] : diagnostics.filter { $0.severity == .error }.map(\.description)
                errors.forEach(logError)
                logError(
                    "error: build failed\(Self.count(diagnostics.filter { $0.severity == .warning }))\(succeeded ? "; still serving the last good build" : "")"
                )
                await hub.buildFailed(errors: errors)
            }
        }
    }

    /// "privacy, terms", or "nothing (no page changed)".
    static func list(_ slugs: [String]) -> String { slugs.isEmpty ? "nothing (no page changed)" : slugs.joined(separator: ", ") }

    /// ", 3 warnings", or nothing.
    static func count(_ warnings: [Diagnostic]) -> String {
        warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
    }
}

/// When a build wrote the pages open in the browser, for its log line.
final class FirstPagesTime: @unchecked Sendable {
    private let lock = NSLock()
    private var elapsed: Duration?

    /// Records the time since the build began.
    func set(_ time: Duration) { lock.withLock { elapsed = time } }

    /// ", open pages reloaded after 0.21 s", or nothing.
    var description: String {
        guard let elapsed = lock.withLock({ elapsed }) else { return "" }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ", open pages reloaded after \(String(format: "%.2f", seconds)) s"
    }
}
