import Foundation

/// What an in-place build keeps so the next rebuild redoes only what a change needs.
public struct SiteSnapshot: Sendable {
    /// The last good model.
    public internal(set) var model: SiteModel
    /// Each statement's lineage and diffs, parallel to `model.statements`.
    public internal(set) var changes: [StatementChanges]
    /// The theme the pages were rendered with.
    public internal(set) var theme: Theme
    /// The warnings of the last good build, sorted.
    public internal(set) var warnings: [Diagnostic]
    /// What links may name in each statement, by slug, and each statement's links into the others: a rebuild checks
    /// every statement's links again against the statements that changed.
    var targets: [String: LinkTarget]
    var crossLinks: [String: [CrossLink]]
    /// The warnings but those of links into other statements.
    var ownWarnings: [Diagnostic]
    /// Every file in the output folder by relative path, with a fingerprint of its bytes.
    var files: [String: Fingerprint]
}

/// What an in-place build did.
public struct IncrementalBuildResult: Sendable {
    /// Counts, warnings and stage times; `pages` counts the files written.
    public var report: BuildReport
    /// The state to pass to the next rebuild.
    public var snapshot: SiteSnapshot
    /// Slugs whose statement pages were rendered again.
    public var rendered: [String]
    /// Output paths written because their bytes changed.
    public var written: [String]
    /// Output paths deleted because their page is gone.
    public var removed: [String]
}

/// Length and hash of a file's bytes: enough to tell whether a page must be written again. `Hasher` is seeded per
/// process, which is fine: a snapshot never outlives the process that made it.
struct Fingerprint: Hashable, Sendable {
    let count: Int
    let hash: Int

    init(_ bytes: [UInt8]) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        (count, hash) = (bytes.count, hasher.finalize())
    }
}

extension SiteBuilder {
    /// Builds the whole site into `options.output` in place, writing only files whose bytes differ from `previous`
    /// and deleting files of pages that are gone; throws `InputErrors` (nothing written) when the input has errors.
    public func buildInPlace(previous: SiteSnapshot? = nil) throws -> IncrementalBuildResult {
        var timings = Timings()
        try OutputGuard.check(output: options.output, content: options.content, templates: options.resolvedTemplates(io: io))
        let inputs = try validInputs(&timings)
        let (model, theme) = (inputs.model, inputs.theme!)
        let changes = timings.measure("diffs") { StatementChanges.build(model) }
        let pages = timings.measure("render") {
            Self.render(model, changes, theme, targets: inputs.targets, statements: Array(model.statements.indices))
        }
        let own = inputs.diagnostics.all.filter { !inputs.linkWarnings.all.contains($0) }
        let snapshot = SiteSnapshot(
            model: model, changes: changes, theme: theme, warnings: inputs.diagnostics.sorted, targets: inputs.targets,
            crossLinks: inputs.crossLinks, ownWarnings: own, files: [:])
        return try finish(snapshot, pages: pages, kept: [:], previous: previous?.files, rendered: model.statements.map(\.slug), &timings)
    }

    /// Re-loads, re-models and re-renders only the statements in `changedSlugs` (folders of the content folder whose
    /// files changed) plus the site-wide pages; every other statement keeps its model, diffs and files from `previous`.
    /// A statement added or removed changes links across statements, so that becomes a full build.
    public func rebuild(previous: SiteSnapshot, changedSlugs: Set<String>) throws -> IncrementalBuildResult {
        let content = options.content
        // Mirrors ContentLoader.load's choice of statement folders.
        let isStatement = { (slug: String) in
            !slug.hasPrefix(".") && !slug.hasPrefix("_") && slug != "templates" && slug != ContentLoader.filesFolder
                && io.kind(joinPath(content, slug)) == .folder
        }
        let known = Set(previous.model.statements.map(\.slug))
        // A statement added or removed, or a site-wide file changed (content/files/), rebuilds everything.
        guard changedSlugs.allSatisfy({ isStatement($0) == known.contains($0) }), !changedSlugs.contains(ContentLoader.filesFolder)
        else { return try buildInPlace(previous: previous) }
        let slugs = changedSlugs.filter(known.contains).sorted()
        var timings = Timings()
        var diagnostics = Diagnostics()
        let sources = timings.measure("load") {
            slugs.compactMap { ContentLoader(io: io).loadStatement(slug: $0, path: joinPath(content, $0), &diagnostics) }
        }
        let asOf = previous.model.asOf
        let statements = timings.measure("sections") {
            sources.concurrentMap { source -> (Statement, Diagnostics) in
                var local = Diagnostics()
                return (SiteModelBuilder.statement(source, asOf: asOf, &local), local)
            }
        }
        statements.forEach { diagnostics.append(contentsOf: $0.1) }
        var pairs = zip(previous.model.statements, previous.changes).filter { !changedSlugs.contains($0.0.slug) }
        let unchanged = { (slug: String) in !changedSlugs.contains(slug) }
        var links = Diagnostics()
        let (targets, crossLinks) = timings.measure("checks") { () -> ([String: LinkTarget], [String: [CrossLink]]) in
            let read = SiteModel(
                config: previous.model.config, statements: statements.map(\.0), asOf: asOf, files: previous.model.files)
            let targets = ContentChecks.targets(read, previous.targets.filter { unchanged($0.key) }.map(\.value))
            // The links of the other statements are checked again too: one that changed may have renamed their target.
            let others = previous.crossLinks.filter { unchanged($0.key) }
            let found = ContentChecks.run(read, targets: targets, otherLinks: others, into: &diagnostics, links: &links)
            return (targets, others.merging(found) { _, new in new })
        }
        // Other statements keep the rest of the warnings of their last check.
        let folders = slugs.map { joinPath(content, $0) }
        for w in previous.ownWarnings where !folders.contains(where: { w.location.path == $0 || w.location.path.hasPrefix($0 + "/") }) {
            diagnostics.warning(w.location, w.message)
        }
        let own = diagnostics.all
        diagnostics.append(contentsOf: links)
        guard !diagnostics.hasErrors, sources.count == slugs.count else { throw InputErrors(diagnostics: diagnostics.sorted) }
        pairs += timings.measure("diffs") { statements.map(\.0).concurrentMap { ($0, StatementChanges($0)) } }
        pairs.sort { Statement.homeOrder($0.0, $1.0) }
        var model = previous.model
        model.statements = pairs.map(\.0)
        let changes = pairs.map(\.1)
        let redo = model.statements.indices.filter { changedSlugs.contains(model.statements[$0].slug) }
        let pages = timings.measure("render") { Self.render(model, changes, previous.theme, targets: targets, statements: redo) }
        // Files of unchanged statements stay; everything else is rendered again or, if not, deleted.
        let keep = known.subtracting(changedSlugs)
        let kept = previous.files.filter { keep.contains(String($0.key.prefix { $0 != "/" })) }
        let snapshot = SiteSnapshot(
            model: model, changes: changes, theme: previous.theme, warnings: diagnostics.sorted, targets: targets,
            crossLinks: crossLinks, ownWarnings: own, files: [:])
        return try finish(snapshot, pages: pages, kept: kept, previous: previous.files, rendered: slugs, &timings)
    }

