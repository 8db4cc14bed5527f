import TrustsiteModel

/// `/<slug>/sections/<lineage>/`: one logical section's history across renames and moves, newest change first.
package struct SectionPages {
    package let site: SiteModel
    package let statement: Statement
    package let changes: StatementChanges
    package let theme: Theme
    package let renderer: HTMLRenderer
    package let fragments: SectionFragments

    package var slug: String { statement.slug }

    /// Hands each page `wanted` takes (by path) to `emit` as soon as it is made.
    package func render(_ wanted: (String) -> Bool = { _ in true }, into emit: (OutputFile) -> Void) {
        for key in changes.timeline.lineages where wanted(SitePaths.section(slug, key)) { emit(page(key)) }
    }

    /// Where `key` stands in version `i`, if it is there.
    package func section(_ key: String, in i: Int) -> Section? {
        changes.history.lineage[i].firstIndex(of: key).map { statement.versions[i].document.sections[$0] }
    }

    package func page(_ key: String) -> OutputFile {
        let path = SitePaths.section(slug, key)
        let events = changes.timeline.events[key] ?? []
        let title = changes.history.latestSection(key, in: statement.versions)?.displayTitle ?? key
        var layout = LayoutContext(
            site: site.config, page: path, title: "\(title) · \(statement.title): section history",
            description: statement.config.description, bodyClass: "page-section-history")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        layout.draft = events.contains { statement.versions[$0.version].isDraft }
        layout.breadcrumbs = [
            ("Home", SitePaths.home), (statement.title, SitePaths.statement(slug)), ("History", SitePaths.history(slug)), (title, nil),
        ]
        var headings: [SectionHeading] = []
        for i in statement.versions.indices {
            guard let s = section(key, in: i), !s.title.isEmpty, headings.last?.title != s.title else { continue }
            headings.append(SectionHeading(title: s.title, id: s.id, since: statement.versions[i].date))
        }
        let inCurrent = section(key, in: statement.currentIndex)
        let context = SectionPageContext(
            layout: layout, title: title, statementTitle: statement.title,
            currentHref: inCurrent.map { SitePaths.link(from: path, to: SitePaths.statement(slug)) + "#" + $0.id },
            historyHref: SitePaths.link(from: path, to: SitePaths.history(slug)), headings: headings.reversed(),
            events: events.reversed().map { event(key, $0, from: path) })
        return OutputFile(path, theme.render("section", context))
    }

    package func event(_ key: String, _ event: StatementTimeline.Event, from path: String) -> SectionEvent {
        let version = statement.versions[event.version]
        let old = event.change.old.flatMap { o in event.version > 0 ? statement.versions[event.version - 1].document.sections[o] : nil }
        let html = fragments.redlineSection(
            old: event.version > 0 ? event.change.old.map { (event.version - 1, $0) } : nil,
            new: event.change.new.map { (event.version, $0) }, page: path, lineage: key, kind: event.change.kind)
        let changesHref =
            event.version > 0
            ? SitePaths.link(from: path, to: SitePaths.changes(slug, version.date)) + "#change-" + key
            : SitePaths.link(from: path, to: SitePaths.version(slug, version.date))
        return SectionEvent(
            date: version.updated, kind: event.change.kind.rawValue,
            label: event.version == 0 ? "Introduced" : event.change.kind.label,
            href: changesHref, versionHref: SitePaths.link(from: path, to: SitePaths.version(slug, version.date)),
            oldTitle: event.change.renamed ? old?.title : nil,
            splitNote: event.version > 0
                ? event.change.split?.note(
                    old: statement.versions[event.version - 1].document.sections, new: version.document.sections,
                    part: event.change.new) : nil,
            redlineHTML: html)
    }
}
