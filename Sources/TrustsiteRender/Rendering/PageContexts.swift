import Mustache
import TrustsiteModel

/// OutputFile contexts are dictionaries so a page's own fields and the layout's share one level, as Mustache
/// inheritance needs. Fields ending in `HTML` hold markup built by `HTMLRenderer` and are the only ones
/// templates print raw (`{{{…}}}`); everything else is escaped by Mustache.
package typealias Context = [String: Any]

/// A context without its nil values: Mustache must see a missing key, not an `Optional` it would print as "nil".
package func makeContext(_ fields: [String: Any?]) -> Context { fields.compactMapValues { $0 } }

/// The fields every page's layout reads.
package struct LayoutContext {
    package var site: SiteConfig
    package var page: String
    package var title: String
    package var description: String? = nil
    package var canonical: String? = nil
    package var noindex = false
    package var bodyClass: String
    package var breadcrumbs: [(title: String, target: String?)] = []
    package var feeds: [(title: String, target: String)] = []
    /// For pages served at any depth (404): links start from this absolute path instead of being relative.
    package var absoluteRoot: String? = nil

    package func link(_ target: String) -> String { absoluteRoot.map { $0 + target } ?? SitePaths.link(from: page, to: target) }

    /// The layout's fields, with links made relative to `page`.
    package var context: Context {
        makeContext([
            "site": makeContext([
                "title": site.title, "organization": site.organization.nilIfEmpty,
                "description": site.description.nilIfEmpty,
            ]),
            "root": absoluteRoot ?? SitePaths.root(from: page),
            "pageTitle": title,
            // The home page's title is the site's: the layout then does not say it twice.
            "isSiteTitle": title == site.title,
            "description": (description?.nilIfEmpty ?? site.description.nilIfEmpty),
            "canonical": canonical,
            "noindex": noindex,
            "bodyClass": bodyClass,
            "breadcrumbs": breadcrumbs.map { makeContext(["title": $0.title, "href": $0.target.map { link($0) }]) },
            "feeds": ([("\(site.title): all changes", "feed.xml")] + feeds).map { ["title": $0.0, "href": link($0.1)] as Context },
            "feedHref": link("feed.xml"),
            // The sitemap is written only when the site has a base URL.
            "hasSitemap": !site.baseURL.isEmpty,
            "search": searchContext,
        ])
    }
}

/// One entry of the "On this page" list, nested by heading level.
package struct TOCEntry {
    package var id: String
    package var title: String
    /// The section changed in the version shown.
    package var changed: Bool
    package var children: [TOCEntry]
}

// Answering by name spares Mustache a reflection (Mirror) per lookup, and a version page has many entries.
extension TOCEntry: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "changed": return changed
        case "children": return children
        default: return nil
        }
    }
}

extension Day {
    /// `date`/`long` pairs for templates, under `prefix` (e.g. `updated`, `updatedLong`).
    package func fields(_ prefix: String) -> Context { [prefix: description, prefix + "Long": longForm] }
}

extension Dictionary where Key == String, Value == Any {
    /// This context with `other`'s keys added (other wins).
    package func merging(_ other: Context) -> Context { merging(other) { _, new in new } }
}

extension HTMLRenderer {
    /// A summary's Markdown as inline HTML, or nil when there is none.
    package func summaryHTML(_ markdown: String?) -> String? {
        guard let summary = markdown?.trimmingSpaces, !summary.isEmpty else { return nil }
        var out = ""
        render(MarkdownParser.parseInlines(summary), into: &out)
        return out
    }
}
