import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// A link to a heading's old id is checked alike whether the statement it leads to is read again or taken from the cache.
extension BuildCacheTests {
    @Test func aLinkToARenamedHeadingIsCheckedAlikeFromTheCache() throws {
        let link = "## Data\n\nSee [scope](/terms/#scope).\n"
        let files = Self.files.merging([
            "content/privacy/2024-01-01.md": link,
            "content/terms/2024-06-01.md": "---\ntitle: Terms\nsummary: Reach.\n---\n## Reach\n\nThese terms apply to all.\n",
        ]) { $1 }
        let site = try TempSite(files)
        let first = try build(site, log: ReadLog()).warnings.map(\.description)
        #expect(first.contains { $0.contains("link '/terms/#scope' uses the old id of a renamed heading") })
        #expect(!first.contains { $0.contains("leads nowhere") })
        // Privacy changes and is read again; terms is not, so its digest from the cache answers for its old ids.
        try site.write("content/privacy/2024-01-01.md", link + "\nMore.\n")
        let log = ReadLog()
        let again = try build(site, log: log)
        #expect(again.reused == 1 && !log.readAny(under: site.content + "/terms"))
        #expect(again.warnings.map(\.description) == first)
        #expect(first == (try uncachedWarnings(site)))
    }
}
