import TrustsiteModel

/// Renders every page of the site from the model with a theme.
public struct SiteRenderer: Sendable {
    /// The content to render.
    public let site: SiteModel
    /// The templates and assets.
    public let theme: Theme
    /// Each statement's lineage and diffs, parallel to `site.statements`.
    public let changes: [StatementChanges]
    /// Every statement of the site in home-page order, for the site-wide pages: a build that takes statements from
    /// the last build renders only some of them (`site.statements`), but lists them all.
    package let digests: [StatementDigest]
    /// Each statement's digest by slug, and the slugs links may name: made once, not per statement.
    package let digestBySlug: [String: StatementDigest]
    package let slugs: Set<String>

    /// Creates a renderer of every statement of `site`.
    public init(site: SiteModel, theme: Theme, changes: [StatementChanges]) {
        let pairs = Array(zip(site.statements, changes))
        let digests = pairs.concurrentMap { StatementDigest($0.0, $0.1, site: site.config, asOf: site.asOf) }
        self.init(site: site, theme: theme, changes: changes, digests: digests)
    }

    /// Creates a renderer of the statements of `site`, in a site of the statements of `digests`.
    package init(site: SiteModel, theme: Theme, changes: [StatementChanges], digests: [StatementDigest]) {
        self.site = site
        self.theme = theme
        self.changes = changes
        self.digests = digests
        digestBySlug = Dictionary(digests.map { ($0.slug, $0) }) { first, _ in first }
        slugs = Set(digestBySlug.keys)
    }

    package var renderer: HTMLRenderer { HTMLRenderer(rawHTML: site.config.rawHTML) }

    /// All pages, in a stable order: statements in parallel, then the site-wide pages and assets.
    public func render() -> [OutputFile] {
        let perStatement = Array(site.statements.indices).concurrentMap { statementPages($0) }
        return perStatement.flatMap { $0 } + siteWidePages()
    }

    /// Renders every page and hands them to `sink` as they are made, one page at a time (from several threads), so
    /// neither the site nor a statement with hundreds of long versions is ever held in memory whole; `finished(i, paths)`
    /// follows the last of statement `i`'s pages, and the site-wide pages come last, with no statement index.
    /// `reuse(i)` may take statement `i`'s pages from elsewhere (returning true), and then it is not rendered.
    /// The pages in `first` (output paths: the pages a preview has open) are made and handed on before all others,
    /// then `firstDone` gets those that were.
    public func render(
        reusing reuse: @Sendable (Int) throws -> Bool = { _ in false }, first: Set<String> = [],
        firstDone: @Sendable ([String]) -> Void = { _ in }, into sink: @Sendable (Int?, [OutputFile]) throws -> Void,
        finished: @Sendable (Int, [String]) throws -> Void = { _, _ in }
    ) throws {
        let early = try renderFirst(first, reusing: reuse, into: sink)
        if !early.paths.isEmpty { firstDone(early.paths) }
        // The first error is thrown as it was (an error about a path keeps its path).
        let failures = Array(site.statements.indices).concurrentMap { i -> Result<Void, any Error> in
            Result {
                if early.reused.contains(i) { return }
                guard let done = early.byStatement[i] else {
                    guard try !reuse(i) else { return }
                    return try finished(i, try statementPages(i) { try sink(i, [$0]) })
                }
                let rest = try statementPages(i, { !done.contains($0) }) { try sink(i, [$0]) }
                try finished(i, (done + rest).sorted())
            }
        }
        for case .failure(let error) in failures { throw error }
        if !early.siteWide { try sink(nil, siteWidePages()) }
    }

    /// One statement's pages: versions, history, changes and compare pages, section histories, its feed and versions.json.
    package func statementPages(_ i: Int) -> [OutputFile] {
        // Each family keeps its own pages, so the order is stable.
        families(i).concurrentMap { family -> [OutputFile] in
            var pages: [OutputFile] = []
            family { pages.append($0) }
            return pages
        }.flatMap { $0 }
    }

