import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// The pages a preview has open are rendered and handed on before all others, and every page is still made once.
@Suite struct FirstPagesTests {
    static let files = [
        "content/a/2024-01-01.md": "# A\n\n## One\n\nFirst.\n",
        "content/a/2024-03-01.md": "# A\n\n## One\n\nFirst, changed.\n\n## Two\n\nNew.\n",
        "content/b/2024-02-01.md": "# B\n\n## Only\n\nText.\n",
    ]

    /// The paths in the order the sink got them, and what `firstDone` was told.
    static func render(first: Set<String>) throws -> (order: [String], done: [[String]]) {
        let site = try TempSite(files)
        var timings = Timings()
        let (model, theme, _) = try SiteBuilder(options: site.options).prepare(&timings)
        let renderer = SiteRenderer(site: model, theme: theme, changes: StatementChanges.build(model))
        let order = Locked<[String]>([]), done = Locked<[[String]]>([])
        try renderer.render(
            first: first, firstDone: { paths in done.update { $0.append(paths.sorted()) } },
            into: { _, pages in order.update { $0 += pages.map(\.path) } })
        return (order.value, done.value)
    }

    @Test func anOpenPageComesFirstAndEveryPageOnce() throws {
        let plain = try Self.render(first: [])
        let first: Set<String> = ["b/index.html", "a/changes/2024-03-01/index.html"]
        let (order, done) = try Self.render(first: first)
        #expect(Set(order.prefix(2)) == first)
        #expect(done == [first.sorted()])
        #expect(order.sorted() == plain.order.sorted() && Set(order).count == order.count)
        #expect(plain.done.isEmpty)
    }

    @Test func theHomePageBringsTheSiteWidePagesFirst() throws {
        let (order, done) = try Self.render(first: ["index.html"])
        #expect(order.first == "index.html" && done.first?.contains("index.html") == true)
        #expect(order.filter { $0 == "index.html" }.count == 1)
    }

    @Test func aPageTheSiteDoesNotHaveChangesNothing() throws {
        let plain = try Self.render(first: [])
        let (order, done) = try Self.render(first: ["nowhere/index.html"])
        #expect(order.sorted() == plain.order.sorted() && done.isEmpty)
    }
}
