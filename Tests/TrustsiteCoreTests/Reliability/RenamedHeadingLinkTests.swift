import Testing

extension Reliability.CheckWarningTests {
    /// Statement `b`, whose newest version renames the heading `## Old heading` (its body stays, so it is the same section).
    static let renamed = [
        "content/b/2024-01-01.md": "## Old heading\n\nWe keep your data for thirty days and then delete it.\n",
        "content/b/2024-03-01.md":
            "---\nsummary: Renamed.\n---\n## New heading\n\nWe keep your data for thirty days and then delete it.\n\nSee [above](#old-heading).\n",
    ]

    @Test func aLinkToARenamedHeadingsOldIDNamesTheNewOne() throws {
        let files = Self.renamed.merging([
            "content/a/2024-01-01.md":
                "See [b](/b/#old-heading), [c](../b/2024-03-01.md#old-heading) and [d](/b/2024-01-01/#old-heading).\n"
        ]) { $1 }
        #expect(
            try warnings(files) == [
                "R/content/a/2024-01-01.md:1:9: warning: link '/b/#old-heading' uses the old id of a renamed heading: in the current version (2024-03-01) of 'b' it is '#new-heading'; the old id still leads there, but update the link to '#new-heading'",
                "R/content/a/2024-01-01.md:1:31: warning: link '../b/2024-03-01.md#old-heading' uses the old id of a renamed heading: in version 2024-03-01 of 'b' it is '#new-heading'; the old id still leads there, but update the link to '#new-heading'",
                "R/content/b/2024-03-01.md:8:13: warning: link '#old-heading' uses the old id of a renamed heading: in this version it is '#new-heading'; the old id still leads there, but update the link to '#new-heading'",
            ])
    }
}
