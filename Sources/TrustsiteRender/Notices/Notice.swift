import TrustsiteModel

/// What a version's notice says, whatever its format: the summary, the class, the dates, the changed sections with
/// links to their redlines and their tables' row changes, and the statement's `objection_text`.
package struct Notice {
    /// One changed section.
    package struct Item {
        package var title: String
        package var label: String
        /// Its redline on the changes page: the page's output path and the fragment.
        package var path: String
        package var fragment: String
        package var tables: [TableChange]
    }

    package var statement: Statement
    package var version: Version
    package var previous: Version
    package var items: [Item]
    /// The changes page and the version's page (output paths).
    package var changesPath: String
    package var versionPath: String
    package var siteTitle: String

    /// The notice of version `i` (which has a predecessor).
    package init(site: SiteModel, statement: Statement, diff: VersionDiff, index i: Int) {
        self.statement = statement
        (version, previous) = (statement.versions[i], statement.versions[i - 1])
        siteTitle = site.config.title
        let changes = SitePaths.changes(statement.slug, version.date)
        changesPath = changes
        versionPath = SitePaths.version(statement.slug, version.date)
        let (old, new) = (previous, version)
        items = diff.changes.filter(\.isChange).map { change in
            let (a, b) = change.sections(old: old, new: new)
            let tables = change.textChanged ? a.flatMap { a in b.map { TableRows(old: a.blocks, new: $0.blocks).tables } } ?? [] : []
            return Item(
                title: (b ?? a!).displayTitle, label: change.kind.label, path: changes, fragment: "#change-" + change.lineage,
                tables: tables)
        }
    }

    /// The subject line: "Material change to Terms, effective March 1, 2024" ("Changes to Terms, …" without a class).
    package var subject: String {
        let what = version.change.map { $0.phrase.prefix(1).uppercased() + $0.phrase.dropFirst() + " to" } ?? "Changes to"
        return "\(what) \(statement.title), effective \(version.effective.longForm)"
    }

    /// "Material change", or nil when the version has no class.
    package var classLabel: String? { version.change.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } }
}
