import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Every version of the three real corpora (`../shared/corpus`, when present): every word of the source's visible text
/// appears on its version page, in order, and the page adds none, against a reference rendering by GitHub's
/// `cmark-gfm` (tables as GFM reads them: cells are inline content only). See `ReferenceText` for what is visible.
@Suite("Real corpora: every word on its version page")
struct CorpusFidelityTests {
    /// What checking one statement found.
    struct Tally: Sendable {
        var versions = 0
        var words = 0
        var problems: [String] = []
    }

    /// Renders each version page of the statement in `path` as a build does (`StatementPages`) and compares its words
    /// with the reference rendering of the version file.
    static func check(slug: String, path: String, theme: Theme) -> Tally {
        var tally = Tally()
        var diagnostics = Diagnostics()
        guard let source = ContentLoader().loadStatement(slug: slug, path: path, &diagnostics), let last = source.versions.last else {
            return Tally(problems: diagnostics.sorted.map(\.description))
        }
        let statement = SiteModelBuilder.statement(source, asOf: last.date, &diagnostics)
        tally.problems += diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        let site = SiteModel(config: SiteConfig(), statements: [statement], asOf: last.date)
        let pages = StatementPages(
            site: site, statement: statement, changes: StatementChanges(statement), theme: theme, renderer: HTMLRenderer(rawHTML: false),
            fragments: SectionFragments(statement, rawHTML: false, slugs: [slug]))
        for (i, version) in statement.versions.enumerated() {
            let file = version.source.path
            let page = pages.versionPage(i, path: SitePaths.version(slug, version.date))
            do {
                let reference = try ReferenceText(file: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
                guard let shown = PageText(html: page.bytes) else {
                    tally.problems.append("\(page.path): not a version page")
                    continue
                }
                tally.versions += 1
                tally.words += reference.body.count
                tally.problems += WordComparison(source: reference.body, page: shown.body).lines(file: file)
                if let title = reference.title {
                    tally.problems += WordComparison(source: title, page: shown.title).lines(file: file).map { $0 + " (page title)" }
                }
            } catch {
                tally.problems.append("\(file): \(error)")
            }
        }
        return tally
    }

    /// Checks every statement of `content` (in parallel) and records what is wrong; returns the totals.
    static func checkAll(_ content: String) throws -> Tally {
        var diagnostics = Diagnostics()
        let theme = try #require(Theme.load(folder: nil, into: &diagnostics))
        let tallies = try RealCorpora.statements(in: content).concurrentMap { check(slug: $0.slug, path: $0.path, theme: theme) }
        let all = tallies.reduce(into: Tally()) {
            $0.versions += $1.versions
            $0.words += $1.words
            $0.problems += $1.problems
        }
        #expect(all.problems.isEmpty, "\(all.problems.count) problems:\n\(all.problems.prefix(60).joined(separator: "\n"))")
        return all
    }

    /// Whether the corpus and the reference renderer are here; a missing renderer fails (only the corpus is optional).
    static func ready() -> Bool {
        guard RealCorpora.isPresent else { return false }
        if !ReferenceText.isInstalled {
            Issue.record("\(ReferenceText.program) is missing: run Scripts/setup.sh --tests (Debian: apt-get install cmark-gfm)")
        }
        return ReferenceText.isInstalled
    }

    @Test func githubAndBasecampVersionPagesShowEverySourceWord() throws {
        guard Self.ready() else { return }
        let fixture = try TempSite(content: [:])
        let tally = try Self.checkAll(try RealCorpora.folderCorpora(into: fixture))
        #expect(tally.versions > 400 && tally.words > 1_000_000, "only \(tally.versions) versions, \(tally.words) words checked")
    }

    @Test func pgaVersionPagesShowEverySourceWord() throws {
        guard Self.ready() else { return }
        let tally = try Self.checkAll(try RealCorpora.pga.get())
        #expect(tally.versions > 3_000 && tally.words > 10_000_000, "only \(tally.versions) versions, \(tally.words) words checked")
    }
}
