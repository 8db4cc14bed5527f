import TrustsiteModel

/// `/<slug>/at/`: every version's in-force period, with a date field (`assets/at.js`) that goes to the version in force
/// on the date picked; without JavaScript the list answers the question.
extension StatementPages {
    /// The point-in-time page.
    package func pointInTimePage() -> OutputFile {
        let path = SitePaths.pointInTime(slug)
        var layout = LayoutContext(
            site: site.config, page: path, title: "\(statement.title): in force on a date",
            description: statement.config.description, bodyClass: "page-at")
        layout.canonical = SitePaths.publicURL(path, base: site.config.baseURL)
        layout.breadcrumbs = [("Home", SitePaths.home), (statement.title, SitePaths.statement(slug)), ("In force on a date", nil)]
        layout.feeds = feeds
        let periods = statement.inForcePeriods(asOf: site.asOf)
        let entries = statement.versions.indices.map { i in
            let date = statement.versions[i].date
            return PointInTimeEntry(
                date: date, period: InForceLine(periods[i], atHref: ""),
                href: SitePaths.link(from: path, to: SitePaths.version(slug, date)),
                redlineHref: i > 0 ? SitePaths.link(from: path, to: SitePaths.changes(slug, date)) : nil, isCurrent: isInForce(i))
        }
        let context = PointInTimePageContext(
            layout: layout, title: statement.title, currentHref: SitePaths.link(from: path, to: SitePaths.statement(slug)),
            historyHref: SitePaths.link(from: path, to: SitePaths.history(slug)), first: periods.compactMap(\.from).min(),
            periods: entries)
        return OutputFile(path, theme.render("at", context))
    }
}
