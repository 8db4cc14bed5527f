/// Page contexts are dictionaries so a page's own fields and the layout's share one level, as Mustache
/// inheritance needs. Fields ending in `HTML` hold markup built by `HTMLRenderer` and are the only ones
/// templates print raw (`{{{…}}}`); everything else is escaped by Mustache.
typealias Context = [String: Any]

/// A context without its nil values: Mustache must see a missing key, not an `Optional` it would print as "nil".
func makeContext(_ fields: [String: Any?]) -> Context { fields.compactMapValues { $0 } }

/// The fields every page's layout reads.
struct LayoutContext {
    var site: SiteConfig
    var page: String
    var title: String
    var description: String? = nil
    var canonical: String? = nil
    var noindex = false
    var bodyClass: String
    var breadcrumbs: [(title: String, target: String?)] = []
    var feeds: [(title: String, target: String)] = []

    /// The layout's fields, with links made relative to `page`.
    var context: Context {
        makeContext([
            "site": makeContext(["title": site.title, "organization": site.organization.nilIfEmpty,
                             "description": site.description.nilIfEmpty]),
            "root": SitePaths.root(from: page),
            "pageTitle": title,
            "description": (description?.nilIfEmpty ?? site.description.nilIfEmpty),
            "canonical": canonical,
            "noindex": noindex,
            "bodyClass": bodyClass,
            "breadcrumbs": breadcrumbs.map { makeContext(["title": $0.title, "href": $0.target.map { SitePaths.link(from: page, to: $0) }]) },
            "feeds": feeds.map { ["title": $0.title, "href": SitePaths.link(from: page, to: $0.target)] as Context },
        ])
    }
}

/// One entry of the "On this page" list, nested by heading level.
struct TOCEntry {
    var id: String
    var title: String
    var children: [TOCEntry]
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Day {
    /// `date`/`long` pairs for templates, under `prefix` (e.g. `updated`, `updatedLong`).
    func fields(_ prefix: String) -> Context { [prefix: description, prefix + "Long": longForm] }
}

extension Dictionary where Key == String, Value == Any {
    /// This context with `other`'s keys added (other wins).
    func merging(_ other: Context) -> Context { merging(other) { _, new in new } }
}