    /// Statement `i`'s pages as independent families that hand each page to their argument: the version pages, the
    /// redline pages and the section pages (in parallel, so even a one-statement rebuild uses every core), then its
    /// feed, versions.json and files.
    package func families(_ i: Int, _ wanted: @escaping @Sendable (String) -> Bool = { _ in true })
        -> [@Sendable ((OutputFile) -> Void) -> Void]
    {
        let (statement, changes, html) = (site.statements[i], self.changes[i], renderer)
        let fragments = SectionFragments(statement, rawHTML: site.config.rawHTML, slugs: slugs)
        // Every statement rendered is in the site, so it has a digest.
        let digest = digestBySlug[statement.slug]!
        return [
            { emit in
                StatementPages(site: site, statement: statement, changes: changes, theme: theme, renderer: html, fragments: fragments)
                    .render(wanted, into: emit)
            },
            { emit in
                RedlinePages(site: site, statement: statement, history: changes.history, theme: theme, renderer: html, fragments: fragments)
                    .render(wanted, into: emit)
            },
            { emit in NoticePages(site: site, statement: statement, history: changes.history, renderer: html).render(wanted, into: emit) },
            { emit in
                SectionPages(site: site, statement: statement, changes: changes, theme: theme, renderer: html, fragments: fragments)
                    .render(wanted, into: emit)
            },
            { emit in
                let pages = [
                    Feeds(config: site.config).statementFeed(digest, asOf: site.asOf),
                    Feeds(config: site.config).statementMaterialFeed(digest, asOf: site.asOf),
                    DataFiles(site: site, changes: self.changes).versionsPage(i),
                ]
                for page in pages where wanted(page.path) { emit(page) }
                for file in statement.files where wanted("\(statement.slug)/files/\(file.path)") {
                    emit(OutputFile("\(statement.slug)/files/\(file.path)", bytes: file.bytes))
                }
            },
        ]
    }

    /// Home, 404, sitemap (only with a base URL: search engines reject relative `<loc>`s), feeds, JSON and theme assets.
    package func siteWidePages() -> [OutputFile] {
        [
            homePage(), notFoundPage(),
            Feeds(config: site.config).siteFeed(digests, asOf: site.asOf), DataFiles(site: site, changes: changes).statementsPage(digests),
            Feeds(config: site.config).siteMaterialFeed(digests, asOf: site.asOf),
        ]
            + (site.config.baseURL.isEmpty ? [] : [OutputFile(xml: "sitemap.xml", Sitemap.xml(digests, base: site.config.baseURL))])
            + theme.assets.filter { site.config.search || !Theme.isSearchAsset($0.path) }.map { OutputFile($0.path, bytes: $0.bytes) }
            + site.files.map { OutputFile("files/\($0.path)", bytes: $0.bytes) }
    }

    package func homePage() -> OutputFile {
        let path = SitePaths.home
        var layout = LayoutContext(site: site.config, page: path, title: site.config.title, bodyClass: "page-home")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        // Linked once a statement classifies its changes; the feed itself is always written.
        if digests.contains(where: { $0.versions.contains { $0.change != nil } }) {
            layout.feeds = [("\(site.config.title): material changes", SitePaths.siteMaterialFeed)]
        }
        let statements = digests.map { s in
            StatementCard(
                title: s.title, description: s.description.nilIfEmpty,
                href: SitePaths.link(from: path, to: SitePaths.statement(s.slug)),
                historyHref: SitePaths.link(from: path, to: SitePaths.history(s.slug)),
                versionCount: s.versions.count, summaryHTML: renderer.summaryHTML(s.current.summary), updated: s.current.updated,
                effective: s.current.effective != s.current.updated ? s.current.effective : nil,
                // The version that takes effect next, not the newest: several may be scheduled.
                upcoming: Statement.next(after: s.currentIndex, count: s.versions.count).map { next in
                    UpcomingLink(
                        href: SitePaths.link(from: path, to: SitePaths.version(s.slug, s.date(next))), effective: s.versions[next].effective
                    )
                })
        }
        let recent = recentChanges(from: path)
        layout.draft = digests.contains(where: \.showsDraftOnHome) || recent.contains(where: \.isDraft)
        let context = HomePageContext(layout: layout, statements: statements, recent: recent)
        return OutputFile(path, theme.render("home", context))
    }

    /// The newest versions across statements, newest first (at most 10).
    package func recentChanges(from path: String) -> [RecentChange] {
        let all = digests.flatMap { s in s.versions.indices.map { (s, $0) } }
        let newest = all.sorted { ($0.0.versions[$0.1].updated, $0.0.slug) > ($1.0.versions[$1.1].updated, $1.0.slug) }.prefix(10)
        return newest.map { statement, i in
            let (slug, version) = (statement.slug, statement.versions[i])
            return RecentChange(
                statementTitle: statement.title, date: version.updated,
                href: SitePaths.link(
                    from: path, to: i == 0 ? SitePaths.version(slug, statement.date(i)) : SitePaths.changes(slug, statement.date(i))),
                summaryHTML: renderer.summaryHTML(version.summary),
                // A version not yet in force says when it will be.
                upcoming: i > statement.currentIndex ? version.effective : nil, isDraft: version.draft == true)
        }
    }

    package func notFoundPage() -> OutputFile {
        // Served for any missing path, so its links are rooted at the site's base path, not relative.
        var layout = LayoutContext(site: site.config, page: "404.html", title: "Page not found", noindex: true, bodyClass: "page-404")
        layout.absoluteRoot = SitePaths.basePath(site.config.baseURL)
        return OutputFile("404.html", theme.render("404", layout))
    }
}
