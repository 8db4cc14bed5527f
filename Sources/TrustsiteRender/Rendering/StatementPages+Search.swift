import Mustache
import TrustsiteModel

extension StatementPages {
    /// What a version page tells Pagefind when the site is built with search and the page is one the index holds: the
    /// statement page (the version in force, `current`), an upcoming version's page, and with `search_archive` an
    /// archived version's page. Nil for the permanent page of the version in force, which the statement page indexes
    /// already, and for every page of a site built without search (whose pages carry no Pagefind markup at all).
    package func searchFields(_ index: Int, isCurrentURL: Bool) -> SearchMarks? {
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
        return SearchMarks(
            status: status, statement: statement.title, title: version.title, updated: version.updated, effective: version.effective)
    }
}

/// A version page's `pagefind` field: the filters, meta and sort Pagefind reads (only on pages the index holds).
package struct SearchMarks: MustacheParent {
    /// `current`, `upcoming` or `archived`.
    package var status: String
    package var statement: String
    package var title: String
    package var updated: Day
    package var effective: Day

    package func child(named name: String) -> Any? {
        switch name {
        case "status": return status
        case "statement": return statement
        case "title": return title
        default: return updated.field(name, "updated") ?? effective.field(name, "effective")
        }
    }
}
