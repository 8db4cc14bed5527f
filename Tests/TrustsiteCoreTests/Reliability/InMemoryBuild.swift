import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Everything a build does except writing, on files held in memory: the build's own `validate`, then the version bodies
/// (and, when asked, every page). Fast enough to run thousands of inputs.
enum InMemoryBuild {
    /// What one run produced.
    struct Outcome {
        /// Errors and warnings, sorted.
        var diagnostics: [Diagnostic]
        /// Paths of the version files that became versions.
        var versions: Set<String>
        /// Each version's body HTML.
        var bodies: [String]
        /// Every rendered page (empty unless pages were asked for).
        var pages: [OutputFile]
        /// Whether the site keeps raw HTML, which its author then vouches for.
        var rawHTML = false
    }

    /// Runs `files` (paths under `content/`) through the build's checks, renders the bodies, and with `pages` every page.
    static func run(_ files: [String: [UInt8]], pages: Bool = false) -> Outcome {
        let builder = SiteBuilder(
            options: BuildOptions(content: "content", output: "site", asOf: TempSite.asOf), io: MemoryFiles(bytes: files).io)
        var timings = Timings()
        let inputs = builder.validate(&timings)
        let (model, theme, diagnostics) = (inputs.model, inputs.theme, inputs.diagnostics)
        var outcome = Outcome(diagnostics: diagnostics.sorted, versions: [], bodies: [], pages: [], rawHTML: model.config.rawHTML)
        let renderer = VersionBody(renderer: HTMLRenderer(rawHTML: model.config.rawHTML))
        for statement in model.statements {
            for version in statement.versions {
                outcome.versions.insert(version.source.path)
                outcome.bodies.append(renderer.html(version.document))
            }
        }
        if pages, let theme, !model.statements.isEmpty {
            outcome.pages = SiteRenderer(site: model, theme: theme, changes: StatementChanges.build(model)).render()
        }
        return outcome
    }

    /// Checks the promises every input must keep: each `.md` file became a version or has an error; positions lie
    /// inside their file; unless raw HTML is on, no script or `javascript:` link reaches a body.
    static func expectSafe(
        _ files: [String: [UInt8]], _ outcome: Outcome, _ label: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let errored = Set(outcome.diagnostics.filter { $0.severity == .error }.map(\.location.path))
        for path in files.keys where path.hasSuffix(".md") {
            let folder = (path as NSString).deletingLastPathComponent
            #expect(
                outcome.versions.contains(path) || errored.contains(path) || errored.contains(folder) || errored.contains("content"),
                "\(label): \(path) became neither a page nor an error", sourceLocation: sourceLocation)
        }
        let lineCounts = files.mapValues { $0.reduce(1) { $0 + ($1 == 10 || $1 == 13 ? 1 : 0) } }
        for d in outcome.diagnostics {
            let lines = lineCounts[d.location.path] ?? 1
            #expect(
                d.location.line >= 0 && d.location.line <= lines + 1 && d.location.column >= 0,
                "\(label): position out of the file: \(d)", sourceLocation: sourceLocation)
        }
        for body in outcome.bodies where !outcome.rawHTML {
            let lower = body.lowercased()
            #expect(
                !lower.contains("<script") && !lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"),
                "\(label): unsafe body HTML: \(body.prefix(300))", sourceLocation: sourceLocation)
        }
    }
}
