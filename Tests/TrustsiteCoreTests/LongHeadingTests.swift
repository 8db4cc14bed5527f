import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A heading that is a whole sentence names its section-history folder: the name must fit a file system's 255 bytes,
/// stay the same in every build, and two long headings that start alike must not share one.
@Suite struct LongHeadingTests {
    static let sentence = String(repeating: "We process your personal data for these purposes ", count: 6)
    static let cjk = String(repeating: "個人情報の取扱い", count: 12)

    @Test func aLongLineageNameIsBoundedStableAndDistinct() {
        for key in [Self.sentence.lowercased().replacingOccurrences(of: " ", with: "-"), Self.cjk, Self.cjk + "。"] {
            let segment = SitePaths.segment(key)
            #expect(segment.utf8.count <= SitePaths.maxSegment, "\(segment.utf8.count) bytes")
            #expect(segment == SitePaths.segment(key), "the same in every build")
        }
        let a = SitePaths.segment(String(repeating: "a-", count: 80) + "one")
        let b = SitePaths.segment(String(repeating: "a-", count: 80) + "two")
        #expect(a != b && a.hasPrefix("a-a-a-"))
        #expect(SitePaths.segment("short-heading") == "short-heading")
        // Exactly at the limit is kept as it is; one byte over is shortened.
        #expect(
            SitePaths.segment(String(repeating: "x", count: SitePaths.maxSegment)) == String(repeating: "x", count: SitePaths.maxSegment))
        #expect(SitePaths.segment(String(repeating: "x", count: SitePaths.maxSegment + 1)).utf8.count <= SitePaths.maxSegment)
    }

    @Test func aStatementWithSentenceLongHeadingsBuildsAndChecksAlike() throws {
        let files = [
            "privacy/2024-01-01.md": "# Privacy\n\n## \(Self.sentence)\n\nText.\n\n## \(Self.cjk)\n\nMore.\n",
            "privacy/2024-02-01.md": "# Privacy\n\n## \(Self.sentence)\n\nText changed.\n\n## \(Self.cjk)\n\nMore changed.\n",
        ]
        let site = try TempSite(content: files)
        let check = SiteBuilder(options: BuildOptions(content: site.content, output: site.output, asOf: TempSite.asOf)).check()
        #expect(check.errors == 0)
        try site.build()
        let sectionPages = site.outputFiles().filter { $0.hasPrefix("privacy/sections/") }
        #expect(sectionPages.count == 2)
        for page in sectionPages { #expect(page.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }) }
        #expect(LinkChecker(root: site.output).brokenLinks().map(\.description) == [])
    }
}
