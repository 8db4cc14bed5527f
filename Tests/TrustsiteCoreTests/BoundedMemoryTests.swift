import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// What keeps a build of hundreds of megabytes of Markdown within bounded memory: the Markdown text is let go of once
/// checked, pages are written one at a time, and a statement keeps its rendered sections in two bounded generations.
@Suite struct BoundedMemoryTests {
    /// `privacy` has six versions, each one long paragraph of its own, a broken link and raw HTML (for warnings at
    /// line and column); `terms` has one.
    static let files: [String: String] = {
        var files = ["terms/2024-01-01.md": "## Terms\n\nYou agree.\n"]
        for v in 1...6 {
            let words = (0..<1_000).map { "word\($0 * v % 997)" }.joined(separator: " ")
            let summary = v == 1 ? "" : "---\nsummary: Version \(v).\n---\n"
            files["privacy/2024-01-0\(v).md"] = summary + "## Data\n\n\(words)\n\nSee [x](#nowhere) and <b>this</b>.\n"
        }
        return files
    }()

    static func prepared() throws -> (TempSite, SiteModel, Theme, [Diagnostic]) {
        let fixture = try TempSite(content: files)
        var timings = Timings()
        let (model, theme, warnings) = try SiteBuilder(
            options: BuildOptions(content: fixture.content, output: fixture.output, asOf: TempSite.asOf)
        ).prepare(&timings)
        return (fixture, model, theme, warnings)
    }

    @Test func theModelNoLongerHoldsTheMarkdownTextOnceItIsChecked() throws {
        let (_, model, _, warnings) = try Self.prepared()
        #expect(model.statements.count == 2 && model.statements.allSatisfy { $0.versions.allSatisfy { $0.source.body.isEmpty } })
        // The checks read the text first: their warnings still point into it.
        let located = warnings.filter { $0.location.path.hasSuffix("privacy/2024-01-06.md") }.map {
            "\($0.location.line):\($0.location.column)"
        }
        #expect(Set(located).isSuperset(of: ["8:9", "8:23"]), "the link and the raw HTML: \(located)")
    }

    @Test func pagesAreHandedOnOneAtATimeAndAStatementIsFinishedAfterItsLast() throws {
        let (_, model, theme, _) = try Self.prepared()
        let renderer = SiteRenderer(site: model, theme: theme, changes: StatementChanges.build(model))
        let log = PageLog()
        try renderer.render(into: { i, pages in log.pages(i, pages) }, finished: { i, paths in log.finished(i, paths) })
        let (calls, finished) = log.snapshot
        for i in model.statements.indices {
            let mine = calls.filter { $0.statement == i }
            #expect(mine.allSatisfy { $0.paths.count == 1 }, "statement \(i) was handed \(mine.map(\.paths.count)) pages per call")
            let expected = renderer.statementPages(i).map(\.path).sorted()
            #expect(mine.flatMap(\.paths).sorted() == expected)
            #expect(finished[i] == expected, "finished with its pages' paths, once all were handed on")
        }
    }

    @Test func aStatementKeepsItsRenderedSectionsInTwoBoundedGenerations() throws {
        let (_, model, _, _) = try Self.prepared()
        let statement = try #require(model.statements.first { $0.slug == "privacy" })
        let budget = 8 << 10
        let fragments = SectionFragments(statement, rawHTML: false, slugs: ["privacy", "terms"], generationBytes: budget)
        let first = fragments.body(0, 0, page: "privacy/2024-01-01/index.html")
        var largest = 0
        for v in statement.versions.indices {
            largest = max(largest, fragments.body(v, 0, page: "privacy/index.html").utf8.count)
            #expect(fragments.keptBytes <= 2 * budget + largest)
        }
        #expect(statement.versions.count * largest > 3 * budget, "the versions' sections should not all fit in two generations")
        // What was let go of is made again, the same.
        #expect(fragments.body(0, 0, page: "privacy/2024-01-01/index.html") == first)
    }
}

/// The sink and `finished` calls of a render, from several threads.
private final class PageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(statement: Int?, paths: [String])] = []
    private var done: [Int: [String]] = [:]

    func pages(_ i: Int?, _ pages: [OutputFile]) { lock.withLock { calls.append((i, pages.map(\.path))) } }

    func finished(_ i: Int, _ paths: [String]) {
        lock.withLock {
            // Finished only after every page of statement i was handed on.
            let handed = calls.filter { $0.statement == i }.flatMap(\.paths).sorted()
            done[i] = handed == paths ? paths : ["(finished before its pages: \(handed.count) of \(paths.count))"]
        }
    }

    var snapshot: ([(statement: Int?, paths: [String])], [Int: [String]]) { lock.withLock { (calls, done) } }
}
