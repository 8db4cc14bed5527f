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
    public func build() throws -> BuildReport {
        var timings = Timings()
        try OutputGuard.check(output: options.output, content: options.content, templates: options.resolvedTemplates(io: io))
        let (model, theme, warnings) = try prepare(&timings)
        let changes = timings.measure("diffs") { StatementChanges.build(model) }
        let staged = try SiteWriter(output: options.output).begin()
        do {
            // Each statement's pages are written as soon as they are rendered, so memory stays bounded.
            try timings.measure("render+write") {
                let progress = BuildProgress(total: model.statements.count, report: options.progress)
                try SiteRenderer(site: model, theme: theme, changes: changes).render {
                    try staged.write($0)
                    progress.step()
                }
            }
            try timings.measure("publish") { try staged.publish() }
        } catch {
            staged.discard()
            throw error
        }
        return BuildReport(
            statements: model.statements.count, versions: model.statements.reduce(0) { $0 + $1.versions.count },
            pages: staged.filesWritten, warnings: warnings, timings: timings)
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
    /// Warnings found (the build went ahead).
    public var warnings: [Diagnostic]
    /// Time per stage.
    public var timings: Timings

    /// The one summary line the CLI prints.
    public var summary: String {
        let w = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return
            "Built \(statements) statement\(statements == 1 ? "" : "s"), \(versions) version\(versions == 1 ? "" : "s"), \(pages) files in \(timings.totalDescription)\(w)"
    }
}
