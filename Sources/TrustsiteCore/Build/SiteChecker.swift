/// What `trustsite check` found: every problem a build would report, with nothing written.
public struct CheckReport: Sendable {
    /// Errors and warnings, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Statements read.
    public var statements: Int
    /// Versions read.
    public var versions: Int

    /// The number of errors.
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warnings: Int { diagnostics.count - errors }

    /// Whether the check fails: on any error, or with `strict` on any warning too.
    public func failed(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    /// The one summary line the CLI prints, e.g. `Checked 2 statements, 5 versions: 1 error, 2 warnings`.
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let found = diagnostics.isEmpty ? "no problems" : "\(count(errors, "error")), \(count(warnings, "warning"))"
        return "Checked \(count(statements, "statement")), \(count(versions, "version")): \(found)"
    }
}

extension SiteBuilder {
    /// Runs every validation the build runs (`validate`, the build's own first step) and writes nothing.
    public func check() -> CheckReport {
        var timings = Timings()
        let (model, _, diagnostics) = validate(&timings)
        return CheckReport(
            diagnostics: diagnostics.sorted, statements: model.statements.count,
            versions: model.statements.reduce(0) { $0 + $1.versions.count })
    }

    /// Loads and models the content, loads the theme and runs the content checks, collecting every problem;
    /// `prepare` (and so every build) and `check` both go through here.
    func validate(_ timings: inout Timings) -> (model: SiteModel, theme: Theme?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let content = timings.measure("load") { ContentLoader(io: io).load(options.content, into: &diagnostics) }
        var model = timings.measure("sections") { SiteModelBuilder.build(content, asOf: options.asOf, into: &diagnostics) }
        if let baseURL = options.baseURL {
            if let problem = BaseURL.problem(baseURL, name: "--base-url") {
                diagnostics.error(SourceLocation(path: "--base-url"), problem)
            } else {
                model.config.baseURL = BaseURL.normalise(baseURL)
            }
        }
        let theme = timings.measure("theme") { Theme.load(folder: options.resolvedTemplates(io: io), io: io, into: &diagnostics) }
        timings.measure("checks") { ContentChecks.run(model, into: &diagnostics) }
        return (model, theme, diagnostics)
    }
}
