import TrustsiteModel

extension StatementPages {
    /// What a version page tells Pagefind when the site is built with search and the page is one the index holds: the
    /// statement page (the version in force, `current`), an upcoming version's page, and with `search_archive` an
    /// archived version's page. Nil for the permanent page of the version in force, which the statement page indexes
    /// already, and for every page of a site built without search (whose pages carry no Pagefind markup at all).
    package func searchFields(_ index: Int, isCurrentURL: Bool) -> Context? {
        guard site.config.search else { return nil }
        let status: String
        if isCurrentURL {
            status = "current"
        } else if statement.isUpcoming(index) {
            status = "upcoming"
        } else if index < statement.currentIndex && site.config.searchArchive {
            status = "archived"
        } else {
            return nil
        }
        let version = statement.versions[index]
        return (["status": status, "statement": statement.title, "title": version.title] as Context)
            .merging(version.updated.fields("updated")).merging(version.effective.fields("effective"))
    }
}
