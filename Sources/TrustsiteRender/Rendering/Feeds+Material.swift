import TrustsiteModel

/// `/material.xml` and `/<slug>/material.xml`: material changes only, each dated by its announcement, with the date it
/// takes effect in the entry.
extension Feeds {
    /// `/material.xml`, the material changes of every statement.
    package func siteMaterialFeed(_ digests: [StatementDigest], asOf: Day) -> OutputFile {
        let path = SitePaths.siteMaterialFeed
        return OutputFile(
            xml: path,
            feed(
                title: "\(config.title): material changes", path: path, home: SitePaths.home, statements: digests, asOf: asOf,
                material: true))
    }

    /// `/<slug>/material.xml` for one statement.
    package func statementMaterialFeed(_ digest: StatementDigest, asOf: Day) -> OutputFile {
        let path = SitePaths.materialFeed(digest.slug)
        return OutputFile(
            xml: path,
            feed(
                title: "\(digest.title): material changes", path: path, home: SitePaths.statement(digest.slug), statements: [digest],
                asOf: asOf, material: true))
    }

    /// A material version's entry as announced: dated by `announced`, saying when it takes effect.
    package static func announcement(_ version: StatementDigest.Version) -> FeedEntry {
        var entry = version.feedEntry
        entry.updated = version.announced
        let effective = "<p>Takes effect on \(version.effective.longForm).</p>"
        if !entry.content.contains(effective) { entry.content = effective + entry.content }
        return entry
    }
}
