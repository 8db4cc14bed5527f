import TrustsiteModel

/// The changes page (a version against the one before it) and the compare page (a version against the current one).
package struct RedlinePages {
    package let site: SiteModel
    package let statement: Statement
    package let history: StatementHistory
    package let theme: Theme
    package let renderer: HTMLRenderer
    package let fragments: SectionFragments

    package var slug: String { statement.slug }

    /// Hands each page `wanted` takes (by path) to `emit` as soon as it is made.
    package func render(_ wanted: (String) -> Bool = { _ in true }, into emit: (OutputFile) -> Void) {
        for i in statement.versions.indices.dropFirst() {
            let path = SitePaths.changes(slug, statement.versions[i].date)
            if wanted(path) { emit(page(from: i - 1, to: i, path: path, diff: history.diffs[i], compare: false)) }
        }
        let current = statement.currentIndex
        for i in statement.versions.indices where i != current && wanted(SitePaths.compare(slug, statement.versions[i].date)) {
            // The redline always runs forward in time: an upcoming version is shown as the change it makes to the current one.
            let (from, to) = i < current ? (i, current) : (current, i)
            let diff = history.diff(statement.versions, from: from, to: to)
            emit(page(from: from, to: to, path: SitePaths.compare(slug, statement.versions[i].date), diff: diff, compare: true))
        }
    }

    package func page(from: Int, to: Int, path: String, diff: VersionDiff, compare: Bool) -> OutputFile {
        let (old, new) = (statement.versions[from], statement.versions[to])
        let upcoming = compare && from == statement.currentIndex
        let focus = compare && !upcoming ? old : new
        let title =
            compare
            ? "\(statement.title): \(focus.date.longForm) compared with the current version"
            : "\(statement.title): changes on \(new.date.longForm)"
        var layout = LayoutContext(
            site: site.config, page: path, title: title, description: statement.config.description, bodyClass: "page-redline")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        layout.draft = old.isDraft || new.isDraft
        layout.breadcrumbs = [
            ("Home", SitePaths.home), (statement.title, SitePaths.statement(slug)), ("History", SitePaths.history(slug)),
            (compare ? "Compare \(focus.date)" : "Changes \(new.date)", nil),
        ]
        let entriesHTML = diff.changes.map { entryHTML($0, old: (from, old), new: (to, new), path: path) }.joined()
        let changed = diff.changes.filter { $0.kind != .unchanged }.map { listItem($0, old: old, new: new) }
        let counts = ChangeKind.allCases.filter { $0 != .unchanged }.compactMap { kind in
            diff.count(kind) == 0 ? nil : ChangeCount(kind: kind, count: diff.count(kind))
        }
        let context = ChangesPageContext(
            layout: layout, title: statement.title, isCompare: compare, isUpcoming: upcoming, isNext: upcoming && to == from + 1,
            takesEffect: !compare && statement.isUpcoming(to) ? new.effective : nil,
            old: version(old, from: path), new: version(new, from: path, effective: true),
            summaryHTML: compare ? nil : renderer.summaryHTML(new.summary),
            historyHref: SitePaths.link(from: path, to: SitePaths.history(slug)),
            focusHref: SitePaths.link(from: path, to: SitePaths.version(slug, focus.date)),
            counts: counts, changed: changed, entriesHTML: entriesHTML, unchangedCount: diff.count(.unchanged),
            nothingChanged: diff.isEmpty)
        return OutputFile(path, theme.render("changes", context))
    }

    package func version(_ v: Version, from path: String, effective: Bool = false) -> VersionRef {
        VersionRef(
            href: SitePaths.link(from: path, to: SitePaths.version(slug, v.date)), date: v.date, effective: effective ? v.effective : nil)
    }

    /// The change list's line for a changed section.
    package func listItem(_ change: SectionChange, old: Version, new: Version) -> ChangeListItem {
        let (a, b) = change.sections(old: old, new: new)
        return ChangeListItem(
            lineage: change.lineage, kind: change.kind, title: (b ?? a!).displayTitle,
            oldTitle: change.renamed ? a?.title ?? "" : nil, notes: change.notes(old: old.document.sections, new: new.document.sections))
    }

    /// One section's entry (`partials/redline-entry`): made once per distinct entry of the statement, as the same
    /// unchanged or changed section appears on many changes and compare pages.
    package func entryHTML(_ change: SectionChange, old: (index: Int, version: Version), new: (index: Int, version: Version), path: String)
        -> String
    {
        let (a, b) = change.sections(old: old.version, new: new.version)
        let shown = b ?? a!
        let oldTitle = change.renamed ? a?.title : nil
        let levelNote = change.levelChanged ? "Heading level changed from H\(a?.level ?? 0) to H\(b?.level ?? 0)" : nil
        let historyHref = SitePaths.link(from: path, to: SitePaths.section(slug, change.lineage))
        let notes = change.notes(old: old.version.document.sections, new: new.version.document.sections)
        let (o, n) = (change.old.map { (old.index, $0) }, change.new.map { (new.index, $0) })
        let fields = [
            change.kind.rawValue, change.lineage, shown.id, shown.displayTitle, oldTitle ?? "\u{1}",
            notes.joined(separator: "\u{1}"),
            levelNote ?? "", historyHref,
        ]
        return fragments.entry(old: o, new: n, page: path, fields: fields.joined(separator: "\u{0}")) {
            let section = fragments.redlineSection(old: o, new: n, page: path, lineage: change.lineage, kind: change.kind)
            return theme.render(
                "partials/redline-entry",
                RedlineEntryContext(
                    lineage: change.lineage, kind: change.kind, title: shown.displayTitle, oldTitle: oldTitle, notes: notes,
                    levelNote: levelNote, historyHref: historyHref, redlineHTML: section))
        }
    }
}

extension ChangeKind {
    /// The word shown to readers.
    package var label: String {
        switch self {
        case .added: return "Added"
        case .removed: return "Removed"
        case .modified: return "Modified"
        case .renamed: return "Renamed"
        case .moved: return "Moved"
        case .renumbered: return "Renumbered"
        case .unchanged: return "Unchanged"
        }
    }
}