    /// The pages of the statements at `indices` plus every site-wide page and asset, as SiteRenderer.render() makes them;
    /// `targets` are the statements' link targets, made by the checks already.
    static func render(
        _ site: SiteModel, _ changes: [StatementChanges], _ theme: Theme, targets: [String: LinkTarget], statements indices: [Int]
    ) -> [Page] {
        let digests = Array(zip(site.statements, changes)).concurrentMap {
            StatementDigest($0, $1, target: targets[$0.slug], site: site.config)
        }
        let renderer = SiteRenderer(site: site, theme: theme, changes: changes, digests: digests)
        var jobs: [@Sendable () -> [Page]] = indices.map { i in { renderer.statementPages(i) } }
        jobs.append { renderer.siteWidePages() }
        return jobs.concurrentMap { $0() }.flatMap { $0 }
    }

    /// Writes the pages whose bytes changed (each atomically, so a reader never sees half a file) and deletes the files
    /// that neither `pages` nor `kept` still have; with no `previous`, every page is written.
    func finish(
        _ snapshot: SiteSnapshot, pages: [Page], kept: [String: Fingerprint], previous: [String: Fingerprint]?,
        rendered: [String], _ timings: inout Timings
    ) throws -> IncrementalBuildResult {
        var snapshot = snapshot
        let root = options.output
        let (written, removed) = try timings.measure("write") { () throws -> ([String], [String]) in
            let prints = pages.concurrentMap { Fingerprint($0.bytes) }
            var files = kept
            var changed: [Page] = []
            for (page, print) in zip(pages, prints) {
                files[page.path] = print
                if previous?[page.path] != print { changed.append(page) }
            }
            let failures = changed.chunked(into: 32).concurrentMap { chunk -> WriteError? in
                for page in chunk {
                    do { try Self.replace(joinPath(root, page.path), with: page.bytes) } catch { return WriteError(error, path: root) }
                }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            let gone = (previous?.keys.filter { files[$0] == nil } ?? []).sorted()
            for path in gone { try? FileManager.default.removeItem(atPath: joinPath(root, path)) }
            for folder in Set(gone.map(parentPath)).sorted(by: >) { Self.pruneEmpty(folder, in: root) }
            snapshot.files = files
            return (changed.map(\.path), gone)
        }
        let versions = snapshot.model.statements.reduce(0) { $0 + $1.versions.count }
        let report = BuildReport(
            statements: snapshot.model.statements.count, versions: versions, pages: written.count,
            warnings: snapshot.warnings, timings: timings, inForce: LinkTarget.inForce(snapshot.targets))
        return IncrementalBuildResult(report: report, snapshot: snapshot, rendered: rendered, written: written, removed: removed)
    }

    /// Writes `bytes` to `path` under a temporary name and renames it into place, so a reader never sees half a file;
    /// errors are `WriteError`s naming the path and the system's reason.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        try PosixFile.makeFolder(parentPath(path))
        let temporary = parentPath(path) + "/.trustsite-writing-" + UUID().uuidString
        defer { unlink(temporary) }
        do {
            try PosixFile.write(bytes, to: temporary)
        } catch let error as WriteError {
            throw WriteError(message: error.message, path: path)
        }
        guard rename(temporary, path) == 0 else {
            throw WriteError(message: "cannot write the file: \(String(cString: strerror(errno)))", path: path)
        }
    }

    /// Removes `folder` and its parents below `root` while they are empty.
    static func pruneEmpty(_ folder: String, in root: String) {
        var folder = folder
        while !folder.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: joinPath(root, folder)))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: joinPath(root, folder))
            // Not NSString's deletingLastPathComponent, which traps on a one-character path such as a slug "c".
            folder = parentPath(folder)
        }
    }
}
