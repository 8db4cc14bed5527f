import TrustsiteModel

/// `sitemap.xml`: the home page, each statement's current page, history and point-in-time page (archived versions are
/// `noindex`).
package enum Sitemap {
    package static func xml(_ digests: [StatementDigest], base: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func url(_ path: String, _ lastmod: Day?) {
            out += "  <url><loc>\(HTML.escape(SitePaths.publicURL(path, base: base)))</loc>"
            if let lastmod { out += "<lastmod>\(lastmod)</lastmod>" }
            out += "</url>\n"
        }
        url(SitePaths.home, nil)
        for d in digests {
            url(SitePaths.statement(d.slug), d.current.updated)
            url(SitePaths.history(d.slug), d.current.updated)
            url(SitePaths.pointInTime(d.slug), d.current.updated)
        }
        return out + "</urlset>\n"
    }
}
