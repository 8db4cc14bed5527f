import Dispatch
import Foundation
import TrustsiteCore

/// Runs one build at a time into the preview folder, redoing only the statements a change touched, and tells the
/// open pages how it went; a failed build leaves the last good site in place.
public actor RebuildCoordinator {
    /// Builds into the preview folder.
    public let builder: SiteBuilder
    /// Where build results go.
    public let hub: ReloadHub
    private let log: @Sendable (String) -> Void
    private let logError: @Sendable (String) -> Void
    private let allWarnings: Bool
    private var snapshot: SiteSnapshot?
    // Changes not yet in a good build: a failed build's changes are tried again with the next ones.
    private var dirtySlugs = Set<String>()
    private var dirtyAll = true
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
    public var hasSite: Bool { snapshot != nil }

    /// Builds the whole site; returns whether it succeeded.
    @discardableResult
    public func buildAll() async -> Bool {
        dirtyAll = true
        await drain()
        return lastSucceeded
    }

    /// Rebuilds for changed paths (files or folders under the content or templates folder).
    public func filesChanged(_ paths: Set<String>) async {
        for path in paths {
            if let slug = statementSlug(path) { dirtySlugs.insert(slug) } else { dirtyAll = true }
        }
        await drain()
    }

    /// The statement a path belongs to, or nil when the change needs a full build (site.yml, templates, the folder itself).
    func statementSlug(_ path: String) -> String? {
        let root = builder.options.content.hasSuffix("/") ? String(builder.options.content.dropLast()) : builder.options.content
        guard path.hasPrefix(root + "/") else { return nil }
        let parts = path.dropFirst(root.count + 1).split(separator: "/", omittingEmptySubsequences: true)
        // A templates folder kept inside the content folder is not a statement.
        guard let first = parts.first.map(String.init), first != "templates" else { return nil }
        if parts.count > 1 { return first }
        // A top-level entry is a statement when it is (or was) a folder; files there, like site.yml, affect everything.
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return isFolder.boolValue || (!exists && snapshot?.model.statements.contains { $0.slug == first } == true) ? first : nil
    }

    /// Builds until no change is left waiting; a call during a build only queues its changes for the running loop.
    private func drain() async {
        queued = true
        guard !building, !stopped else { return }
        building = true
        defer { building = false }
        while queued {
            queued = false
            guard dirtyAll || !dirtySlugs.isEmpty else { break }
            let (all, slugs, previous, builder) = (dirtyAll || snapshot == nil, dirtySlugs, snapshot, builder)
            (dirtyAll, dirtySlugs) = (false, [])
            let done: Result<IncrementalBuildResult, any Error>? = await BlockingWork.run {
                Result {
                    guard let previous, !all else { return try builder.buildInPlace(previous: previous) }
                    return try builder.rebuild(previous: previous, changedSlugs: slugs)
                }
            }
            // Cancelled (shutting down): the build is left to finish on its own and no other may start.
            guard let outcome = done else {
                stopped = true
                return
            }
            lastSucceeded = (try? outcome.get()) != nil
            switch outcome {
            case .success(let result):
                snapshot = result.snapshot
                let what = previous == nil ? "Built site" : all ? "Rebuilt site" : "Rebuilt " + result.rendered.joined(separator: ", ")
                let r = result.report
                let warnings = r.warningDigest(all: allWarnings)
                warnings.lines.map(\.description).forEach(logError)
                log(
                    "\(what) in \(r.timings.totalDescription) (\(r.timings.breakdown)): \(r.pages) written, \(result.removed.count) removed\(warnings.summary)"
                )
                await hub.buildSucceeded(warnings: warnings.lines.map(\.description))
            case .failure(let error):
                (dirtyAll, dirtySlugs) = (dirtyAll || all, dirtySlugs.union(slugs))
                // Errors only: a big site's warnings would bury them; the overlay shows the same lines.
                let diagnostics = (error as? InputErrors)?.diagnostics ?? []
                // `path: error: …`, as every error reads (not Foundation's own text).
                let other = "\(WriteError(error, path: builder.options.output))"
                let errors = diagnostics.isEmpty ? [other] : diagnostics.filter { $0.severity == .error }.map(\.description)
                errors.forEach(logError)
                logError(
                    "error: build failed\(Self.count(diagnostics.filter { $0.severity == .warning }))\(snapshot == nil ? "" : "; still serving the last good build")"
                )
                await hub.buildFailed(errors: errors)
            }
        }
    }

    /// ", 3 warnings", or nothing.
    static func count(_ warnings: [Diagnostic]) -> String {
        warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
    }
}
