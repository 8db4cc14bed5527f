import TrustsiteChecks
import TrustsiteModel
import TrustsiteRender

/// What `trustsite check` found: every problem a build would report, with nothing written.
public struct CheckReport: Sendable {
    /// Errors and warnings, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Statements read.
    public var statements: Int
    /// Versions read.
    public var versions: Int
    /// The date of each statement's version in force, by slug: warnings about older versions are folded.
    public var inForce: [String: Day] = [:]

    /// The diagnostics to print: warnings repeated in archived versions folded unless `all`.
    public func digest(all: Bool = false) -> WarningDigest { WarningDigest(diagnostics, inForce: inForce, all: all) }

    /// The number of errors.
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warnings: Int { diagnostics.count - errors }

    /// Whether the check fails: on any error, or with `strict` on any warning too.
    public func failed(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    /// The one summary line the CLI prints, e.g. `Checked 2 statements, 5 versions: 1 error, 2 warnings`.
    public var summary: String { summary(allWarnings: false) }

    /// The summary line; it says how many warnings were folded (`WarningDigest.note`) unless `allWarnings`.
    public func summary(allWarnings: Bool) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let note = digest(all: allWarnings).note
        let found = diagnostics.isEmpty ? "no problems" : "\(count(errors, "error")), \(count(warnings, "warning"))\(note)"
        return "Checked \(count(statements, "statement")), \(count(versions, "version")): \(found)"
    }
}

extension SiteBuilder {
    /// The error of a build of content whose every version is a draft.
    static let onlyDrafts =
        "every version is a draft (draft: true), so there is nothing to publish; remove draft: true from the versions "
        + "to publish, or build with --drafts"

    /// Runs every validation the build runs (`validate`, the build's own first step) and writes nothing; drafts are
    /// checked like any version, so one is ready to publish once `draft: true` is removed.
    public func check() -> CheckReport {
        var timings = Timings()
        var all = self
        all.options.drafts = true
        let inputs = all.validate(&timings)
        return CheckReport(
            diagnostics: inputs.diagnostics.sorted, statements: inputs.model.statements.count,
            versions: inputs.model.statements.reduce(0) { $0 + $1.versions.count }, inForce: inputs.inForce)
    }

    /// Loads and models the content, loads the theme and runs the content checks, collecting every problem;
    /// `prepare` (and so every build) and `check` both go through here. With `cached`, a statement whose files are as
    /// `previous` recorded them is not read: its digest from the last build stands in for it (`SiteInputs.kept`).
    func validate(_ timings: inout Timings, cached: Bool = false, previous: BuildCache? = nil) -> SiteInputs {
        var diagnostics = Diagnostics()
        let loader = ContentLoader(io: io, templates: options.resolvedTemplates(io: io), drafts: options.drafts)
        var (site, folders) = timings.measure("scan") { loader.scan(options.content, into: &diagnostics) }
        if let baseURL = options.baseURL {
            if let problem = BaseURL.problem(baseURL, name: "--base-url") {
                diagnostics.error(SourceLocation(path: "--base-url"), problem)
            } else {
                site.baseURL = BaseURL.normalise(baseURL)
            }
        }
        site.applySearch(options)
        let theme = timings.measure("theme") { Theme.load(folder: options.resolvedTemplates(io: io), io: io, into: &diagnostics) }
        var inputs = SiteInputs(model: SiteModel(config: site, statements: [], asOf: options.asOf), theme: theme)
        var unread = folders
        if cached, let theme {
            timings.measure("cache") {
                let sources = folders.concurrentMap { BuildCache.sources($0, io: io) }
                // The statements a build that succeeds makes: a folder without version files is left out (or fails it).
                let slugs = zip(folders, sources).filter { $0.1.hasVersions }.map(\.0.slug)
                guard let shared = BuildCache.shared(site, theme: theme, slugs: slugs, drafts: options.drafts) else { return }
                inputs.shared = shared
                for (folder, found) in zip(folders, sources) { inputs.sources[folder.slug] = found.stamp }
                (inputs.kept, unread) = BuildCache.split(
                    folders, sources: sources.map(\.stamp), previous: previous, shared: shared, asOf: options.asOf, output: options.output)
            }
        }
        let files = timings.measure("load") { loader.siteFiles(options.content, into: &diagnostics) }
        // Each statement is read, modelled and checked on its own (see StatementRead), in parallel.
        let slugs = Set(folders.map(\.slug)), (asOf, rawHTML, memo, config) = (options.asOf, site.rawHTML, options.memo, site)
        let read = timings.measure("read") {
            unread.concurrentMap {
                StatementRead(
                    $0, loader: loader, asOf: asOf, slugs: slugs, siteFiles: files, rawHTML: rawHTML, memo: memo, site: config)
            }
        }
        var statements: [Statement] = []
        var own: [String: [CrossLink]] = [:]
        let kept = inputs.kept.map(\.digest)
        inputs.targets = Dictionary(kept.map { ($0.slug, $0.target) }) { a, _ in a }
        for result in read {
            diagnostics.append(contentsOf: result.diagnostics)
            if inputs.shared != nil { inputs.ownWarnings[result.slug] = result.diagnostics.all.filter { $0.severity == .warning } }
            guard let statement = result.statement else { continue }
            statements.append(statement)
            own[statement.slug] = result.crossLinks
            inputs.targets[statement.slug] = result.target
        }
        if statements.isEmpty && inputs.kept.isEmpty && !folders.isEmpty && !options.drafts && !diagnostics.hasErrors {
            // Folders without errors gave no statement: each holds drafts only.
            diagnostics.error(SourceLocation(path: options.content), Self.onlyDrafts)
        }
        ContentLoader.requireStatements(statements.count + inputs.kept.count, in: options.content, into: &diagnostics)
        inputs.model = SiteModel(
            config: site, statements: statements.sorted(by: Statement.homeOrder), asOf: options.asOf, files: files)
        var links = Diagnostics()
        timings.measure("checks") {
            let others = Dictionary(kept.map { ($0.slug, $0.crossLinks) }) { a, _ in a }
            let checks = LinkChecks(targets: inputs.targets, siteFiles: files)
            ContentChecks.checkCrossLinks(own.merging(others) { a, _ in a }, checks: checks, into: &links)
        }
        inputs.crossLinks = own
        for entry in inputs.kept { diagnostics.append(contentsOf: entry.digest.warnings) }
        diagnostics.append(contentsOf: links)
        inputs.diagnostics = diagnostics
        return inputs
    }
}
