import TrustsiteModel

extension LayoutContext {
    /// The layout's `search` field: present only when the site is built with search (so a site without has no search
    /// box, script or style), with `archive` when the archive bundle exists.
    package var searchContext: Context? { site.search ? ["archive": site.searchArchive] : nil }
}
