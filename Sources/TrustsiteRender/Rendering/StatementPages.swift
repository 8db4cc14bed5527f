import TrustsiteModel

/// Renders one statement's pages: the current version, every version's permanent page, and the history.
package struct StatementPages {
    package let site: SiteModel
    package let statement: Statement
    package let changes: StatementChanges
    package let theme: Theme
    package let renderer: HTMLRenderer
    package let fragments: SectionFragments

    package var slug: String { statement.slug }

    /// Hands each page `wanted` takes (by path) to `emit` as soon as it is made.
    package func render(_ wanted: (String) -> Bool = { _ in true }, into emit: (OutputFile) -> Void) {
        for index in statement.versions.indices where wanted(SitePaths.version(slug, statement.versions[index].date)) {
            emit(versionPage(index, path: SitePaths.version(slug, statement.versions[index].date)))
        }
        if wanted(SitePaths.statement(slug)) { emit(versionPage(statement.currentIndex, path: SitePaths.statement(slug))) }
        if wanted(SitePaths.history(slug)) { emit(historyPage()) }
        if wanted(SitePaths.pointInTime(slug)) { emit(pointInTimePage()) }
    }

    package func versionPage(_ index: Int, path: String) -> OutputFile {
        let version = statement.versions[index]
        let isCurrentURL = path == SitePaths.statement(slug)
        let isCurrent = index == statement.currentIndex
        var layout = LayoutContext(
            site: site.config, page: path, title: version.title,
            description: statement.config.description, bodyClass: "page-statement")
        layout.canonical = SitePaths.publicURL(SitePaths.statement(slug), base: site.config.baseURL)
        layout.feeds = feeds
        layout.noindex = !isCurrentURL
        layout.draft = version.isDraft
        layout.breadcrumbs = [("Home", SitePaths.home), (statement.title, isCurrentURL ? nil : SitePaths.statement(slug))]
        if !isCurrentURL { layout.breadcrumbs.append((version.date.description, nil)) }
        let sectionMeta = meta(index, from: path)
        let search = searchFields(index, isCurrentURL: isCurrentURL)
        var context = StatementPageContext(
            layout: layout,
            // The version's own leading H1 is its heading: a title from front matter or statement.yml names the statement
            // in the window title and lists, but must not hide words the document shows ("Basecamp Terms of Service").
            title: version.document.h1Title.map(\.trimmingSpaces).flatMap(\.nilIfEmpty) ?? version.title,
            titleID: VersionBody.titleID(version.document, meta: sectionMeta),
            updated: version.updated, effective: version.effective,
            historyHref: SitePaths.link(from: path, to: SitePaths.history(slug)),
            banner: banner(index, from: path, isCurrentURL: isCurrentURL),
            upcoming: isCurrent ? upcomingLink(from: path) : nil,
            toc: VersionBody.toc(version.document, changed: changedSections(index)),
            bodyHTML: VersionBody(renderer: renderer, searchIndexed: search != nil).html(version.document, meta: sectionMeta) {
                fragments.body(index, $0, page: path)
            },
            changedCount: index > 0 ? changedSections(index).count : 0,
            versionLinks: versionLinks(index, from: path, isCurrentURL: isCurrentURL),
            versions: versionList(index, from: path), versionCount: statement.versions.count,
            inForce: inForceLine(index, from: path))
        context.pagefind = search
        return OutputFile(path, theme.render("statement", context))
    }

    /// The version that takes effect next, if one is scheduled.
    package func upcomingLink(from path: String) -> UpcomingLink? {
        statement.nextIndex.map { next in
            let upcoming = statement.versions[next]
            return UpcomingLink(
                href: SitePaths.link(from: path, to: SitePaths.version(slug, upcoming.date)), effective: upcoming.effective,
                change: upcoming.change)
        }
    }

    /// Sections of version `index` that changed in it (none for the first version, where all are new).
    package func changedSections(_ index: Int) -> Set<Int> {
        guard index > 0 else { return [] }
        return Set(changes.history.diffs[index].changes.compactMap { $0.isChange ? $0.new : nil })
    }

    /// "Last changed" (or "Introduced") for each section, linking to the redline that made it what it is.
    package func meta(_ index: Int, from path: String) -> [SectionMeta?] {
        let sections = statement.versions[index].document.sections
        return sections.indices.map { s in
            let when = changes.timeline.lastChanged[index][s]
            let version = statement.versions[when]
            let key = changes.history.lineage[index][s]
            // Its id there: a section only renumbered since has another id now.
            let then = changes.history.lineage[when].firstIndex(of: key).map { version.document.sections[$0].id } ?? sections[s].id
            let href =
                when == 0
                ? SitePaths.link(from: path, to: SitePaths.version(slug, version.date)) + "#" + then
                : SitePaths.link(from: path, to: SitePaths.changes(slug, version.date)) + "#change-" + key
            let added = changes.history.diffs[when].changes.contains { $0.lineage == key && $0.kind == .added }
            return SectionMeta(
                label: when == 0 || added ? "Introduced" : "Last changed", date: version.updated, href: href,
                aliases: changes.timeline.aliases[index][s], historyHref: SitePaths.link(from: path, to: SitePaths.section(slug, key)))
        }
    }

    package func banner(_ index: Int, from path: String, isCurrentURL: Bool) -> Banner? {
        let version = statement.versions[index]
        let current = SitePaths.link(from: path, to: SitePaths.statement(slug))
        if let banner = notYetInForceBanner(index, from: path) { return banner }
        if statement.isUpcoming(index) {
            return Banner(
                kind: "upcoming", text: "This version takes effect on \(version.effective.longForm).", href: current,
                linkText: "View the version in force now")
        }
        if index < statement.currentIndex {
            return Banner(
                kind: "archived", text: "This is an archived version from \(version.updated.longForm).", href: current,
                linkText: "View the current version")
        }
        if !isCurrentURL {
            return Banner(
                kind: "permalink", text: "This is the permanent address of the current version.", href: current,
                linkText: "View the statement")
        }
        return nil
    }

    package func historyPage() -> OutputFile {
        let path = SitePaths.history(slug)
        var layout = LayoutContext(
            site: site.config, page: path, title: "\(statement.title): history",
            description: statement.config.description, bodyClass: "page-history")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        layout.breadcrumbs = [("Home", SitePaths.home), (statement.title, SitePaths.statement(slug)), ("History", nil)]
        layout.draft = statement.versions.contains(where: \.isDraft)
        layout.feeds = feeds
        let versions = statement.versions.indices.reversed().map { i in
            let v = statement.versions[i]
            let changed =
                i == 0
                ? []
                : changes.history.diffs[i].changes.filter { $0.kind != .unchanged }.map { c in
                    HistoryChange(
                        kind: c.kind.rawValue, label: c.kind.label,
                        title: c.section(old: statement.versions[i - 1], new: v)?.displayTitle ?? c.lineage,
                        href: SitePaths.link(from: path, to: SitePaths.changes(slug, v.date)) + "#change-" + c.lineage)
                }
            return HistoryVersion(
                date: v.date, updated: v.updated, effective: v.effective,
                href: SitePaths.link(from: path, to: SitePaths.version(slug, v.date)),
                changesHref: i > 0 ? SitePaths.link(from: path, to: SitePaths.changes(slug, v.date)) : nil,
                compareHref: i != statement.currentIndex ? SitePaths.link(from: path, to: SitePaths.compare(slug, v.date)) : nil,
                isCurrent: isInForce(i), isUpcoming: isScheduled(i), isDraft: v.isDraft,
                summaryHTML: renderer.summaryHTML(v.summary), changed: changed)
        }
        let context = HistoryPageContext(
            layout: layout, title: statement.title, currentHref: SitePaths.link(from: path, to: SitePaths.statement(slug)),
            versions: versions, heatmapHTML: HeatMap(statement: statement, changes: changes, page: path).html(),
            atHref: SitePaths.link(from: path, to: SitePaths.pointInTime(slug)))
        return OutputFile(path, theme.render("history", context))
    }

}
