/// Renders every page of the site from the model with a theme.
public struct SiteRenderer: Sendable {
    /// The content to render.
    public let site: SiteModel
    /// The templates and assets.
    public let theme: Theme
    /// Each statement's lineage and diffs, parallel to `site.statements`.
    public let changes: [StatementChanges]

    /// Creates a renderer.
    public init(site: SiteModel, theme: Theme, changes: [StatementChanges]) {
        self.site = site
        self.theme = theme
        self.changes = changes
    }

    var renderer: HTMLRenderer { HTMLRenderer(rawHTML: site.config.rawHTML) }

    /// All pages, in a stable order: statements in parallel, then the site-wide pages and assets.
    public func render() -> [Page] {
        let perStatement = Array(site.statements.indices).concurrentMap { statementPages($0) }
        return perStatement.flatMap { $0 } + siteWidePages()
    }

    /// Renders every page and hands them to `sink` a statement at a time (from several threads), so a large site
    /// is never held in memory whole; the site-wide pages come last, with no statement index.
    /// `reuse(i)` may take statement `i`'s pages from elsewhere (returning true), and then it is not rendered.
    public func render(
        reusing reuse: @Sendable (Int) throws -> Bool = { _ in false }, into sink: @Sendable (Int?, [Page]) throws -> Void
    ) throws {
        let failures = Array(site.statements.indices).concurrentMap { i -> String? in
            do { if try !reuse(i) { try sink(i, statementPages(i)) } } catch { return "\(error)" }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw WriteError(message: failure) }
        try sink(nil, siteWidePages())
    }

    /// One statement's pages: versions, history, changes and compare pages, section histories, its feed and versions.json.
    func statementPages(_ i: Int) -> [Page] {
        let (statement, changes, html) = (site.statements[i], self.changes[i], renderer)
        let fragments = SectionFragments(statement, rawHTML: site.config.rawHTML, slugs: Set(site.statements.map(\.slug)))
        // Three families in parallel, so even a one-statement rebuild uses every core.
        let families: [@Sendable () -> [Page]] = [
            {
                StatementPages(site: site, statement: statement, changes: changes, theme: theme, renderer: html, fragments: fragments)
                    .render()
            },
            {
                RedlinePages(site: site, statement: statement, history: changes.history, theme: theme, renderer: html, fragments: fragments)
                    .render()
            },
            {
                SectionPages(site: site, statement: statement, changes: changes, theme: theme, renderer: html, fragments: fragments)
                    .render()
            },
        ]
        let data = [
            Feeds(site: site, changes: self.changes).statementFeed(i), DataFiles(site: site, changes: self.changes).versionsPage(i),
        ]
        return families.concurrentMap { $0() }.flatMap { $0 } + data
    }

    /// Home, 404, sitemap, feeds, JSON and theme assets.
    func siteWidePages() -> [Page] {
        [homePage(), notFoundPage(), Page("sitemap.xml", Sitemap.xml(site))]
            + Feeds(site: site, changes: changes).pages() + DataFiles(site: site, changes: changes).pages()
            + theme.assets.map { Page($0.path, bytes: $0.bytes) }
    }

    func homePage() -> Page {
        let path = SitePaths.home
        var layout = LayoutContext(site: site.config, page: path, title: site.config.title, bodyClass: "page-home")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        let statements: [Context] = site.statements.map { s in
            var card = makeContext([
                "title": s.title, "description": s.config.description.nilIfEmpty,
                "href": SitePaths.link(from: path, to: SitePaths.statement(s.slug)),
                "historyHref": SitePaths.link(from: path, to: SitePaths.history(s.slug)),
                "versionCount": s.versions.count, "summaryHTML": renderer.summaryHTML(s.current.summary),
            ])
            card = card.merging(s.current.updated.fields("updated"))
            if s.current.effective != s.current.updated { card = card.merging(s.current.effective.fields("effective")) }
            if s.latest.date != s.current.date {
                card["upcoming"] = (["href": SitePaths.link(from: path, to: SitePaths.version(s.slug, s.latest.date))] as Context)
                    .merging(s.latest.effective.fields("effective"))
            }
            return card
        }
        let context = layout.context.merging(["statements": statements, "recent": recentChanges(from: path)])
        return Page(path, theme.render("home", context))
    }

    /// The newest versions across statements, newest first (at most 10).
    func recentChanges(from path: String) -> [Context] {
        let all = site.statements.flatMap { s in s.versions.map { (s, $0) } }
        let newest = all.sorted { ($0.1.updated, $0.0.slug) > ($1.1.updated, $1.0.slug) }.prefix(10)
        return newest.map { statement, version in
            let isFirst = statement.versions.first?.date == version.date
            return makeContext([
                "statementTitle": statement.title,
                "href": SitePaths.link(
                    from: path,
                    to: isFirst ? SitePaths.version(statement.slug, version.date) : SitePaths.changes(statement.slug, version.date)),
                "summaryHTML": renderer.summaryHTML(version.summary),
            ]).merging(version.updated.fields("date"))
        }
    }

    func notFoundPage() -> Page {
        // Served for any missing path, so its links are rooted at the site's base path, not relative.
        var layout = LayoutContext(site: site.config, page: "404.html", title: "Page not found", noindex: true, bodyClass: "page-404")
        layout.absoluteRoot = SitePaths.basePath(site.config.baseURL)
        return Page("404.html", theme.render("404", layout.context))
    }
}
