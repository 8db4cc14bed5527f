import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A whole site crawled from its home page: every link and image on every page reached leads somewhere, including
/// the links a statement writes to another statement, a section of it, one of its versions and to files, on every kind
/// of page that shows them (current, archived, changes, compare and section history, at different depths).
@Suite struct SiteCrawlTests {
    /// `privacy` links to `terms` in every form the README gives, and shows an image and a shared file; its two
    /// versions both change the section holding them, so every kind of page shows the links.
    static let files: [String: String] = [
        "terms/2024-01-01.md": """
        # Terms of Service

        ## Use

        You may use the service.

        ## Liability

        We are liable for nothing.
        """,
        "terms/2024-03-01.md": """
        ---
        summary: Liability is capped.
        ---
        # Terms of Service

        ## Use

        You may use the service.

        ## Liability

        We are liable up to the fees you paid.
        """,
        "privacy/2024-01-01.md": """
        # Privacy Statement

        ## Data

        We collect what the [Terms](../terms/) allow (see [their liability section](../terms/#liability), the
        [first terms](../terms/2024-01-01.md), the [same as a page](../terms/2024-01-01/) and [from the root](/terms/)),
        as the [processing agreement](../files/dpa.txt) says.

        ![flow](files/flow.svg)

        ## Contact

        Write to us.
        """,
        "privacy/2024-02-01.md": """
        ---
        summary: We collect less.
        ---
        # Privacy Statement

        ## Data

        We collect less than the [Terms](../terms/) allow (see [their liability section](../terms/#liability), the
        [first terms](../terms/2024-01-01.md), the [same as a page](../terms/2024-01-01/) and [from the root](/terms/)),
        as the [processing agreement](../files/dpa.txt) says.

        ![flow](files/flow.svg)

        ## Contact

        Write to us.
        """,
        "privacy/files/flow.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n",
        "files/dpa.txt": "The data processing agreement.\n",
    ]

    /// Where the statement's links must lead, as output paths (with the fragment after `#`).
    static let targets: Set<String> = [
        "terms/index.html", "terms/index.html#liability", "terms/2024-01-01/index.html", "privacy/files/flow.svg", "files/dpa.txt",
    ]

    /// Crawls from `index.html`: every page reached, and every link that leads nowhere (no file, or no such id).
    static func crawl(_ root: String) -> (targets: [String: Set<String>], broken: [String]) {
        let checker = LinkChecker(root: root)
        var queue = ["index.html"], reached: [String: Set<String>] = [:], broken: [String] = []
        var ids: [String: Set<String>] = [:]
        while let page = queue.popLast() {
            guard reached[page] == nil else { continue }
            let html = checker.text(page)
            reached[page] = []
            for href in HTMLScan.attributes("href", in: html) + HTMLScan.attributes("src", in: html) {
                guard let (target, fragment) = checker.resolve(href, from: page) else { continue }
                reached[page]?.insert(fragment.map { target + "#" + $0 } ?? target)
                guard Tree.isFile(root + "/" + target) else {
                    broken.append("\(page): \"\(href)\": no file \(target)")
                    continue
                }
                guard target.hasSuffix(".html") else { continue }
                if reached[target] == nil { queue.append(target) }
                guard let fragment, !fragment.isEmpty else { continue }
                let found = ids[target] ?? HTMLScan.ids(in: checker.text(target))
                ids[target] = found
                if !found.contains(fragment) { broken.append("\(page): \"\(href)\": no id \"\(fragment)\" in \(target)") }
            }
        }
        return (reached, broken)
    }

    @Test func everyLinkAndImageOnEveryPageLeadsSomewhereIncludingLinksBetweenStatements() throws {
        let fixture = try TempSite(content: Self.files)
        let report = try fixture.build()
        #expect(report.warnings.isEmpty, "\(report.warnings.map(\.description).joined(separator: "\n"))")
        let (reached, broken) = Self.crawl(fixture.output)
        #expect(broken.isEmpty, "links that lead nowhere:\n\(broken.sorted().joined(separator: "\n"))")

        // The crawl reached every page the site has, and each kind of page shows every link the statement wrote.
        // The 404 page is served for missing paths, not linked to.
        let pages = Set(fixture.outputFiles().filter { $0.hasSuffix(".html") && $0 != "404.html" })
        #expect(pages.subtracting(reached.keys).isEmpty, "pages no link leads to: \(pages.subtracting(reached.keys).sorted())")
        let sectionPage = try #require(pages.sorted().first { $0.hasPrefix("privacy/sections/data") }, "no section page for Data")
        for page in [
            "privacy/index.html", "privacy/2024-01-01/index.html", "privacy/changes/2024-02-01/index.html",
            "privacy/compare/2024-01-01/index.html", sectionPage,
        ] {
            let missing = Self.targets.subtracting(reached[page] ?? [])
            #expect(missing.isEmpty, "\(page) has no link to \(missing.sorted())")
        }
        #expect(fixture.exists("privacy/files/flow.svg") && fixture.exists("files/dpa.txt"))
    }
}
