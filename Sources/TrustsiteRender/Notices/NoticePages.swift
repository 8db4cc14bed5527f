import TrustsiteModel

/// Each version's email-ready notice, HTML and plain text, for every version that has one before it: whether a
/// change is worth a mail is the sender's call (and `change` is optional), and a notice costs one small page.
package struct NoticePages {
    package let site: SiteModel
    package let statement: Statement
    package let history: StatementHistory
    package let renderer: HTMLRenderer

    /// Hands each notice `wanted` takes (by path) to `emit`.
    package func render(_ wanted: (String) -> Bool = { _ in true }, into emit: (OutputFile) -> Void) {
        let (slug, base) = (statement.slug, site.config.baseURL)
        for i in statement.versions.indices.dropFirst() {
            let date = statement.versions[i].date
            let (page, text) = (SitePaths.notice(slug, date), SitePaths.noticeText(slug, date))
            guard wanted(page) || wanted(text) else { continue }
            let notice = Notice(site: site, statement: statement, diff: history.diffs[i], index: i)
            if wanted(page) {
                // Absolute links with a base URL (a mail has no address of its own); relative ones work from disk.
                let link = { base.isEmpty ? SitePaths.link(from: page, to: $0) : SitePaths.publicURL($0, base: base) }
                // The icon is the site's own, for a browser that opens the page there: never a request to another host.
                emit(OutputFile(page, notice.html(renderer: renderer, link: link, icon: SitePaths.link(from: page, to: "assets/icon.svg"))))
            }
            if wanted(text) { emit(OutputFile(text, notice.text { SitePaths.publicURL($0, base: base) })) }
        }
    }
}
