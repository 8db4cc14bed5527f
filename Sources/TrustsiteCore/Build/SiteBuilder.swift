import Foundation

/// The build pipeline: load → sections → checks → diffs → render and write → publish, each stage timed.
public struct SiteBuilder: Sendable {
    /// What to build.
    public var options: BuildOptions
    /// Where content and templates are read from.
    public var io: FileIO

    /// Creates a builder.
    public init(options: BuildOptions, io: FileIO = .disk) {
        self.options = options
        self.io = io
    }

    /// Loads, validates and models the content and theme without writing anything:
    /// the same checks as `check()` (see `validate`); throws `InputErrors` when any of them is an error.
    public func prepare(_ timings: inout Timings) throws -> (SiteModel, Theme, [Diagnostic]) {
        let (model, theme, diagnostics) = validate(&timings)
        guard !diagnostics.hasErrors, let theme else { throw InputErrors(diagnostics: diagnostics.sorted) }
        return (model, theme, diagnostics.sorted)
    }

    /// Builds and publishes the site; throws `InputErrors` (nothing written) when the input has errors.
    /// Statements whose inputs are unchanged since the last build are taken from the published site (`BuildCache`).
    public func build() throws -> BuildReport {
        var timings = Timings()
        try OutputGuard.check(output: options.output, content: options.content, templates: options.resolvedTemplates(io: io))
        let (model, theme, warnings) = try prepare(&timings)
        let changes = timings.measure("diffs") { StatementChanges.build(model) }
        let writer = SiteWriter(output: options.output)
        let cachePath = BuildCache.path(for: writer)
        let fingerprints = options.useCache ? BuildCache.fingerprints(model, theme: theme) : nil
        let previous = fingerprints == nil ? nil : BuildCache.load(cachePath)
        let staged = try writer.begin()
        let record = CacheRecorder(statements: model.statements.count)
        do {
            // Each statement's pages are written as soon as they are rendered, so memory stays bounded.
            try timings.measure("render+write") {
                let progress = BuildProgress(total: model.statements.count, report: options.progress)
                let reuse = { @Sendable (i: Int) throws -> Bool in
                    let slug = model.statements[i].slug
                    guard let entry = previous?.statements[slug], entry.inputs == fingerprints?[i],
                        BuildCache.stamp(entry.files, in: options.output) == entry.stamp
                    else { return false }
                    try staged.reuse(entry.files)
                    try staged.finish(slug)
                    record.set(i, files: entry.files, reused: true)
                    progress.step()
                    return true
                }
                try SiteRenderer(site: model, theme: theme, changes: changes).render(reusing: reuse) { i, pages in
                    try staged.write(pages)
                    guard let i else { return }
                    // A statement's folder holds only its pages, which are all written now.
                    try staged.finish(model.statements[i].slug)
                    record.set(i, files: pages.map(\.path), reused: false)
                    progress.step()
                }
            }
            try timings.measure("publish") {
                // Gone before the swap, so a cache never describes a site it did not see published.
                if unlink(cachePath) != 0 && errno != ENOENT {
                    throw WriteError(message: "cannot remove the old build cache: \(String(cString: strerror(errno)))", path: cachePath)
                }
                try staged.publish()
                if let fingerprints {
                    try? record.cache(model, fingerprints, output: options.output).save(cachePath)
                }
            }
        } catch {
            staged.discard()
            throw error
        }
        return BuildReport(
            statements: model.statements.count, versions: model.statements.reduce(0) { $0 + $1.versions.count },
            pages: staged.filesWritten, reused: record.reusedCount, warnings: warnings, timings: timings)
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    /// Statements built.
    public var statements: Int
    /// Versions built.
    public var versions: Int
    /// Files written.
    public var pages: Int
    /// Statements whose pages were unchanged inputs, taken from the published site instead of rendered.
    public var reused: Int = 0
    /// Warnings found (the build went ahead).
    public var warnings: [Diagnostic]
    /// Time per stage.
    public var timings: Timings

    /// The one summary line the CLI prints.
    public var summary: String {
        let w = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        let cached = reused == 0 ? "" : " (\(reused) unchanged, from the last build)"
        return
            "Built \(statements) statement\(statements == 1 ? "" : "s")\(cached), \(versions) version\(versions == 1 ? "" : "s"), \(pages) files in \(timings.totalDescription)\(w)"
    }
}
