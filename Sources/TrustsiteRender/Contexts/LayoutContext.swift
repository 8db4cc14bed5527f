import Mustache
import TrustsiteModel

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
    /// The page shows a draft version (only in builds with drafts): the layout shows a Draft banner.
    package var draft = false

    package func link(_ target: String) -> String { absoluteRoot.map { $0 + target } ?? SitePaths.link(from: page, to: target) }
}

extension LayoutContext: PageContext {
    package var layout: LayoutContext { self }

    /// The layout's fields, with links made relative to `page`.
    package func field(_ name: String) -> Any? {
        switch name {
        case "site": return SiteFields(site)
        case "root": return absoluteRoot ?? SitePaths.root(from: page)
        case "pageTitle": return title
        // The home page's title is the site's: the layout then does not say it twice.
        case "isSiteTitle": return title == site.title
        case "description": return description?.nilIfEmpty ?? site.description.nilIfEmpty
        case "canonical": return canonical
        case "noindex": return noindex
        case "bodyClass": return bodyClass
        case "breadcrumbs": return breadcrumbs.map { TitledLink(title: $0.title, href: $0.target.map { link($0) }) }
        case "feeds":
            return ([("\(site.title): all changes", "feed.xml")] + feeds).map { TitledLink(title: $0.0, href: link($0.1)) }
        case "feedHref": return link("feed.xml")
        // The sitemap is written only when the site has a base URL.
        case "hasSitemap": return !site.baseURL.isEmpty
        case "search": return searchFields
        case "draft": return draft
        default: return nil
        }
    }

    // The layout answers only its own fields: it is the last context a page asks.
    package func child(named name: String) -> Any? { field(name) }
}

/// The site's name, organization and description.
package struct SiteFields: MustacheParent {
    let config: SiteConfig
    init(_ config: SiteConfig) { self.config = config }

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return config.title
        case "organization": return config.organization.nilIfEmpty
        case "description": return config.description.nilIfEmpty
        default: return nil
        }
    }
}

/// A titled link: a feed, or a step of the breadcrumb trail (where the page itself has no link).
package struct TitledLink: MustacheParent {
    package var title: String
    package var href: String?

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        default: return nil
        }
    }
}
