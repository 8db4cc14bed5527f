import Foundation
import TrustsiteModel
import TrustsiteRender

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
        let inputs = try validInputs(&timings)
        return (inputs.model, inputs.theme!, inputs.diagnostics.sorted)
    }

    /// `validate`'s inputs, or `InputErrors` when there is an error among them (then the theme is there too).
    func validInputs(_ timings: inout Timings) throws -> SiteInputs {
        let inputs = validate(&timings)
        guard !inputs.diagnostics.hasErrors, inputs.theme != nil else { throw InputErrors(diagnostics: inputs.diagnostics.sorted) }
        return inputs
    }

    /// Builds and publishes the site into `destination` (`trustsite build`: staged; `trustsite serve`: in place);
    /// throws `InputErrors` (nothing written) when the input has errors.
    /// Statements unchanged since the last build are taken from the published site (`BuildCache`): not read at all
    /// when their files are untouched, not rendered when their content is the same. So a rebuild after an edit reads
    /// and renders only what the edit changed: one statement, or everything when the theme or site settings changed.
    /// Refuses an output folder it would destroy (`OutputGuard`, `OutputFolder`) and one another build is writing
    /// (`OutputLock`); every error that is not about the input is a `WriteError` (`path: error: …`).
    @discardableResult
    public func build(into destination: BuildDestination = .staged) throws -> BuildReport {
        do {
            return try buildLocked(destination)
        } catch let error as InputErrors {
            throw error
        } catch {
            throw WriteError(error, path: options.output)
        }
    }

    private func buildLocked(_ destination: BuildDestination) throws -> BuildReport {
        var timings = Timings()
        try OutputGuard.check(output: options.output, content: options.content, templates: options.resolvedTemplates(io: io))
        // A link stays a link: the site goes into the folder it leads to.
        let output = try OutputFolder.resolve(options.output)
        let staging = StagingFolder(output: output)
        let cachePath = BuildCache.path(for: staging)
        try OutputFolder.checkTakeover(output, output: options.output, cache: cachePath)
        let lock = try OutputLock.acquire(staging, output: options.output)
        defer { withExtendedLifetime(lock) {} }
        let previous = options.useCache ? BuildCache.load(cachePath) : nil
        var inputs = validate(&timings, cached: options.useCache, previous: previous)
        guard !inputs.diagnostics.hasErrors, let theme = inputs.theme else { throw InputErrors(diagnostics: inputs.diagnostics.sorted) }
        // By slug; only statements read this time have one (the others were not read).
        let fingerprints = inputs.shared.map { shared in
            Dictionary(inputs.model.statements.map { ($0.slug, BuildCache.fingerprint($0, shared: shared, asOf: inputs.model.asOf)) }) {
                a, _ in a
            }
        }
        // Before anything is written: a build with search fails at once when Pagefind is missing.
        let pagefind = inputs.model.config.search ? try Pagefind.locate(path: options.searchToolPath) : nil
        let site: any SiteOutput = destination == .staged ? try staging.begin() : try PreviewSite(root: output)
        let record = CacheRecorder()
        do {
            let digests = try render(
                inputs, theme: theme, fingerprints: fingerprints, previous: previous, output: output, into: site, record,
                &timings)
            let search = try pagefind.map { pagefind in
                try timings.measure("search") {
                    try SearchIndex(pagefind: pagefind).build(digests, archive: inputs.model.config.searchArchive, into: site)
                }
            }
            // Nothing reads the parse again: the cache is made from the digests, in the memory the parse held.
            inputs.model.statements = []
            try timings.measure("publish") {
                // Gone before the swap, so a cache never describes a site it did not see published.
                if unlink(cachePath) != 0 && errno != ENOENT {
                    throw WriteError(message: "cannot remove the old build cache: \(String(cString: strerror(errno)))", path: cachePath)
                }
                try site.publish()
                if let shared = inputs.shared, let fingerprints {
                    let cache = record.cache(
                        shared: shared, digests: digests, inputs: inputs, fingerprints: fingerprints, previous: previous,
                        output: output)
                    try? cache.save(cachePath)
                }
            }
            return BuildReport(
                statements: digests.count, versions: digests.reduce(0) { $0 + $1.versions.count }, pages: site.filesWritten,
                reused: record.reusedCount, rendered: record.renderedSlugs, removed: site.filesRemoved, warnings: inputs.diagnostics.sorted,
                timings: timings, inForce: inputs.inForce,
                notices: inputs.model.config.baseURL.isEmpty ? [Self.noBaseURL] : [], search: search)
        } catch {
            site.discard()
            throw error
        }
    }
}

extension SiteBuilder {
    /// The notice of a build without a base URL.
    static let noBaseURL =
        "base_url is not set (in site.yml, or --base-url): sitemap.xml and its link are left out until it is, "
        + "as search engines reject relative sitemap URLs"
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
    /// The statements rendered, by slug (the others were taken from the published site).
    public var rendered: [String] = []
    /// Files deleted because their page is gone (counted only when building in place).
    public var removed: Int = 0
    /// Warnings found (the build went ahead).
    public var warnings: [Diagnostic]
    /// Time per stage.
    public var timings: Timings
    /// The date of each statement's version in force, by slug: warnings about older versions are folded.
    public var inForce: [String: Day] = [:]
    /// Warnings about the site as a whole, printed once as `warning: …` (not about a file, so not in `warnings`).
    public var notices: [String] = []
    /// What the search index holds, when the site was built with search.
    public var search: SearchReport? = nil

    /// The warnings to print: those repeated in archived versions folded unless `all`.
    public func warningDigest(all: Bool = false) -> WarningDigest { WarningDigest(warnings, inForce: inForce, all: all) }

    /// The one summary line the CLI prints.
    public var summary: String { summary(allWarnings: false) }

    /// The one summary line the CLI prints; it says how many warnings were folded unless `allWarnings`.
    public func summary(allWarnings: Bool) -> String {
        let w = warningDigest(all: allWarnings).summary
        let cached = reused == 0 ? "" : " (\(reused) unchanged, from the last build)"
        return
            "Built \(statements) statement\(statements == 1 ? "" : "s")\(cached), \(versions) version\(versions == 1 ? "" : "s"), \(pages) files\(search?.summary ?? "") in \(timings.totalDescription)\(w)"
    }
}
