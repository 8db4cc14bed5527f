import TrustsiteModel

/// What the site-wide pages and the link checks of other statements need of one statement, and the problems found in
/// it: small enough to keep in the build cache, so a statement unchanged since the last build is never read again.
package struct StatementDigest: Codable, Sendable {
    /// One version's part.
    package struct Version: Codable, Sendable {
        /// "Last updated".
        package var updated: Day
        /// When it takes effect.
        package var effective: Day
        /// What changed, as Markdown.
        package var summary: String?
        /// Its entry in the Atom feeds (`Feeds.entry`).
        package var feedEntry: FeedEntry
        /// True for a draft (only in builds with drafts); nil otherwise, so a normal site's cache is as before.
        package var draft: Bool?
    }

    /// Folder name and URL segment.
    package var slug: String
    /// The title of the version in force.
    package var title: String
    /// statement.yml `description`.
    package var description: String
    /// statement.yml `order`.
    package var order: Int?
    /// Version dates, the version in force and heading ids, for links from other statements.
    package var target: LinkTarget
    /// Each version, oldest first.
    package var versions: [Version]
    /// Its links into other statements, checked on every build (`LinkChecks.check`).
    package var crossLinks: [CrossLink] = []
    /// Its own warnings (all but those of `crossLinks`), reported again when it is taken from the cache.
    package var warnings: [Diagnostic] = []

    /// The index of the version in force.
    package var currentIndex: Int { target.currentIndex }
    /// The version in force.
    package var current: Version { versions[currentIndex] }
    /// Version `i`'s date.
    package func date(_ i: Int) -> Day { target.dates[i] }
    /// Whether the home page's card shows a draft: the version in force or the next one.
    package var showsDraftOnHome: Bool {
        ([currentIndex] + (Statement.next(after: currentIndex, count: versions.count).map { [$0] } ?? [])).contains {
            versions[$0].draft == true
        }
    }
    /// The newest version's date.
    package var latestDate: Day { target.dates[target.dates.count - 1] }
}

extension StatementDigest {
    /// The digest of a modelled statement with its diffs; `site` decides the feed entries' URLs. `target` is the
    /// statement's `LinkTarget` when the checks made it already.
    package init(_ statement: Statement, _ changes: StatementChanges, target: LinkTarget? = nil, site: SiteConfig) {
        let feeds = Feeds(config: site)
        slug = statement.slug
        title = statement.title
        description = statement.config.description
        order = statement.config.order
        self.target = target ?? LinkTarget(statement)
        versions = statement.versions.indices.map { i in
            let v = statement.versions[i]
            return Version(
                updated: v.updated, effective: v.effective, summary: v.summary, feedEntry: feeds.entry(statement, i, changes),
                draft: v.isDraft ? true : nil)
        }
    }

    /// Home-page order: statement.yml `order`, then title, then slug (as `Statement.homeOrder`).
    package static func homeOrder(_ a: StatementDigest, _ b: StatementDigest) -> Bool {
        Statement.homeOrder((a.order, a.title, a.slug), (b.order, b.title, b.slug))
    }
}
