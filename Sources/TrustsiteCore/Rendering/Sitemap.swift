/// `sitemap.xml`: the home page, each statement's current page and history (archived versions are `noindex`).
enum Sitemap {
    static func xml(_ site: SiteModel) -> String {
        var paths = [SitePaths.home]
        for s in site.statements { paths += [SitePaths.statement(s.slug), SitePaths.history(s.slug)] }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            out += "  <url><loc>\(HTML.escape(SitePaths.publicURL(path, base: site.config.baseURL)))</loc>"
            if let s = site.statements.first(where: { path.hasPrefix($0.slug + "/") }) {
                out += "<lastmod>\(s.current.updated)</lastmod>"
            }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}
